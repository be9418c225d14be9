import { Flex, Progress, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import type { ImportBatchState } from '@/gql/graphql';
import { BatchProgressQuery } from '../api/batch-progress-query';
import { ImportProgressSubscription } from '../api/import-progress-subscription';
import type { Progress as CommitProgressValue } from './wizard-reducer';

const POLL_MS = 1500;

interface CommitProgressProps {
  batchId: string;
  progress: CommitProgressValue | null;
  onProgress: (state: ImportBatchState, progress: CommitProgressValue, failure: string | null) => void;
}

/** Live commit progress over the WebSocket; when that fails, the batch is read again every 1.5 s. */
export function CommitProgress({ batchId, progress, onProgress }: CommitProgressProps) {
  const { t } = useTranslation('import');
  const [live] = useSubscription({ query: ImportProgressSubscription, variables: { batchId } });
  const fallback = live.error !== undefined;
  const [polled, reread] = useQuery({
    query: BatchProgressQuery,
    variables: { id: batchId },
    pause: !fallback,
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    const update = live.data?.importProgress;
    if (update) onProgress(update.state, update, null);
  }, [live.data, onProgress]);

  useEffect(() => {
    const batch = polled.data?.importBatch;
    if (batch) onProgress(batch.state, batch.progress, batch.failure ?? null);
  }, [polled.data, onProgress]);

  useEffect(() => {
    if (!fallback) return;
    const timer = window.setInterval(() => reread({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [fallback, reread]);

  return (
    <Flex vertical gap={8} align="stretch" style={{ padding: '24px 0' }}>
      <Typography.Text>{t('commit.running')}</Typography.Text>
      <Progress percent={progress?.percent ?? 0} status="active" />
      <Typography.Text type="secondary">
        {t('commit.rows', { done: progress?.rowsDone ?? 0, total: progress?.rowsTotal ?? 0 })}
      </Typography.Text>
    </Flex>
  );
}
