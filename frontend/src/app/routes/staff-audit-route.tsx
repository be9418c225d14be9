import { RequireSession } from '@/features/auth/components/require-session';
import { AuditLogRoute } from '@/features/audit-log/routes/audit-log-route';

export function StaffAuditRoute() {
  return (
    <RequireSession roles={['REGISTRAR', 'COLLEGE_ADMIN']}>
      <AuditLogRoute />
    </RequireSession>
  );
}
