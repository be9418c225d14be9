import { Button, Card, Result } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { IdType } from '@/gql/graphql';
import { RecoverUsernameMutation } from '../api/registration-api';
import { IdentityFields } from '../components/identity-fields';
import { stepProblems } from '../components/registration-draft';
import '@/components/mobile/mobile-form.css';

type Answer = { found: boolean; phone?: string | null; email?: string | null; message: string } | null;

/** 找回用户名: name and ID number show the account's masked phone (and e-mail). */
export function ForgotUsernameRoute() {
  const { t } = useTranslation('registration');
  const [identity, setIdentity] = useState<{ name: string; idType: IdType; idNumber: string }>({
    name: '',
    idType: 'RESIDENT_ID',
    idNumber: '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [answer, setAnswer] = useState<Answer>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching, error }, recover] = useMutation(RecoverUsernameMutation);

  const submit = async () => {
    const found = stepProblems(
      { phone: '', smsCode: '', email: '', password: '', passwordConfirm: '', consent: true, ...identity },
      1,
    );
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setRefusal(null);
    const result = await recover({ input: { ...identity, name: identity.name.normalize('NFC') } });
    const payload = result.data?.recoverUsername;
    if (payload?.__typename === 'RecoverUsernameResult') {
      setAnswer({ found: payload.found, phone: payload.maskedPhone, email: payload.maskedEmail, message: payload.message });
    } else if (payload?.__typename === 'TooManyAttempts') {
      setRefusal({ code: payload.code, message: t('forgot.tooMany', { seconds: payload.retryAfterSeconds }) });
    } else if (payload && 'code' in payload) setRefusal({ code: payload.code, message: payload.message });
  };

  return (
    <>
      <Card>
        <h1 className="form-title">{t('forgot.usernameTitle')}</h1>
        <p className="form-intro">{t('forgot.usernameIntro')}</p>
        <IdentityFields {...identity} problems={problems} onChange={(patch) => setIdentity({ ...identity, ...patch })} />
        {refusal && <PayloadErrorNotice error={refusal} />}
        {error && <QueryErrorBlock error={error} />}
        <div className="form-actions">
          <Button color="primary" loading={fetching} onClick={() => void submit()}>
            {t('forgot.lookUp')}
          </Button>
        </div>
      </Card>
      {answer && (
        <Card>
          <div role="status" data-found={answer.found}>
            <Result
              status={answer.found ? 'success' : 'info'}
              title={answer.found ? t('forgot.found', { phone: answer.phone ?? '—' }) : t('forgot.notFound')}
              description={
                <>
                  {answer.email && <div>{t('forgot.foundEmail', { email: answer.email })}</div>}
                  <div>{answer.message}</div>
                  {answer.found && <div>{t('forgot.signInHint')}</div>}
                </>
              }
            />
          </div>
          <Link to={answer.found ? '/login' : '/register'}>
            <Button block color="primary">
              {answer.found ? t('forgot.toLogin') : t('submit')}
            </Button>
          </Link>
        </Card>
      )}
      <div className="form-links">
        <Link to="/forgot-password">{t('forgot.passwordTitle')}</Link>
        <HelpLink topic="forgotUsername" />
      </div>
    </>
  );
}
