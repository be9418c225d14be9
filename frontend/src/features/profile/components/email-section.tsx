import { Button, Card, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { ChangeEmailMutation } from '../api/profile-api';
import { emailChangeProblem, normaliseEmail } from './email-change';

/** 密保邮箱: change or remove it with the current password (the server notifies the account). */
export function EmailSection({ email, onChanged }: { email: string | null; onChanged: () => void }) {
  const { t } = useTranslation('profile');
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<PayloadError | null>(null);
  const [{ fetching }, change] = useMutation(ChangeEmailMutation);

  const submit = async () => {
    setProblem(null);
    const normalised = normaliseEmail(next);
    if (normalised === 'invalid') return setProblem({ code: 'EMAIL_FORMAT', message: t('emailInvalid') });
    if (password === '') return setProblem({ code: 'VALIDATION_FAILED', message: t('emailPasswordRequired') });
    const result = await change({ input: { email: normalised, currentPassword: password } });
    const payload = result.data?.changeEmail;
    if (payload?.__typename === 'ChangeEmailSuccess') {
      Toast.show({ content: payload.account.email ? t('emailChanged') : t('emailRemoved') });
      setOpen(false);
      setNext('');
      setPassword('');
      onChanged();
    } else if (payload?.__typename === 'ValidationFailed') {
      setProblem(emailChangeProblem(payload));
    }
  };

  return (
    <Card title={<h2 className="profile-title">{t('email')}</h2>} extra={<span>{email ?? t('emailNone')}</span>}>
      <p className="form-intro">{t('emailHint')}</p>
      {!open ? (
        <Button size="small" fill="outline" onClick={() => setOpen(true)}>
          {t('changeEmail')}
        </Button>
      ) : (
        <>
          <label className="form-label" htmlFor="em-new">
            {t('newEmail')}
          </label>
          <Input id="em-new" className="form-input" type="email" value={next} onChange={setNext} autoComplete="email" maxLength={254} />
          <label className="form-label" htmlFor="em-password">
            {t('currentPassword')}
          </label>
          <Input id="em-password" className="form-input" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
          {problem && <PayloadErrorNotice error={problem} />}
          <Button block color="primary" loading={fetching} onClick={() => void submit()} style={{ marginTop: 12 }}>
            {t('saveEmail')}
          </Button>
        </>
      )}
    </Card>
  );
}
