import { Button, Card, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PasswordStrength } from '@/components/mobile/password-strength';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { ChangePasswordMutation } from '../api/profile-api';

/** 修改密码: the current one, a new one (strength shown), and the count of other devices signed out. */
export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('profile');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);

  const submit = async () => {
    setProblem(null);
    if (next.length < 6 || next.length > 30) return setProblem({ code: 'VALIDATION_FAILED', message: t('passwordLength') });
    const result = await change({ input: { currentPassword: current, newPassword: next } });
    const payload = result.data?.changePassword;
    if (payload?.__typename === 'ChangePasswordSuccess') {
      Toast.show({ content: t('passwordChanged', { count: payload.sessionsRevoked }) });
      setCurrent('');
      setNext('');
      onChanged();
    } else if (payload?.__typename === 'ValidationFailed') {
      setProblem({ code: payload.code, message: payload.fieldErrors.map((e) => e.message).join(' ') || payload.message });
    }
  };

  return (
    <Card title={<h2 className="profile-title">{t('password')}</h2>}>
      <label className="form-label" htmlFor="pw-current">
        {t('currentPassword')}
      </label>
      <Input id="pw-current" className="form-input" type="password" value={current} onChange={setCurrent} autoComplete="current-password" />
      <label className="form-label" htmlFor="pw-new">
        {t('newPassword')}
      </label>
      <Input id="pw-new" className="form-input" type="password" value={next} onChange={setNext} autoComplete="new-password" />
      <PasswordStrength password={next} />
      {problem && <PayloadErrorNotice error={problem} />}
      <Button block color="primary" fill="outline" loading={fetching} onClick={() => void submit()} style={{ marginTop: 12 }}>
        {t('changePassword')}
      </Button>
    </Card>
  );
}
