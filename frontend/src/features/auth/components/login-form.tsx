import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { IssuedToken, SessionAccount } from '@/lib/auth/session-store';
import { useLogin } from '@/lib/auth/use-login';
import { TotpStep } from './totp-step';

interface LoginFormProps {
  onSignedIn: (token: IssuedToken, account: SessionAccount) => void;
}

interface Values {
  identifier: string;
  password: string;
  totp?: string;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const { submit, fetching, error, refusalMessage, wait, totpStep } = useLogin(onSignedIn);

  return (
    <Form<Values>
      layout="vertical"
      requiredMark={false}
      onFinish={({ identifier, password, totp }) => submit(identifier, password, totp)}
      disabled={fetching}
    >
      {refusalMessage && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusalMessage}
          description={wait > 0 ? t('throttled', { seconds: wait }) : undefined}
        />
      )}
      {error && (
        <div style={{ marginBottom: 16 }}>
          <QueryErrorAlert error={error} />
        </div>
      )}
      <Form.Item
        name="identifier"
        label={t('identifier')}
        rules={[{ required: true, whitespace: true, message: t('identifierRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" placeholder={t('identifierPlaceholder')} />
      </Form.Item>
      <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {totpStep && <TotpStep step={totpStep} />}
      <Button type="primary" htmlType="submit" block loading={fetching} disabled={wait > 0}>
        {wait > 0 ? t('waitButton', { seconds: wait }) : t('submit')}
      </Button>
    </Form>
  );
}
