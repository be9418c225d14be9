import { Badge, List } from 'antd-mobile';
import { FileOutline, MailOutline, QuestionCircleOutline, UserOutline } from 'antd-mobile-icons';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const UnreadCount = lazy(async () => ({
  default: (await import('@/features/inbox/components/unread-count')).UnreadCount,
}));

/** The student's own places under "my records": corrections, inbox (with unread count), profile, help. */
export function StudentMenu() {
  const { t } = useTranslation('student');
  const navigate = useNavigate();
  return (
    <nav aria-label={t('menu.label')}>
      <List mode="card">
        <List.Item prefix={<FileOutline aria-hidden />} onClick={() => navigate('/me/tickets')} clickable>
          {t('menu.tickets')}
        </List.Item>
        <List.Item
          prefix={<MailOutline aria-hidden />}
          onClick={() => navigate('/me/inbox')}
          clickable
          extra={
            <Suspense fallback={null}>
              <UnreadCount render={(count) => (count > 0 ? <Badge content={count} aria-label={t('menu.unread', { count })} /> : null)} />
            </Suspense>
          }
        >
          {t('menu.inbox')}
        </List.Item>
        <List.Item prefix={<UserOutline aria-hidden />} onClick={() => navigate('/me/profile')} clickable>
          {t('menu.profile')}
        </List.Item>
        <List.Item prefix={<QuestionCircleOutline aria-hidden />} onClick={() => navigate('/help')} clickable>
          {t('menu.help')}
        </List.Item>
      </List>
    </nav>
  );
}
