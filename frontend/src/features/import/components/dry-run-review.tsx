import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';
import { ChangesTable } from './changes-table';
import { ImportCounts } from './import-counts';
import { InvalidRowsTable } from './invalid-rows-table';

// The first 100 of each list; the error report holds every invalid row.
export const DryRunReview_ImportBatchFragment = graphql(`
  fragment DryRunReview_ImportBatchFragment on ImportBatch {
    id
    fileName
    state
    version
    errorReportUrl
    counts {
      total
      new
      changed
      unchanged
      invalid
    }
    invalidRows(first: 100) {
      edges {
        node {
          ...InvalidRowsTable_ImportRowErrorFragment
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    changes(first: 100) {
      edges {
        node {
          ...ChangesTable_ImportRowChangeFragment
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

interface DryRunReviewProps {
  batch: FragmentType<typeof DryRunReview_ImportBatchFragment>;
  error: string | null;
  onCommit: () => void;
  onRestart: () => void;
}

/** Counts, invalid rows and changes of a dry run; the commit starts here. */
export function DryRunReview(props: DryRunReviewProps) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const batch = useFragment(DryRunReview_ImportBatchFragment, props.batch);
  const [downloading, setDownloading] = useState(false);
  const applicable = batch.counts.new + batch.counts.changed;

  const downloadReport = async () => {
    setDownloading(true);
    try {
      await downloadFile(batch.errorReportUrl, t('dryRun.reportFileName'));
    } catch (error) {
      void message.error(t('download.failed', { ns: 'common', status: error instanceof HttpError ? error.status : 0 }));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Alert
        type={batch.counts.invalid > 0 ? 'warning' : 'success'}
        showIcon
        title={t('dryRun.title', { fileName: batch.fileName })}
        description={t('dryRun.description')}
      />
      {props.error && <Alert type="error" showIcon title={props.error} />}
      <ImportCounts counts={batch.counts} />
      <Card
        size="small"
        title={t('invalid.title', { count: batch.counts.invalid })}
        extra={
          batch.counts.invalid > 0 && (
            <Button size="small" icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadReport()}>
              {t('dryRun.downloadReport')}
            </Button>
          )
        }
      >
        <InvalidRowsTable rows={batch.invalidRows.edges.map((edge) => edge.node)} />
        {batch.invalidRows.pageInfo.hasNextPage && (
          <Typography.Text type="secondary">{t('dryRun.moreInReport')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('changes.title', { count: batch.counts.changed })}>
        <ChangesTable changes={batch.changes.edges.map((edge) => edge.node)} />
        {batch.changes.pageInfo.hasNextPage && (
          <Typography.Text type="secondary">{t('dryRun.moreChanges')}</Typography.Text>
        )}
      </Card>
      <Flex gap={12} justify="flex-end">
        <Button onClick={props.onRestart}>{t('actions.restart')}</Button>
        <Popconfirm
          title={t('actions.commitConfirm', { count: applicable })}
          okText={t('actions.commit')}
          onConfirm={props.onCommit}
          disabled={applicable === 0}
        >
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={applicable === 0}>
            {t('actions.commit')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
