import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffRows, type AuditChangeLike, type DiffRow } from '@/lib/audit/audit-changes';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';

const KIND_STYLE: Record<DiffRow['kind'], { before?: 'danger' | 'secondary'; after?: 'success' | 'secondary' }> = {
  changed: { before: 'danger', after: 'success' },
  added: { after: 'success' },
  removed: { before: 'danger' },
  unchanged: { before: 'secondary', after: 'secondary' },
};

/** An audit event's values before and after, field by field (masked as the API gives them). */
export function AuditChangeList({ changes }: { changes: readonly AuditChangeLike[] }) {
  const { t } = useTranslation('auditLog');
  const label = useRecordFieldLabel();
  const rows = diffRows(changes);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('diff.noChanges')}</Typography.Text>;
  const value = (text: string | null, type: 'danger' | 'success' | 'secondary' | undefined, deleted: boolean) =>
    text === null ? (
      <Typography.Text type="secondary">{t('diff.none')}</Typography.Text>
    ) : (
      <Typography.Text type={type} delete={deleted}>
        {text}
      </Typography.Text>
    );
  return (
    <Table<DiffRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { key: 'field', title: t('diff.field'), width: 160, render: (_, row) => label(row.field) },
        {
          key: 'before',
          title: t('diff.before'),
          render: (_, row) => value(row.before, KIND_STYLE[row.kind].before, row.kind === 'changed'),
        },
        { key: 'after', title: t('diff.after'), render: (_, row) => value(row.after, KIND_STYLE[row.kind].after, false) },
      ]}
    />
  );
}
