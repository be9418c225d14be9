import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { PendingTasksQuery } from '../api/pending-tasks-query';
import { taskRoute } from '../components/task-route';

/** Right after sign-in: straight to the first unfinished task, or to "my records" when there is none. */
export function NextTaskRoute() {
  const [{ data, fetching, error }] = useQuery({ query: PendingTasksQuery, requestPolicy: 'network-only' });
  // A failure here must not strand the student: "my records" shows the error with a retry.
  if (error) return <Navigate to="/me" replace />;
  if (fetching || !data) return <MobileLoading />;
  const first = data.me?.pendingTasks[0];
  return <Navigate to={first ? taskRoute(first) : '/me'} replace />;
}
