import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CorrectionTicketFilter } from '@/gql/graphql';
import { QueueSummaryQuery } from '../api/queue-summary-query';
import { AGE_BUCKETS } from './queue-filter';

const OPEN = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'];

/** Open tickets by how long they have waited (the queue's pressure at a glance). */
export function QueueSummary({ filter }: { filter: CorrectionTicketFilter }) {
  const { t } = useTranslation('ticketReview');
  const [{ data }] = useQuery({ query: QueueSummaryQuery, variables: { filter: { ...filter, state: null } }, requestPolicy: 'cache-and-network' });
  const rows = (data?.correctionQueueSummary.byState ?? []).filter((row) => OPEN.includes(row.state));
  return (
    <Table
      size="small"
      rowKey="state"
      pagination={false}
      data-testid="queue-summary"
      dataSource={rows}
      locale={{ emptyText: t('summary.empty') }}
      columns={[
        { key: 'state', title: t('summary.open'), render: (_, row) => t(`state.${row.state}`) },
        { key: 'count', title: t('summary.count'), dataIndex: 'count', align: 'right' },
        ...AGE_BUCKETS.map((age) => ({ key: age, title: t(`age.${age}`), dataIndex: age, align: 'right' as const })),
      ]}
    />
  );
}
