import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { ClassesTable_SchoolClassFragmentFragment as SchoolClass } from '@/gql/graphql';

export const ClassesTable_SchoolClassFragment = graphql(`
  fragment ClassesTable_SchoolClassFragment on SchoolClass {
    id
    code
    name
    admissionYear
    major {
      id
      name
    }
    college {
      id
      name
    }
  }
`);

interface ClassesTableProps {
  classes: ReadonlyArray<FragmentType<typeof ClassesTable_SchoolClassFragment>>;
  loading: boolean;
}

export function ClassesTable(props: ClassesTableProps) {
  const { t } = useTranslation('reference');
  const classes = useFragment(ClassesTable_SchoolClassFragment, props.classes);
  const columns: TableColumnsType<SchoolClass> = [
    { key: 'code', title: t('columns.classCode'), dataIndex: 'code', width: 120 },
    { key: 'name', title: t('columns.name'), dataIndex: 'name' },
    { key: 'admissionYear', title: t('columns.admissionYear'), dataIndex: 'admissionYear', width: 100 },
    { key: 'major', title: t('columns.major'), render: (_, schoolClass) => schoolClass.major.name },
    { key: 'college', title: t('columns.college'), render: (_, schoolClass) => schoolClass.college.name },
  ];
  return (
    <Table<SchoolClass>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...classes]}
      loading={props.loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
    />
  );
}
