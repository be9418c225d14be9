import { Button, Card, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { SmsCodeRequest } from '@/components/mobile/sms-code-request';
import { mainlandPhone } from '@/lib/wait-text';
import { ChangePhoneMutation } from '../api/profile-api';

/** 更换手机号: a code sent to the new phone (after the human check) moves the account to it. */
export function PhoneSection({ maskedPhone, onChanged }: { maskedPhone: string | null; onChanged: () => void }) {
  const { t } = useTranslation('profile');
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching }, change] = useMutation(ChangePhoneMutation);

  const submit = async () => {
    setProblem(null);
    const normalised = mainlandPhone(phone);
    if (!normalised || !/^\d{6}$/.test(code.trim())) return setProblem({ code: 'VALIDATION_FAILED', message: t('phoneInvalid') });
    const result = await change({ input: { newPhone: normalised, smsCode: code.trim() } });
    const payload = result.data?.changePhone;
    if (payload?.__typename === 'ChangePhoneSuccess') {
      Toast.show({ content: t('phoneChanged') });
      setOpen(false);
      onChanged();
    } else if (payload && 'code' in payload) {
      const message = payload.__typename === 'ValidationFailed' ? payload.fieldErrors.map((e) => e.message).join(' ') || payload.message : payload.message;
      setProblem({ code: payload.code, message });
    }
  };

  return (
    <Card title={<h2 className="profile-title">{t('phone')}</h2>} extra={<span>{maskedPhone ?? '—'}</span>}>
      <p className="form-intro">{t('phoneHint')}</p>
      {!open ? (
        <Button size="small" fill="outline" onClick={() => setOpen(true)}>
          {t('changePhone')}
        </Button>
      ) : (
        <>
          <label className="form-label" htmlFor="ph-new">
            {t('newPhone')}
          </label>
          <Input id="ph-new" className="form-input" type="tel" value={phone} onChange={setPhone} autoComplete="tel" />
          <SmsCodeRequest phone={phone} purpose="CHANGE_PHONE" />
          <label className="form-label" htmlFor="ph-code">
            {t('code')}
          </label>
          <Input id="ph-code" className="form-input" inputMode="numeric" maxLength={6} value={code} onChange={setCode} autoComplete="one-time-code" />
          {problem && <PayloadErrorNotice error={problem} />}
          <Button block color="primary" loading={fetching} onClick={() => void submit()} style={{ marginTop: 12 }}>
            {t('changePhone')}
          </Button>
        </>
      )}
    </Card>
  );
}
