import { Button, Card, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDateTime } from '@/lib/format-date-time';
import { RevokeSessionMutation } from '../api/profile-api';

interface Session {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  ip?: string | null;
  userAgent?: string | null;
  current: boolean;
}

interface Attempt {
  occurredAt: string;
  ip?: string | null;
  success: boolean;
}

/** 登录设备 (sign out any other one) and the latest sign-in attempts. */
export function SessionsSection({ sessions, history, onChanged }: { sessions: Session[]; history: Attempt[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation('profile');
  const [, revoke] = useMutation(RevokeSessionMutation);
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <List mode="card" header={<h2 className="profile-title">{t('sessions')}</h2>}>
        {sessions.map((session) => (
          <List.Item
            key={session.id}
            description={`${t('lastUsed', { at: at(session.lastUsedAt) })}${session.ip ? ` · ${session.ip}` : ''}`}
            extra={
              session.current ? (
                <Tag color="success">{t('thisDevice')}</Tag>
              ) : (
                <Button size="mini" color="danger" fill="outline" onClick={() => void revoke({ input: { sessionId: session.id } }).then(onChanged)}>
                  {t('signOutDevice')}
                </Button>
              )
            }
          >
            <span className="profile-agent">{session.userAgent ?? t('unknownDevice')}</span>
          </List.Item>
        ))}
      </List>
      <Card title={<h2 className="profile-title">{t('history')}</h2>}>
        <ul className="profile-history">
          {history.map((attempt) => (
            <li key={`${attempt.occurredAt}-${attempt.ip ?? ''}`} data-success={attempt.success}>
              {at(attempt.occurredAt)} · {attempt.success ? t('signInOk') : t('signInFailed')}
              {attempt.ip ? ` · ${attempt.ip}` : ''}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
