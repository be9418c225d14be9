import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { MajorsTable_MajorFragmentFragment as Major } from '@/gql/graphql';

export const MajorsTable_MajorFragment = graphql(`
  fragment MajorsTable_MajorFragment on Major {
    id
    catalogueCode
    name
    level
    lengthOfSchooling
    college {
      id
      name
    }
  }
`);

interface MajorsTableProps {
  majors: ReadonlyArray<FragmentType<typeof MajorsTable_MajorFragment>>;
  loading: boolean;
}

export function MajorsTable(props: MajorsTableProps) {
  const { t } = useTranslation('reference');
  const majors = useFragment(MajorsTable_MajorFragment, props.majors);
  const columns: TableColumnsType<Major> = [
    { key: 'catalogueCode', title: t('columns.catalogueCode'), dataIndex: 'catalogueCode', width: 120 },
    { key: 'name', title: t('columns.name'), dataIndex: 'name' },
    { key: 'level', title: t('columns.level'), render: (_, major) => t(`level.${major.level}`) },
    {
      key: 'lengthOfSchooling',
      title: t('columns.lengthOfSchooling'),
      dataIndex: 'lengthOfSchooling',
      align: 'right',
      width: 110,
    },
    { key: 'college', title: t('columns.college'), render: (_, major) => major.college.name },
  ];
  return (
    <Table<Major>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...majors]}
      loading={props.loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
    />
  );
}
