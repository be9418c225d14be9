import { lazy, Suspense } from 'react';
import { MobileLoading } from '@/components/mobile/mobile-loading';

const RecordSelfCheckPanel = lazy(async () => ({
  default: (await import('@/features/self-check/components/record-self-check-panel')).RecordSelfCheckPanel,
}));

const PendingTasksCard = lazy(async () => ({
  default: (await import('@/features/self-check/components/pending-tasks-card')).PendingTasksCard,
}));

/** The self-check card on a record's page, loaded with the self-check chunk. */
export function StudentRecordPanel({ recordId }: { recordId: string }) {
  return (
    <Suspense fallback={<MobileLoading />}>
      <RecordSelfCheckPanel recordId={recordId} />
    </Suspense>
  );
}

/** The pending tasks above the record list. */
export function StudentPendingTasks() {
  return (
    <Suspense fallback={null}>
      <PendingTasksCard />
    </Suspense>
  );
}
