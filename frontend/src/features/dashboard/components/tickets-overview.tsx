import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

interface DecisionWait {
  collegeId: string;
  collegeName: string;
  waiting: number;
  medianHours?: number | null;
  oldestWaitingSince?: string | null;
}

interface TicketsOverviewProps {
  byState: ReadonlyArray<{ key: string; count: number }>;
  waits: readonly DecisionWait[];
  now: number;
}

const OPEN = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED'];

/** Open tickets by state, and per college how many wait and for how long the oldest has. */
export function TicketsOverview({ byState, waits, now }: TicketsOverviewProps) {
  const { t } = useTranslation('dashboard');
  const days = (since?: string | null) => (since ? Math.floor((now - new Date(since).getTime()) / 86_400_000) : null);
  return (
    <>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={byState.filter((row) => OPEN.includes(row.key))}
        locale={{ emptyText: t('tickets.none') }}
        columns={[
          { key: 'state', title: t('tickets.state'), render: (_, row) => t(`ticketState.${row.key}`, { defaultValue: row.key }) },
          { key: 'count', title: t('tickets.count'), dataIndex: 'count', align: 'right' },
        ]}
      />
      <Table
        size="small"
        rowKey="collegeId"
        style={{ marginTop: 12 }}
        pagination={false}
        dataSource={waits.filter((w) => w.waiting > 0)}
        locale={{ emptyText: t('tickets.noneWaiting') }}
        columns={[
          { key: 'college', title: t('tickets.college'), dataIndex: 'collegeName' },
          { key: 'waiting', title: t('tickets.waiting'), dataIndex: 'waiting', align: 'right' },
          { key: 'oldest', title: t('tickets.oldest'), align: 'right', render: (_, row) => (days(row.oldestWaitingSince) === null ? '—' : t('tickets.days', { count: days(row.oldestWaitingSince) ?? 0 })) },
          { key: 'median', title: t('tickets.median'), align: 'right', render: (_, row) => (row.medianHours == null ? '—' : t('tickets.hours', { hours: row.medianHours.toFixed(1) })) },
        ]}
      />
    </>
  );
}
