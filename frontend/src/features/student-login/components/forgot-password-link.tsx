import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Ways out of the sign-in page: register, forgotten password (SMS reset), forgotten username, help. */
export function ForgotPasswordLink() {
  const { t } = useTranslation('student');
  return (
    <nav className="student-login-links" aria-label={t('login.more')}>
      <Link to="/register">{t('login.register')}</Link>
      <Link to="/forgot-password">{t('login.forgot')}</Link>
      <Link to="/forgot-username">{t('login.forgotUsername')}</Link>
      <Link to="/help">{t('login.help')}</Link>
    </nav>
  );
}
