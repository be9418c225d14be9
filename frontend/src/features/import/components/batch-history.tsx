import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedSection } from '@/components/desktop/paged-section';
import { graphql, useFragment } from '@/gql';
import type { BatchHistory_ImportBatchFragmentFragment as Batch } from '@/gql/graphql';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { ImportBatchesQuery } from '../api/import-batches-query';
import { BatchStateTag } from './batch-state-tag';

export const BatchHistory_ImportBatchFragment = graphql(`
  fragment BatchHistory_ImportBatchFragment on ImportBatch {
    id
    fileName
    createdBy
    createdAt
    state
    counts {
      total
      new
      changed
      unchanged
      invalid
    }
  }
`);

/**
 * The institution's import history, newest first. urql's document cache refetches it whenever a
 * mutation returns an ImportBatch (start, commit, rollback).
 */
export function BatchHistory() {
  const { t, i18n } = useTranslation('import');
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const connection = useKeysetConnection(ImportBatchesQuery, {}, (data) => data.importBatches, 20);
  const batches = useFragment(BatchHistory_ImportBatchFragment, connection.nodes);
  const columns: TableColumnsType<Batch> = [
    { key: 'createdAt', title: t('history.createdAt'), render: (_, b) => dateTime.format(new Date(b.createdAt)), width: 180 },
    { key: 'fileName', title: t('history.fileName'), dataIndex: 'fileName' },
    { key: 'createdBy', title: t('history.createdBy'), dataIndex: 'createdBy', width: 140 },
    { key: 'state', title: t('history.state'), render: (_, b) => <BatchStateTag state={b.state} />, width: 110 },
    {
      key: 'counts',
      title: t('history.counts'),
      render: (_, b) => t('history.countsText', { ...b.counts }),
    },
  ];
  return (
    <Card title={t('history.title')}>
      <PagedSection connection={connection}>
        <Table<Batch>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...batches]}
          loading={connection.loading}
          pagination={false}
          locale={{ emptyText: t('history.empty') }}
        />
      </PagedSection>
    </Card>
  );
}
