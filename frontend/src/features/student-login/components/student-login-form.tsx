import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { IssuedToken, SessionAccount } from '@/lib/auth/session-store';
import { useLogin } from '@/lib/auth/use-login';

interface StudentLoginFormProps {
  onSignedIn: (token: IssuedToken, account: SessionAccount) => void;
}

interface Values {
  identifier: string;
  password: string;
}

/** Phone or ID number plus password; the server's refusal (and any wait) is shown above the fields. */
export function StudentLoginForm({ onSignedIn }: StudentLoginFormProps) {
  const { t } = useTranslation('student');
  const { submit, fetching, error, refusalMessage, wait } = useLogin(onSignedIn);

  return (
    <>
      {refusalMessage && (
        <div role="alert">
          <NoticeBar
            color="error"
            wrap
            content={
              <>
                <div>{refusalMessage}</div>
                {wait > 0 && <div>{t('login.throttled', { seconds: wait })}</div>}
              </>
            }
          />
        </div>
      )}
      {error && <QueryErrorBlock error={error} />}
      <Form
        layout="vertical"
        requiredMarkStyle="none"
        onFinish={(values: Values) => void submit(values.identifier, values.password)}
        disabled={fetching}
        footer={
          <Button block type="submit" color="primary" size="large" loading={fetching} disabled={wait > 0}>
            {wait > 0 ? t('login.waitButton', { seconds: wait }) : t('login.submit')}
          </Button>
        }
      >
        <Form.Item
          name="identifier"
          label={t('login.identifier')}
          rules={[{ required: true, whitespace: true, message: t('login.identifierRequired') }]}
        >
          <Input placeholder={t('login.identifierPlaceholder')} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input type="password" placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" />
        </Form.Item>
      </Form>
    </>
  );
}
