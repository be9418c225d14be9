import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { ExtensionsTable_CampaignExtensionFragmentFragment as ExtensionRow } from '@/gql/graphql';
import { formatShanghai } from './shanghai-time';

export const ExtensionsTable_CampaignExtensionFragment = graphql(`
  fragment ExtensionsTable_CampaignExtensionFragment on CampaignExtension {
    record {
      id
      studentNumber
      name
    }
    closesAt
    reason
    grantedBy
  }
`);

export function ExtensionsTable(props: { extensions: ReadonlyArray<FragmentType<typeof ExtensionsTable_CampaignExtensionFragment>> }) {
  const { t } = useTranslation('campaigns');
  const { t: tr } = useTranslation('record');
  const extensions = useFragment(ExtensionsTable_CampaignExtensionFragment, props.extensions);
  const columns: TableColumnsType<ExtensionRow> = [
    { key: 'studentNumber', title: tr('fields.studentNumber'), render: (_, row) => row.record.studentNumber, width: 130 },
    { key: 'name', title: tr('fields.name'), render: (_, row) => row.record.name, width: 100 },
    { key: 'closesAt', title: t('extensions.closesAt'), render: (_, row) => formatShanghai(row.closesAt), width: 160 },
    { key: 'reason', title: t('extensions.reason'), dataIndex: 'reason' },
    { key: 'grantedBy', title: t('extensions.grantedBy'), dataIndex: 'grantedBy', width: 140 },
  ];
  return (
    <Table<ExtensionRow>
      rowKey={(row) => row.record.id}
      size="small"
      columns={columns}
      dataSource={[...extensions]}
      pagination={false}
      locale={{ emptyText: t('extensions.empty') }}
    />
  );
}
