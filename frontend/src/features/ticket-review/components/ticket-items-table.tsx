import { Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CollegeRecommendation, ItemDecision, TicketItemsTable_TicketItemFragmentFragment as ItemRow } from '@/gql/graphql';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';
import { EvidenceViewer } from './evidence-viewer';

export const TicketItemsTable_TicketItemFragment = graphql(`
  fragment TicketItemsTable_TicketItemFragment on TicketItem {
    id
    field
    tier
    currentValue
    requestedValue
    reasonCode
    note
    decision
    collegeRecommendation
    collegeReviewedBy
    reviewNote
    provincial
    evidence {
      id
      fileName
      contentType
      byteSize
    }
  }
`);

interface TicketItemsTableProps {
  items: ReadonlyArray<FragmentType<typeof TicketItemsTable_TicketItemFragment>>;
  /** The registrar's pending decisions; absent when this reviewer does not decide. */
  decisions?: Readonly<Record<string, ItemDecision>>;
  onDecide?: (itemId: string, decision: ItemDecision) => void;
  /** The college admin's pending advice on IDENTITY items. */
  recommendations?: Readonly<Record<string, CollegeRecommendation>>;
  onRecommend?: (itemId: string, recommendation: CollegeRecommendation) => void;
  /** Counsellors follow tickets but may not open the identity documents behind them (the server refuses). */
  evidenceHidden?: boolean;
}

/** Each field marked wrong: the record's value beside the requested one, why, the evidence, the decision. */
export function TicketItemsTable(props: TicketItemsTableProps) {
  const { t } = useTranslation('ticketReview');
  const fieldLabel = useRecordFieldLabel();
  const items = useFragment(TicketItemsTable_TicketItemFragment, props.items);
  const columns: TableColumnsType<ItemRow> = [
    {
      key: 'field',
      title: t('items.field'),
      width: 110,
      render: (_, row) => (
        <>
          {fieldLabel(row.field)}
          <br />
          <Tag color={row.tier === 'IDENTITY' ? 'magenta' : undefined}>{t(`tier.${row.tier}`)}</Tag>
          {row.provincial && <Tag color="gold">{t('items.provincial')}</Tag>}
        </>
      ),
    },
    { key: 'current', title: t('items.current'), render: (_, row) => row.currentValue ?? '—', className: 'ticket-current' },
    {
      key: 'requested',
      title: t('items.requested'),
      render: (_, row) => <Typography.Text strong>{row.requestedValue}</Typography.Text>,
      className: 'ticket-requested',
    },
    {
      key: 'reason',
      title: t('items.reason'),
      render: (_, row) => (
        <>
          {t(`reason.${row.reasonCode}`)}
          {row.note && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{row.note}</Typography.Paragraph>}
        </>
      ),
    },
    { key: 'evidence', title: t('items.evidence'), render: (_, row) => (props.evidenceHidden ? t('evidence.count', { count: row.evidence.length }) : <EvidenceViewer evidence={row.evidence} />) },
    {
      key: 'college',
      title: t('items.college'),
      render: (_, row) =>
        props.onRecommend && row.tier === 'IDENTITY' ? (
          <Radio.Group
            size="small"
            value={props.recommendations?.[row.id]}
            onChange={(event) => props.onRecommend?.(row.id, event.target.value as CollegeRecommendation)}
            options={[
              { value: 'ACCEPT', label: t('recommendation.ACCEPT') },
              { value: 'REJECT', label: t('recommendation.REJECT') },
            ]}
          />
        ) : row.collegeRecommendation ? (
          <span title={row.reviewNote ?? undefined}>
            {t(`recommendation.${row.collegeRecommendation}`)} · {row.collegeReviewedBy}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'decision',
      title: t('items.decision'),
      width: 150,
      render: (_, row) =>
        props.onDecide && !row.decision ? (
          <Radio.Group
            size="small"
            aria-label={t('items.decisionFor', { field: fieldLabel(row.field) })}
            value={props.decisions?.[row.id]}
            onChange={(event) => props.onDecide?.(row.id, event.target.value as ItemDecision)}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'ACCEPTED', label: t('decision.ACCEPTED') },
              { value: 'REJECTED', label: t('decision.REJECTED') },
            ]}
          />
        ) : row.decision ? (
          <Tag color={row.decision === 'ACCEPTED' ? 'success' : 'error'}>{t(`decision.${row.decision}`)}</Tag>
        ) : (
          '—'
        ),
    },
  ];
  return <Table<ItemRow> rowKey="id" size="small" columns={columns} dataSource={[...items]} pagination={false} data-testid="ticket-items" />;
}
