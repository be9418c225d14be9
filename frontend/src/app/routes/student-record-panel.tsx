import { lazy, Suspense } from 'react';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { loadStudentNamespaces } from '@/lib/i18n/student-namespaces';

const RecordSelfCheckPanel = lazy(async () => {
  const [module] = await Promise.all([
    import('@/features/self-check/components/record-self-check-panel'),
    loadStudentNamespaces(['selfcheck']),
  ]);
  return { default: module.RecordSelfCheckPanel };
});

const PendingTasksCard = lazy(async () => {
  const [module] = await Promise.all([
    import('@/features/self-check/components/pending-tasks-card'),
    loadStudentNamespaces(['selfcheck']),
  ]);
  return { default: module.PendingTasksCard };
});

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
