import { Badge, Button, Card, Collapse, ErrorBlock } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { formatDateTime } from '@/lib/format-date-time';
import { InboxQuery, MarkReadMutation } from '../api/inbox-query';
import { classmateRequestView } from '../components/classmate-answer';
import { ClassmateAnswer } from '../components/classmate-answer-buttons';
import { messageLink } from '../components/message-link';
import '../components/inbox.css';

/** 收件箱: newest first, unread marked; opening a message marks it read. */
export function InboxRoute() {
  const { t, i18n } = useTranslation('inbox');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InboxQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: marking }, markRead] = useMutation(MarkReadMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const me = data?.me;
  const messages = me?.inbox.edges.map((edge) => edge.node) ?? [];
  const unread = me?.unreadInboxCount ?? 0;

  const open = (ids: string[]) => {
    const fresh = ids.filter((id) => messages.some((message) => message.id === id && !message.read));
    if (fresh.length > 0) void markRead({ input: { ids: fresh } }).then(refresh);
  };

  return (
    <>
      <Card>
        <h1 className="inbox-title">
          {t('title')}{' '}
          {unread > 0 && <Badge content={unread} aria-label={t('unread', { count: unread })} />}
        </h1>
        <p className="inbox-hint">{unread > 0 ? t('unread', { count: unread }) : t('allRead')}</p>
        {unread > 0 && (
          <Button size="small" fill="outline" loading={marking} onClick={() => void markRead({ input: { all: true } }).then(refresh)}>
            {t('markAll')}
          </Button>
        )}
      </Card>
      {messages.length === 0 ? (
        <Card>
          <ErrorBlock status="empty" title={t('none')} description={null} />
        </Card>
      ) : (
        <Collapse onChange={(keys) => open(Array.isArray(keys) ? keys : keys ? [keys] : [])}>
          {messages.map((message) => {
            const link = messageLink(message.topic, message.subjectId);
            const request = classmateRequestView(message.topic, message.subjectId, message.awaitingAnswer);
            return (
              <Collapse.Panel
                key={message.id}
                title={
                  <div className="inbox-item" data-read={message.read}>
                    <span className="inbox-item-title">
                      {!message.read && <span className="inbox-dot" role="img" aria-label={t('unreadOne')} />}
                      {message.title}
                    </span>
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
                  </div>
                }
              >
                <p className="inbox-body">{message.body}</p>
                {request === 'ask' && message.subjectId && <ClassmateAnswer requestId={message.subjectId} />}
                {request === 'closed' && <p className="inbox-body">{t('classmate.closed')}</p>}
                {link && (
                  <Link to={link}>
                    <Button size="small" color="primary">
                      {t('open')}
                    </Button>
                  </Link>
                )}
              </Collapse.Panel>
            );
          })}
        </Collapse>
      )}
      {me?.inbox.pageInfo.hasNextPage && (
        <div className="inbox-more">
          <Button block onClick={() => setAfter(me.inbox.pageInfo.endCursor ?? null)}>
            {t('older')}
          </Button>
        </div>
      )}
      {after && (
        <div className="inbox-more">
          <Button block fill="none" onClick={() => setAfter(null)}>
            {t('newest')}
          </Button>
        </div>
      )}
    </>
  );
}
