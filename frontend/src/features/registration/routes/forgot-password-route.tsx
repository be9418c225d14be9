import { Button, Card, Input, Result } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { PasswordStrength } from '@/components/mobile/password-strength';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { SmsCodeRequest } from '@/components/mobile/sms-code-request';
import { mainlandPhone } from '@/lib/wait-text';
import { ResetPasswordMutation } from '../api/registration-api';
import { FieldError } from '../components/field-error';
import '@/components/mobile/mobile-form.css';

/** 找回密码: the account's phone, an SMS code after the human check, a new password. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation('registration');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching, error }, reset] = useMutation(ResetPasswordMutation);

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!mainlandPhone(phone)) found.phone = 'phoneInvalid';
    if (!/^\d{6}$/.test(code.trim())) found.smsCode = 'codeInvalid';
    if (password.length < 6 || password.length > 30) found.password = 'passwordLength';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setRefusal(null);
    const result = await reset({ input: { phone: mainlandPhone(phone)!, smsCode: code.trim(), newPassword: password } });
    const payload = result.data?.resetPassword;
    if (payload?.__typename === 'ResetPasswordSuccess') setDone(true);
    else if (payload && 'code' in payload) {
      const message =
        payload.__typename === 'ValidationFailed' ? payload.fieldErrors.map((e) => e.message).join(' ') || payload.message : payload.message;
      setRefusal({ code: payload.code, message });
    }
  };

  if (done) {
    return (
      <Card>
        <Result status="success" title={t('forgot.done')} />
        <Link to="/login">
          <Button block color="primary">
            {t('forgot.toLogin')}
          </Button>
        </Link>
      </Card>
    );
  }

  return (
    <>
      <Card>
        <h1 className="form-title">{t('forgot.passwordTitle')}</h1>
        <p className="form-intro">{t('forgot.passwordIntro')}</p>
        <label className="form-label" htmlFor="fp-phone">
          {t('phone')}
        </label>
        <Input id="fp-phone" className="form-input" type="tel" value={phone} onChange={setPhone} placeholder={t('phonePlaceholder')} autoComplete="tel" />
        <FieldError problem={problems.phone} />
        <SmsCodeRequest phone={phone} purpose="RESET_PASSWORD" />
        <label className="form-label" htmlFor="fp-code">
          {t('code')}
        </label>
        <Input id="fp-code" className="form-input" inputMode="numeric" maxLength={6} value={code} onChange={setCode} placeholder={t('codePlaceholder')} autoComplete="one-time-code" />
        <FieldError problem={problems.smsCode} />
        <label className="form-label" htmlFor="fp-password">
          {t('forgot.newPassword')}
        </label>
        <Input id="fp-password" className="form-input" type="password" value={password} onChange={setPassword} placeholder={t('passwordPlaceholder')} autoComplete="new-password" />
        <PasswordStrength password={password} />
        <FieldError problem={problems.password} />
        {refusal && <PayloadErrorNotice error={refusal} />}
        {error && <QueryErrorBlock error={error} />}
        <div className="form-actions">
          <Button color="primary" loading={fetching} onClick={() => void submit()}>
            {t('forgot.submit')}
          </Button>
        </div>
      </Card>
      <div className="form-links">
        <Link to="/forgot-username">{t('forgot.usernameTitle')}</Link>
        <HelpLink topic="forgotPassword" />
      </div>
    </>
  );
}
