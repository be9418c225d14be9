import {
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  IdcardOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, App, ConfigProvider, Flex, Layout, Menu, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { registerStaffNamespaces } from '@/lib/i18n/register-staff-namespaces';
import { useLanguage } from '@/lib/i18n/use-language';
import { useOnline } from '@/lib/use-online';
import { StaffLanguageSwitch } from './staff-language-switch';
import { menuKeyOf, staffMenusFor, type StaffMenuKey } from './staff-menu';
import './staff-layout.css';

const FONT_FAMILY = 'var(--font-family)';

// Before any staff screen renders: their text comes with this chunk, not the student entry bundle.
registerStaffNamespaces();

const MENU_ICONS: Record<StaffMenuKey, ReactNode> = {
  dashboard: <BarChartOutlined />,
  roster: <TeamOutlined />,
  import: <CloudUploadOutlined />,
  tickets: <AuditOutlined />,
  campaigns: <FlagOutlined />,
  accounts: <IdcardOutlined />,
  tokens: <KeyOutlined />,
  disputes: <SafetyCertificateOutlined />,
  audit: <FileSearchOutlined />,
  reference: <DatabaseOutlined />,
};

/** Desktop-first shell of the staff area: side menu, header with the language switch. */
export function StaffLayout() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const online = useOnline();
  const { pathname } = useLocation();
  const selectedKey = menuKeyOf(pathname);
  const state = useSession();
  const menus = staffMenusFor(state.status === 'signedIn' ? state.account.roles : null);

  useEffect(() => {
    document.title = t('staffTitle');
  }, [t]);

  // After a reload the access token is gone; the refresh cookie brings the session back.
  useEffect(() => {
    void session.restore();
  }, []);

  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={{ token: { fontFamily: FONT_FAMILY, colorPrimary: '#1677ff' } }}
    >
      <App>
        <Layout className="staff-shell">
          <Layout.Sider
            theme="light"
            width={220}
            breakpoint="lg"
            collapsedWidth={0}
            style={{ borderInlineEnd: '1px solid #f0f0f0' }}
          >
            <div className="staff-brand">{t('appName')}</div>
            <Menu
              mode="inline"
              style={{ borderInlineEnd: 'none' }}
              selectedKeys={selectedKey ? [selectedKey] : []}
              items={[
                ...menus.map((key) => ({
                  key,
                  icon: MENU_ICONS[key],
                  label: <Link to={`/staff/${key}`}>{t(`nav.${key}`)}</Link>,
                })),
                {
                  key: 'graphiql',
                  icon: <ApiOutlined />,
                  label: (
                    <a href="/graphiql" target="_blank" rel="noopener">
                      {t('nav.graphiql')}
                    </a>
                  ),
                },
              ]}
            />
          </Layout.Sider>
          <Layout>
            <Layout.Header className="staff-header">
              <Typography.Text strong className="staff-header-title">
                {t('staffTitle')}
              </Typography.Text>
              <Flex align="center" gap={16}>
                <StaffLanguageSwitch />
                <AccountMenu />
              </Flex>
            </Layout.Header>
            {!online && <Alert type="warning" banner title={t('state.offline')} />}
            <Layout.Content className="staff-content">
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </App>
    </ConfigProvider>
  );
}
