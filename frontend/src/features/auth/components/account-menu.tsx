import { LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';

/** Header corner: the signed-in name and role with a sign-out entry, or a sign-in link. */
export function AccountMenu() {
  const { t } = useTranslation('auth');
  const state = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  if (state.status !== 'signedIn') {
    if (state.status !== 'signedOut' || pathname === '/staff/login') return null;
    return (
      <Link to="/staff/login">
        <Button type="primary">{t('signIn')}</Button>
      </Link>
    );
  }

  const { account } = state;
  const roles = account.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(' / ');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'security',
            icon: <SafetyCertificateOutlined />,
            label: t('security.title'),
            onClick: () => void navigate('/staff/security'),
          },
          {
            key: 'signOut',
            icon: <LogoutOutlined />,
            label: t('signOut'),
            onClick: () => {
              void session.signOut().then(() => navigate('/staff/login', { replace: true }));
            },
          },
        ],
      }}
    >
      <Button type="text" data-testid="account-menu">
        <Space>
          <UserOutlined />
          <span>{account.displayName}</span>
          <Typography.Text type="secondary">{roles}</Typography.Text>
        </Space>
      </Button>
    </Dropdown>
  );
}
