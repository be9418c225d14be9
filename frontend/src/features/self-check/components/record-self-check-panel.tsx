import { useQuery } from 'urql';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { RecordSelfCheckQuery } from '../api/record-self-check-query';
import { SelfCheckStatus } from './self-check-status';
import './self-check.css';

/** The self-check card of a record's page (nothing when no campaign covers the record). */
export function RecordSelfCheckPanel({ recordId }: { recordId: string }) {
  const [{ data, error }, reexecute] = useQuery({
    query: RecordSelfCheckQuery,
    variables: { id: recordId },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const check = data?.record?.selfCheck;
  if (!check) return null;
  return <SelfCheckStatus recordId={recordId} selfCheck={check} />;
}
