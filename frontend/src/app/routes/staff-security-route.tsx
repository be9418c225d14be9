import { RequireSession } from '@/features/auth/components/require-session';
import { SecurityRoute } from '@/features/auth/routes/security-route';

const STAFF_ROLES = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR', 'SUPPORT', 'ANALYST'];

export function StaffSecurityRoute() {
  return (
    <RequireSession roles={STAFF_ROLES}>
      <SecurityRoute />
    </RequireSession>
  );
}
