import { RequireSession } from '@/features/auth/components/require-session';
import { DashboardRoute } from '@/features/dashboard/routes/dashboard-route';
import { useSession } from '@/lib/auth/use-session';

const DASHBOARD_ROLES = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR', 'ANALYST'];

function Dashboard() {
  const state = useSession();
  const roles = state.status === 'signedIn' ? state.account.roles : [];
  const staff = roles.some((role) => ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR'].includes(role));
  const canRemind = roles.some((role) => ['REGISTRAR', 'COLLEGE_ADMIN'].includes(role));
  return <DashboardRoute showPeople={staff} canRemind={canRemind} />;
}

export function StaffDashboardRoute() {
  return (
    <RequireSession roles={DASHBOARD_ROLES}>
      <Dashboard />
    </RequireSession>
  );
}
