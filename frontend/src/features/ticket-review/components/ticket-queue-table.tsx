import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { TicketQueueTable_CorrectionTicketFragmentFragment as TicketRow } from '@/gql/graphql';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';
import { ageBucket, matchesLocally, type QueueFilter } from './queue-filter';
import { TicketStateTag } from './ticket-state-tag';

export const TicketQueueTable_CorrectionTicketFragment = graphql(`
  fragment TicketQueueTable_CorrectionTicketFragment on CorrectionTicket {
    id
    state
    version
    submittedAt
    college {
      id
      name
    }
    record {
      id
      studentNumber
      name
    }
    items {
      id
      field
      tier
    }
  }
`);

export interface SelectedTicket {
  ticketId: string;
  version: number;
}

interface TicketQueueTableProps {
  tickets: ReadonlyArray<FragmentType<typeof TicketQueueTable_CorrectionTicketFragment>>;
  loading: boolean;
  filter: QueueFilter;
  now: number;
  /** Registrars pick tickets for a bulk decision. */
  selectable: boolean;
  selected: readonly SelectedTicket[];
  onSelect: (tickets: SelectedTicket[]) => void;
  onOpen: (ticketId: string) => void;
}

export function TicketQueueTable(props: TicketQueueTableProps) {
  const { t } = useTranslation('ticketReview');
  const fieldLabel = useRecordFieldLabel();
  const tickets = useFragment(TicketQueueTable_CorrectionTicketFragment, props.tickets).filter((row) =>
    matchesLocally(row, props.filter, props.now),
  );
  const columns: TableColumnsType<TicketRow> = [
    { key: 'studentNumber', title: t('queue.studentNumber'), render: (_, row) => row.record.studentNumber, width: 130 },
    { key: 'name', title: t('queue.name'), render: (_, row) => row.record.name, width: 90 },
    { key: 'college', title: t('queue.college'), render: (_, row) => row.college.name },
    {
      key: 'fields',
      title: t('queue.fields'),
      render: (_, row) =>
        row.items.map((item) => (
          <Tag key={item.id} color={item.tier === 'IDENTITY' ? 'magenta' : undefined}>
            {fieldLabel(item.field)}
          </Tag>
        )),
    },
    { key: 'state', title: t('queue.state'), width: 110, render: (_, row) => <TicketStateTag state={row.state} /> },
    {
      key: 'age',
      title: t('queue.age'),
      width: 110,
      render: (_, row) => t(`age.${ageBucket(row.submittedAt, props.now)}`),
    },
  ];
  return (
    <Table<TicketRow>
      rowKey="id"
      size="middle"
      data-testid="ticket-queue"
      columns={columns}
      dataSource={tickets}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t('queue.empty') }}
      rowSelection={
        props.selectable
          ? {
              selectedRowKeys: props.selected.map((s) => s.ticketId),
              onChange: (_, rows) => props.onSelect(rows.map((row) => ({ ticketId: row.id, version: row.version }))),
              getCheckboxProps: (row) => ({ disabled: !['SUBMITTED', 'IN_REVIEW'].includes(row.state) }),
            }
          : undefined
      }
      onRow={(row) => ({ onClick: () => props.onOpen(row.id), style: { cursor: 'pointer' } })}
    />
  );
}
