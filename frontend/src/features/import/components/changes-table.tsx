import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { ChangesTable_ImportRowChangeFragmentFragment as RowChange } from '@/gql/graphql';

export const ChangesTable_ImportRowChangeFragment = graphql(`
  fragment ChangesTable_ImportRowChangeFragment on ImportRowChange {
    rowNumber
    kind
    examineeNumber
    diffs {
      field
      before
      after
    }
  }
`);

interface ChangesTableProps {
  changes: ReadonlyArray<FragmentType<typeof ChangesTable_ImportRowChangeFragment>>;
}

/** New and changed rows: each field's stored value → the value in the file. */
export function ChangesTable(props: ChangesTableProps) {
  const { t } = useTranslation('import');
  const { t: tr } = useTranslation('record');
  const changes = useFragment(ChangesTable_ImportRowChangeFragment, props.changes);
  const empty = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<RowChange> = [
    { key: 'rowNumber', title: t('changes.row'), dataIndex: 'rowNumber', width: 80 },
    {
      key: 'kind',
      title: t('changes.kind'),
      width: 90,
      render: (_, row) => (
        <Tag color={row.kind === 'NEW' ? 'green' : 'blue'}>{t(`changes.kinds.${row.kind}`, { defaultValue: row.kind })}</Tag>
      ),
    },
    { key: 'examineeNumber', title: tr('fields.examineeNumber'), dataIndex: 'examineeNumber', width: 160 },
    {
      key: 'diffs',
      title: t('changes.diffs'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          {row.diffs.map((diff) => (
            <span key={diff.field}>
              <Typography.Text type="secondary">{tr(`fields.${diff.field}`, { defaultValue: diff.field })}：</Typography.Text>
              {row.kind !== 'NEW' && (
                <>
                  <Typography.Text delete>{diff.before ?? ''}</Typography.Text>
                  {diff.before == null && empty} <ArrowRightOutlined style={{ fontSize: 10 }} />{' '}
                </>
              )}
              <Typography.Text strong>{diff.after ?? ''}</Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<RowChange>
      rowKey="rowNumber"
      size="small"
      columns={columns}
      dataSource={[...changes]}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('changes.empty') }}
    />
  );
}
