import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TotpStep as Step } from '@/lib/auth/use-login';

/** The authenticator code field of the sign-in, with the secret to add first when enrolling. */
export function TotpStep({ step }: { step: NonNullable<Step> }) {
  const { t } = useTranslation('auth');
  return (
    <>
      {step.kind === 'enrol' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('totp.enrolTitle')}
          description={
            <Flex gap={16} align="center">
              <QRCode value={step.otpauthUri} size={132} bordered={false} />
              <div>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{t('totp.enrolHint')}</Typography.Paragraph>
                <Typography.Text code copyable data-testid="totp-secret">
                  {step.secret}
                </Typography.Text>
              </div>
            </Flex>
          }
        />
      )}
      <Form.Item
        name="totp"
        label={t('totp.code')}
        extra={t('totp.codeHint')}
        rules={[{ required: true, pattern: /^\d{6}$/, message: t('totp.codeRequired') }]}
      >
        <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
    </>
  );
}
