import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { IssuedToken, SessionAccount } from '@/lib/auth/session-store';
import { LoginMutation } from '../api/login-mutation';
import { useCountdown } from './use-countdown';

interface LoginFormProps {
  onSignedIn: (token: IssuedToken, account: SessionAccount) => void;
}

interface Values {
  identifier: string;
  password: string;
}

type Refusal = { message: string; retryAfterSeconds: number; at: number } | null;

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const wait = useCountdown(refusal?.retryAfterSeconds ?? 0, refusal?.at ?? 0);

  const submit = async ({ identifier, password }: Values) => {
    const result = await login({ input: { identifier: identifier.trim(), password } });
    const payload = result.data?.login;
    if (!payload) return;
    if (payload.__typename === 'LoginSuccess') {
      setRefusal(null);
      const { account } = payload;
      onSignedIn(
        { accessToken: payload.accessToken, expiresAt: payload.expiresAt },
        {
          id: account.id,
          displayName: account.displayName,
          roles: account.roles,
          institutionName: account.institution?.name ?? null,
        },
      );
    } else {
      const retryAfterSeconds = payload.__typename === 'LoginThrottled' ? payload.retryAfterSeconds : 0;
      setRefusal({ message: payload.message, retryAfterSeconds, at: Date.now() });
    }
  };

  return (
    <Form<Values> layout="vertical" requiredMark={false} onFinish={submit} disabled={fetching}>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.message}
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
      <Button type="primary" htmlType="submit" block loading={fetching} disabled={wait > 0}>
        {wait > 0 ? t('waitButton', { seconds: wait }) : t('submit')}
      </Button>
    </Form>
  );
}
