import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { DisputeQueueTable_ReviewFragmentFragment as ReviewRow } from '@/gql/graphql';

export const DisputeQueueTable_ReviewFragment = graphql(`
  fragment DisputeQueueTable_ReviewFragment on IdentityDisputeReview {
    id
    reviewState
    maskedIdNumber
    submittedAt
    decidedAt
    claimant {
      maskedName
      maskedPhone
    }
    holder {
      maskedName
      state
    }
  }
`);

export const REVIEW_STATE_COLORS: Record<string, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red' };

interface DisputeQueueTableProps {
  reviews: ReadonlyArray<FragmentType<typeof DisputeQueueTable_ReviewFragment>>;
  loading: boolean;
  onOpen: (id: string) => void;
}

/** SUPPORT's queue: masked claimant and holder, oldest submission first; a row opens the detail. */
export function DisputeQueueTable(props: DisputeQueueTableProps) {
  const { t, i18n } = useTranslation('identityDisputes');
  const reviews = useFragment(DisputeQueueTable_ReviewFragment, props.reviews);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const when = (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');
  const columns: TableColumnsType<ReviewRow> = [
    { key: 'submittedAt', title: t('fields.submittedAt'), render: (_, row) => when(row.submittedAt), width: 150 },
    { key: 'idNumber', title: t('fields.idNumber'), render: (_, row) => <code>{row.maskedIdNumber}</code> },
    { key: 'claimant', title: t('fields.claimant'), render: (_, row) => `${row.claimant.maskedName} · ${row.claimant.maskedPhone ?? '—'}` },
    { key: 'holder', title: t('fields.holder'), render: (_, row) => `${row.holder.maskedName} (${t(`accountState.${row.holder.state}`)})` },
    {
      key: 'state',
      title: t('fields.reviewState'),
      width: 110,
      render: (_, row) => <Tag color={REVIEW_STATE_COLORS[row.reviewState]}>{t(`reviewState.${row.reviewState}`)}</Tag>,
    },
    { key: 'decidedAt', title: t('fields.decidedAt'), render: (_, row) => when(row.decidedAt), width: 150 },
  ];
  return (
    <Table<ReviewRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={reviews as ReviewRow[]}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      onRow={(row) => ({ onClick: () => props.onOpen(row.id), style: { cursor: 'pointer' } })}
    />
  );
}
