import { Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { RosterTable_EnrolmentRecordFragmentFragment as RosterRow } from '@/gql/graphql';
import { ColumnChooser } from './column-chooser';
import { browserStorage, loadVisibleColumns, saveVisibleColumns, type RosterColumnKey } from './roster-columns';

export const RosterTable_EnrolmentRecordFragment = graphql(`
  fragment RosterTable_EnrolmentRecordFragment on EnrolmentRecord {
    id
    studentNumber
    name
    gender
    idNumber
    classCode
    status
    college {
      id
      name
    }
    major {
      id
      name
    }
  }
`);

interface RosterTableProps {
  records: ReadonlyArray<FragmentType<typeof RosterTable_EnrolmentRecordFragment>>;
  loading: boolean;
  onOpen: (recordId: string) => void;
}

export function RosterTable(props: RosterTableProps) {
  const { t } = useTranslation('roster');
  const { t: tr } = useTranslation('record');
  const records = useFragment(RosterTable_EnrolmentRecordFragment, props.records);
  const [visible, setVisible] = useState<RosterColumnKey[]>(() => loadVisibleColumns(browserStorage()));
  const columns: TableColumnsType<RosterRow> = [
    { key: 'studentNumber', title: tr('fields.studentNumber'), dataIndex: 'studentNumber', width: 120 },
    { key: 'name', title: tr('fields.name'), dataIndex: 'name', width: 90 },
    { key: 'gender', title: tr('fields.gender'), render: (_, row) => tr(`gender.${row.gender}`), width: 60 },
    { key: 'college', title: tr('fields.college'), render: (_, row) => row.college.name },
    { key: 'major', title: tr('fields.major'), render: (_, row) => row.major.name },
    { key: 'classCode', title: tr('fields.classCode'), dataIndex: 'classCode', width: 110 },
    { key: 'idNumber', title: tr('fields.idNumber'), dataIndex: 'idNumber', width: 180 },
    {
      key: 'status',
      title: tr('fields.status'),
      width: 110,
      render: (_, row) => (
        <Tag color={row.status === 'REGISTERED' ? 'green' : 'default'}>{tr(`status.${row.status}`)}</Tag>
      ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Flex justify="end">
        <ColumnChooser
          visible={visible}
          onChange={(keys) => setVisible(saveVisibleColumns(browserStorage(), keys))}
        />
      </Flex>
      <Table<RosterRow>
        rowKey="id"
        size="middle"
        columns={columns.filter((column) => visible.includes(column.key as RosterColumnKey))}
        dataSource={[...records]}
        loading={props.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        onRow={(row) => ({ onClick: () => props.onOpen(row.id), style: { cursor: 'pointer' } })}
      />
    </Flex>
  );
}
