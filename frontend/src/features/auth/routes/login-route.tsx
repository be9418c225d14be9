import { Card, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { LoginForm } from '../components/login-form';

/** Where to go after signing in: back to the protected page that sent us here, else /staff. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/staff/') && from !== '/staff/login' ? from : '/staff';
}

export function LoginRoute() {
  const { t } = useTranslation('auth');
  const state = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);

  useEffect(() => {
    void session.restore();
  }, []);

  if (state.status === 'signedIn') return <Navigate to={target} replace />;

  return (
    <Flex justify="center" style={{ paddingTop: 48 }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('description')}</Typography.Paragraph>
        <LoginForm
          onSignedIn={(token, account) => {
            session.signIn(token, account);
            void navigate(target, { replace: true });
          }}
        />
      </Card>
    </Flex>
  );
}
