import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { InvalidRowsTable_ImportRowErrorFragmentFragment as RowError } from '@/gql/graphql';

export const InvalidRowsTable_ImportRowErrorFragment = graphql(`
  fragment InvalidRowsTable_ImportRowErrorFragment on ImportRowError {
    rowNumber
    column
    code
    message
  }
`);

interface InvalidRowsTableProps {
  rows: ReadonlyArray<FragmentType<typeof InvalidRowsTable_ImportRowErrorFragment>>;
}

export function InvalidRowsTable(props: InvalidRowsTableProps) {
  const { t } = useTranslation('import');
  const rows = useFragment(InvalidRowsTable_ImportRowErrorFragment, props.rows);
  const columns: TableColumnsType<RowError> = [
    { key: 'rowNumber', title: t('invalid.row'), dataIndex: 'rowNumber', width: 80 },
    { key: 'column', title: t('invalid.column'), render: (_, row) => row.column ?? '—', width: 140 },
    { key: 'code', title: t('invalid.code'), render: (_, row) => <Tag color="red">{row.code}</Tag>, width: 220 },
    { key: 'message', title: t('invalid.message'), dataIndex: 'message' },
  ];
  return (
    <Table<RowError>
      data-testid="invalid-rows"
      rowKey={(row) => `${row.rowNumber}-${row.column ?? ''}-${row.code}`}
      size="small"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      locale={{ emptyText: t('invalid.empty') }}
    />
  );
}
