import { Skeleton } from 'antd';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { DryRunBatchQuery } from '../api/dry-run-batch-query';
import { DryRunReview } from './dry-run-review';

interface DryRunResultProps {
  batchId: string;
  error: string | null;
  onCommit: () => void;
  onRestart: () => void;
}

/** The dry run of a batch, read from the server. */
export function DryRunResult({ batchId, ...rest }: DryRunResultProps) {
  const [{ data, error }, reexecute] = useQuery({
    query: DryRunBatchQuery,
    variables: { id: batchId },
    requestPolicy: 'network-only',
  });
  if (error) return <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.importBatch) return <Skeleton active />;
  return <DryRunReview batch={data.importBatch} {...rest} />;
}

