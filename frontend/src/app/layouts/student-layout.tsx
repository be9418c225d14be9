import { ConfigProvider, NavBar, NoticeBar, SafeArea } from 'antd-mobile';
import { QuestionCircleOutline } from 'antd-mobile-icons';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { useLanguage } from '@/lib/i18n/use-language';
import { useOnline } from '@/lib/use-online';
import { StudentLanguageSwitch } from './student-language-switch';
import './antd-mobile-render';
import './student-layout.css';

/** Mobile-first shell (360–414 px, WeChat browser); a centred column on wider screens. */
export function StudentLayout() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const online = useOnline();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const atHome = pathname === '/';
  const state = useSession();
  // A record's back arrow leads to the list of records; everything else back to the home page.
  const backTo = pathname.startsWith('/me/') ? '/me' : '/';

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => {
    void session.restore();
  }, []);

  // antd-mobile's back control is a role=button div with no name: give it one for screen readers.
  const backLabel = t('nav.back', { ns: 'student' });
  useEffect(() => {
    document.querySelector('.student-nav .adm-nav-bar-left')?.setAttribute('aria-label', backLabel);
  }, [backLabel, atHome]);

  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN}>
      <div className="student-shell">
        <SafeArea position="top" />
        <NavBar
          className="student-nav"
          back={atHome ? null : ''}
          onBack={() => navigate(backTo)}
          right={
            <div className="student-nav-right">
              <Link to="/help" className="student-help-link" aria-label={t('menu.help', { ns: 'student' })}>
                <QuestionCircleOutline aria-hidden />
              </Link>
              <StudentLanguageSwitch />
            </div>
          }
        >
          {t('appName')}
        </NavBar>
        {state.status === 'signedIn' && (
          <div className="student-account-bar">
            <Link to="/me">{t('account.greeting', { ns: 'student', name: state.account.displayName })}</Link>
          </div>
        )}
        {!online && <NoticeBar color="alert" wrap content={t('state.offline')} />}
        <main className="student-main">
          <Outlet />
        </main>
        <SafeArea position="bottom" />
      </div>
    </ConfigProvider>
  );
}
