import { RequireSession } from '@/features/auth/components/require-session';
import { StaffAccountsRoute } from '@/features/staff-accounts/routes/staff-accounts-route';

export function StaffStaffAccountsRoute() {
  return (
    <RequireSession roles={['REGISTRAR']}>
      <StaffAccountsRoute />
    </RequireSession>
  );
}
