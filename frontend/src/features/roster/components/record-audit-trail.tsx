import { Button, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChangeList } from '@/components/desktop/audit-change-list';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { formatDateTime } from '@/lib/format-date-time';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { RecordAuditTrailQuery } from '../api/record-audit-trail-query';

/** The record's change history (变更记录) in the drawer, newest first, ten at a time. */
export function RecordAuditTrail({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation('auditLog');
  const trail = useKeysetConnection(RecordAuditTrailQuery, { id: recordId }, (data) => data.record?.auditTrail, 10);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5}>{t('trail.title')}</Typography.Title>
      {trail.error && <QueryErrorAlert error={trail.error} onRetry={trail.retry} />}
      {!trail.loading && !trail.error && trail.nodes.length === 0 && (
        <Typography.Text type="secondary">{t('trail.empty')}</Typography.Text>
      )}
      <Timeline
        items={trail.nodes.map((event) => ({
          key: event.id,
          children: (
            <Flex vertical gap={4} data-testid="audit-trail-entry">
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">{formatDateTime(event.occurredAt, i18n.language)}</Typography.Text>
                <Typography.Text strong>{event.actor}</Typography.Text>
                <Tag>{event.action}</Tag>
              </Flex>
              {event.reason && <Typography.Text>{event.reason}</Typography.Text>}
              {event.changes.length > 0 && <AuditChangeList changes={event.changes} />}
            </Flex>
          ),
        }))}
      />
      {trail.hasNextPage && (
        <Button size="small" onClick={trail.loadMore} loading={trail.loadingMore} style={{ alignSelf: 'flex-start' }}>
          {t('trail.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
