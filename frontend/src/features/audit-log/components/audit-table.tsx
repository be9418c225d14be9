import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChangeList } from '@/components/desktop/audit-change-list';
import type { AuditLog_EventsQuery } from '@/gql/graphql';
import { changeSummary } from '@/lib/audit/audit-changes';
import { formatDateTime } from '@/lib/format-date-time';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';

type AuditEventRow = AuditLog_EventsQuery['auditEvents']['edges'][number]['node'];

/** The log, newest first; a row opens to its before/after values. */
export function AuditTable({ events, loading }: { events: readonly AuditEventRow[]; loading: boolean }) {
  const { t, i18n } = useTranslation('auditLog');
  const label = useRecordFieldLabel();
  const typeLabel = (type: string) => (i18n.exists(`entityType.${type}`, { ns: 'auditLog' }) ? t(`entityType.${type}` as 'entityType.Account') : type);
  return (
    <Table<AuditEventRow>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={[...events]}
      tableLayout="fixed"
      expandable={{
        expandedRowRender: (event) => <AuditChangeList changes={event.changes} />,
        rowExpandable: (event) => event.changes.length > 0,
      }}
      columns={[
        {
          key: 'occurredAt',
          title: t('column.occurredAt'),
          width: 165,
          render: (_, event) => formatDateTime(event.occurredAt, i18n.language),
        },
        {
          key: 'actor',
          title: t('column.actor'),
          width: 120,
          render: (_, event) => <span title={event.actorSubject}>{event.actor}</span>,
        },
        { key: 'action', title: t('column.action'), width: 180, render: (_, event) => <Tag>{event.action}</Tag> },
        { key: 'entity', title: t('column.entity'), width: 110, render: (_, event) => typeLabel(event.entityType) },
        { key: 'changes', title: t('column.changes'), width: 160, render: (_, event) => changeSummary(event.changes, label) },
        {
          key: 'reason',
          title: t('column.reason'),
          render: (_, event) => <Typography.Text ellipsis={{ tooltip: event.reason }}>{event.reason}</Typography.Text>,
        },
      ]}
    />
  );
}
