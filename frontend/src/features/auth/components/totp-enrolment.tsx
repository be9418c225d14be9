import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, QRCode, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { ConfirmTotpEnrolmentMutation, StartTotpEnrolmentMutation } from '../api/totp-enrolment-mutations';

/** Turns on two-step verification: a new secret for the authenticator app, confirmed with its code. */
export function TotpEnrolment() {
  const { t } = useTranslation('auth');
  const [secret, setSecret] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [enrolled, setEnrolled] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [started, start] = useMutation(StartTotpEnrolmentMutation);
  const [confirmed, confirm] = useMutation(ConfirmTotpEnrolmentMutation);
  const reason = (payload: { message: string; fieldErrors: ReadonlyArray<{ message: string }> }) =>
    [payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' ');

  const begin = async () => {
    setRefusal(null);
    const payload = (await start({})).data?.startTotpEnrolment;
    if (payload?.__typename === 'TotpEnrolmentStarted') setSecret({ secret: payload.secret, otpauthUri: payload.otpauthUri });
    else if (payload?.__typename === 'ValidationFailed') setRefusal(reason(payload));
  };

  const finish = async ({ code }: { code: string }) => {
    setRefusal(null);
    const payload = (await confirm({ input: { code: code.trim() } })).data?.confirmTotpEnrolment;
    if (payload?.__typename === 'TotpEnrolled') setEnrolled(true);
    else if (payload?.__typename === 'ValidationFailed') setRefusal(reason(payload));
  };

  if (enrolled) return <Result status="success" title={t('security.enrolled')} subTitle={t('security.enrolledHint')} />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('security.description')}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} />}
      {(started.error ?? confirmed.error) && <QueryErrorAlert error={(started.error ?? confirmed.error)!} />}
      {!secret ? (
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={started.fetching} onClick={() => void begin()} style={{ alignSelf: 'start' }}>
          {t('security.start')}
        </Button>
      ) : (
        <>
          <Flex gap={16} align="center">
            <QRCode value={secret.otpauthUri} size={160} />
            <div>
              <Typography.Paragraph>{t('totp.enrolHint')}</Typography.Paragraph>
              <Typography.Text code copyable data-testid="totp-secret">
                {secret.secret}
              </Typography.Text>
            </div>
          </Flex>
          <Form layout="inline" onFinish={finish}>
            <Form.Item name="code" label={t('totp.code')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('totp.codeRequired') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={confirmed.fetching}>
              {t('security.confirm')}
            </Button>
          </Form>
        </>
      )}
    </Flex>
  );
}
