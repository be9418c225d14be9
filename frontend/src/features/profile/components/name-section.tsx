import { Button, Card, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { NameHint } from '@/components/mobile/name-hint';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { checkPersonName } from '@/lib/identity/person-name';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { CorrectNameMutation } from '../api/profile-api';

/** 更正账号姓名: only to the name a record holds with the account's ID number (the server checks). */
export function NameSection({ displayName, onChanged }: { displayName: string; onChanged: () => void }) {
  const { t } = useTranslation('profile');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching }, correct] = useMutation(CorrectNameMutation);
  const { key, settle } = useIdempotencyKey();

  const submit = async () => {
    setProblem(null);
    if (!checkPersonName(name).ok) return;
    const result = await correct({ input: { name: name.normalize('NFC'), idempotencyKey: key() } });
    settle();
    const payload = result.data?.correctAccountName;
    if (payload?.__typename === 'CorrectAccountNameSuccess') {
      Toast.show({ content: t('nameCorrected') });
      setName('');
      onChanged();
    } else if (payload && 'code' in payload) {
      const message = payload.__typename === 'ValidationFailed' ? payload.fieldErrors.map((e) => e.message).join(' ') || payload.message : payload.message;
      setProblem({ code: payload.code, message });
    }
  };

  return (
    <Card title={<h2 className="profile-title">{t('name')}</h2>} extra={<span>{displayName}</span>}>
      <p className="form-intro">{t('nameHint')}</p>
      <label className="form-label" htmlFor="name-new">
        {t('newName')}
      </label>
      <Input id="name-new" className="form-input" value={name} onChange={setName} aria-describedby="name-new-hint" />
      <NameHint value={name} id="name-new-hint" />
      {problem && <PayloadErrorNotice error={problem} />}
      <Button block fill="outline" loading={fetching} disabled={!checkPersonName(name).ok} onClick={() => void submit()} style={{ marginTop: 12 }}>
        {t('correctName')}
      </Button>
    </Card>
  );
}
