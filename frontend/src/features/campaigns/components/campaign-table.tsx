import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CampaignTable_CampaignFragmentFragment as CampaignRow } from '@/gql/graphql';
import { CampaignStateTag } from './campaign-state-tag';
import { formatShanghai } from './shanghai-time';
import { useCohortText } from './use-cohort-text';

export const CampaignTable_CampaignFragment = graphql(`
  fragment CampaignTable_CampaignFragment on Campaign {
    id
    name
    admissionYear
    levels
    opensAt
    closesAt
    state
    inScope
  }
`);

interface CampaignTableProps {
  campaigns: ReadonlyArray<FragmentType<typeof CampaignTable_CampaignFragment>>;
  loading: boolean;
}

export function CampaignTable(props: CampaignTableProps) {
  const { t } = useTranslation('campaigns');
  const cohortText = useCohortText();
  const campaigns = useFragment(CampaignTable_CampaignFragment, props.campaigns);
  const columns: TableColumnsType<CampaignRow> = [
    {
      key: 'name',
      title: t('fields.name'),
      render: (_, row) => <Link to={`/staff/campaigns/${encodeURIComponent(row.id)}`}>{row.name}</Link>,
    },
    { key: 'cohort', title: t('fields.cohort'), render: (_, row) => cohortText(row.admissionYear, row.levels) },
    {
      key: 'window',
      title: t('fields.window'),
      render: (_, row) => `${formatShanghai(row.opensAt)} – ${formatShanghai(row.closesAt)}`,
    },
    { key: 'state', title: t('fields.state'), width: 100, render: (_, row) => <CampaignStateTag state={row.state} /> },
    { key: 'inScope', title: t('fields.inScope'), dataIndex: 'inScope', width: 110, align: 'right' },
  ];
  return (
    <Table<CampaignRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...campaigns]}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t('list.empty') }}
    />
  );
}
