import { Card } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { ForgotPasswordLink } from '../components/forgot-password-link';
import { StudentLoginForm } from '../components/student-login-form';
import '../components/student-login.css';

export function StudentLoginRoute() {
  const { t } = useTranslation('student');
  const state = useSession();
  const navigate = useNavigate();

  useEffect(() => {
    void session.restore();
  }, []);

  // Signed in (just now, or already): unfinished tasks first.
  if (state.status === 'signedIn') return <Navigate to="/me/next" replace />;

  return (
    <Card>
      <h1 className="student-login-title">{t('login.title')}</h1>
      <p className="student-login-description">{t('login.description')}</p>
      <StudentLoginForm
        onSignedIn={(token, account) => {
          session.signIn(token, account);
          // Unfinished tasks come first: /me/next opens the first one (or the record list).
          void navigate('/me/next', { replace: true });
        }}
      />
      <div className="student-login-help">
        <ForgotPasswordLink />
      </div>
    </Card>
  );
}
