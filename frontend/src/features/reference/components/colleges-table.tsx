import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CollegesTable_CollegeFragmentFragment as College } from '@/gql/graphql';

export const CollegesTable_CollegeFragment = graphql(`
  fragment CollegesTable_CollegeFragment on College {
    id
    code
    name
    institution {
      id
      code
      name
    }
  }
`);

interface CollegesTableProps {
  colleges: ReadonlyArray<FragmentType<typeof CollegesTable_CollegeFragment>>;
  loading: boolean;
}

export function CollegesTable(props: CollegesTableProps) {
  const { t } = useTranslation('reference');
  const colleges = useFragment(CollegesTable_CollegeFragment, props.colleges);
  const columns: TableColumnsType<College> = [
    { key: 'code', title: t('columns.code'), dataIndex: 'code', width: 100 },
    { key: 'name', title: t('columns.name'), dataIndex: 'name' },
    {
      key: 'institution',
      title: t('columns.institution'),
      render: (_, college) => `${college.institution.code} ${college.institution.name}`,
    },
  ];
  return (
    <Table<College>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...colleges]}
      loading={props.loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
    />
  );
}
