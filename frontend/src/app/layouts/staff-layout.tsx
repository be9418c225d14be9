import { ApiOutlined, DatabaseOutlined } from '@ant-design/icons';
import { Alert, App, ConfigProvider, Layout, Menu, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { useLanguage } from '@/lib/i18n/use-language';
import { useOnline } from '@/lib/use-online';
import { StaffLanguageSwitch } from './staff-language-switch';
import './staff-layout.css';

const FONT_FAMILY = 'var(--font-family)';

/** Desktop-first shell of the staff area: side menu, header with the language switch. */
export function StaffLayout() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const online = useOnline();
  const { pathname } = useLocation();
  const selected = pathname.startsWith('/staff/reference') ? ['reference'] : [];

  useEffect(() => {
    document.title = t('staffTitle');
  }, [t]);

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
              selectedKeys={selected}
              items={[
                {
                  key: 'reference',
                  icon: <DatabaseOutlined />,
                  label: <Link to="/staff/reference">{t('nav.reference')}</Link>,
                },
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
              <StaffLanguageSwitch />
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
