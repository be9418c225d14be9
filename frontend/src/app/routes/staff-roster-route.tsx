import { RequireSession } from '@/features/auth/components/require-session';
import { RosterRoute } from '@/features/roster/routes/roster-route';

const ROSTER_ROLES = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR'];

export function StaffRosterRoute() {
  return (
    <RequireSession roles={ROSTER_ROLES}>
      <RosterRoute />
    </RequireSession>
  );
}
