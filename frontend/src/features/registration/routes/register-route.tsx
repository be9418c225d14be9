import { Button, Card, Checkbox, Input, NoticeBar, Steps } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { PasswordStrength } from '@/components/mobile/password-strength';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { SmsCodeRequest } from '@/components/mobile/sms-code-request';
import { session } from '@/lib/auth/session';
import { mainlandPhone } from '@/lib/wait-text';
import { RegisterMutation, RegistrationTermsQuery } from '../api/registration-api';
import { FieldError } from '../components/field-error';
import { IdentityFields } from '../components/identity-fields';
import { stepProblems, type RegistrationDraft, type Step } from '../components/registration-draft';
import '@/components/mobile/mobile-form.css';

const EMPTY: RegistrationDraft = {
  phone: '',
  smsCode: '',
  name: '',
  idType: 'RESIDENT_ID',
  idNumber: '',
  email: '',
  password: '',
  passwordConfirm: '',
  consent: false,
};

type Taken = 'PHONE_TAKEN' | 'ID_NUMBER_TAKEN';

/** 实名注册: phone + SMS (after the human check), identity, password, consent; duplicates offer their paths. */
export function RegisterRoute() {
  const { t } = useTranslation('registration');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(EMPTY);
  const [step, setStep] = useState<Step>(0);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [taken, setTaken] = useState<Taken[]>([]);
  const [claim, setClaim] = useState({ identity: false, phone: false });
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ data: terms }] = useQuery({ query: RegistrationTermsQuery });
  const [{ fetching, error }, register] = useMutation(RegisterMutation);
  const set = (patch: Partial<RegistrationDraft>) => setDraft({ ...draft, ...patch });
  const version = terms?.registrationTerms.consentVersion ?? '';

  const next = () => {
    const found = stepProblems(draft, step);
    setProblems(found);
    if (Object.keys(found).length === 0 && step < 3) setStep((step + 1) as Step);
  };

  const submit = async (override = claim) => {
    const found = stepProblems(draft, 3);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setRefusal(null);
    const result = await register({
      input: {
        phone: mainlandPhone(draft.phone) ?? draft.phone,
        smsCode: draft.smsCode.trim(),
        password: draft.password,
        name: draft.name.normalize('NFC'),
        idType: draft.idType,
        idNumber: draft.idNumber,
        email: draft.email.trim() || null,
        consentVersion: version,
        claimIdentity: override.identity,
        takeOverPhone: override.phone,
      },
    });
    const payload = result.data?.register;
    if (!payload) return;
    if (payload.__typename === 'RegisterSuccess') {
      session.signIn(
        { accessToken: payload.accessToken, expiresAt: payload.expiresAt },
        { id: payload.account.id, displayName: payload.account.displayName, roles: payload.account.roles, institutionName: null },
      );
      void navigate(override.identity ? '/me/dispute' : '/me/next', { replace: true });
      return;
    }
    if (payload.__typename === 'ValidationFailed') {
      const codes = payload.fieldErrors.map((fieldError) => fieldError.code);
      setTaken(codes.filter((code): code is Taken => code === 'PHONE_TAKEN' || code === 'ID_NUMBER_TAKEN'));
      const others = payload.fieldErrors.filter((fieldError) => !['PHONE_TAKEN', 'ID_NUMBER_TAKEN'].includes(fieldError.code));
      if (others.length > 0) setRefusal({ code: others[0].code, message: others.map((e) => e.message).join(' ') });
      return;
    }
    if (payload.__typename === 'SmsCodeRejected') {
      setStep(0);
      setProblems({ smsCode: t('triesLeft', { count: payload.triesLeft }) });
    }
    setRefusal({ code: payload.code, message: payload.message });
  };

  const choose = (patch: Partial<typeof claim>) => {
    const nextClaim = { ...claim, ...patch };
    setClaim(nextClaim);
    setTaken([]);
    void submit(nextClaim);
  };

  return (
    <>
      <Card>
        <h1 className="form-title">{t('title')}</h1>
        <p className="form-intro">{t('intro')}</p>
        <Steps current={step}>
          {(['phone', 'identity', 'password', 'consent'] as const).map((key) => (
            <Steps.Step key={key} title={t(`steps.${key}`)} />
          ))}
        </Steps>
      </Card>
      <Card>
        {step === 0 && (
          <>
            <label className="form-label" htmlFor="reg-phone">
              {t('phone')}
            </label>
            <Input id="reg-phone" className="form-input" type="tel" value={draft.phone} onChange={(phone) => set({ phone })} placeholder={t('phonePlaceholder')} autoComplete="tel" />
            <FieldError problem={problems.phone} />
            <SmsCodeRequest phone={draft.phone} purpose="REGISTER" />
            <label className="form-label" htmlFor="reg-code">
              {t('code')}
            </label>
            <Input id="reg-code" className="form-input" inputMode="numeric" maxLength={6} value={draft.smsCode} onChange={(smsCode) => set({ smsCode })} placeholder={t('codePlaceholder')} autoComplete="one-time-code" />
            <FieldError problem={problems.smsCode} />
          </>
        )}
        {step === 1 && (
          <>
            <IdentityFields name={draft.name} idType={draft.idType} idNumber={draft.idNumber} problems={problems} onChange={set} />
            <label className="form-label" htmlFor="reg-email">
              {t('email')}
            </label>
            <Input id="reg-email" className="form-input" type="email" value={draft.email} onChange={(email) => set({ email })} placeholder={t('emailPlaceholder')} autoComplete="email" />
          </>
        )}
        {step === 2 && (
          <>
            <label className="form-label" htmlFor="reg-password">
              {t('password')}
            </label>
            <Input id="reg-password" className="form-input" type="password" value={draft.password} onChange={(password) => set({ password })} placeholder={t('passwordPlaceholder')} autoComplete="new-password" />
            <PasswordStrength password={draft.password} />
            <FieldError problem={problems.password} />
            <label className="form-label" htmlFor="reg-password2">
              {t('passwordConfirm')}
            </label>
            <Input id="reg-password2" className="form-input" type="password" value={draft.passwordConfirm} onChange={(passwordConfirm) => set({ passwordConfirm })} autoComplete="new-password" />
            <FieldError problem={problems.passwordConfirm} />
          </>
        )}
        {step === 3 && (
          <>
            <h2 className="form-label">{t('termsTitle')}</h2>
            <div className="terms-text" tabIndex={0}>
              {t('terms')}
            </div>
            <Checkbox checked={draft.consent} onChange={(consent) => set({ consent })} style={{ marginTop: 12 }}>
              {t('consent', { version })}
            </Checkbox>
            <FieldError problem={problems.consent} />
          </>
        )}
        {taken.includes('PHONE_TAKEN') && (
          <div role="alert" data-taken="phone">
            <NoticeBar color="alert" wrap content={t('taken.phoneTitle')} />
            <div className="form-actions">
              <Link to="/forgot-password"><Button block size="small">{t('taken.phoneRecover')}</Button></Link>
              <Button block size="small" color="primary" onClick={() => choose({ phone: true })}>{t('taken.phoneTakeOver')}</Button>
            </div>
            <HelpLink topic="phoneRegistered" />
          </div>
        )}
        {taken.includes('ID_NUMBER_TAKEN') && (
          <div role="alert" data-taken="idNumber">
            <NoticeBar color="alert" wrap content={t('taken.idTitle')} />
            <p className="form-intro">{t('taken.idClaimNote')}</p>
            <div className="form-actions">
              <Link to="/forgot-username"><Button block size="small">{t('taken.idRecover')}</Button></Link>
              <Button block size="small" color="primary" onClick={() => choose({ identity: true })}>{t('taken.idClaim')}</Button>
            </div>
            <HelpLink topic="idRegistered" />
          </div>
        )}
        {refusal && <PayloadErrorNotice error={refusal} />}
        {error && <QueryErrorBlock error={error} />}
        <div className="form-actions">
          {step > 0 && (
            <Button onClick={() => setStep((step - 1) as Step)}>{t('back')}</Button>
          )}
          {step < 3 ? (
            <Button color="primary" onClick={next}>{t('next')}</Button>
          ) : (
            <Button color="primary" loading={fetching} onClick={() => void submit()}>{t('submit')}</Button>
          )}
        </div>
      </Card>
      <div className="form-links">
        <Link to="/login">{t('login')}</Link>
        <HelpLink />
      </div>
    </>
  );
}
