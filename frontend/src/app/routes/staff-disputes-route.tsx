import { RequireSession } from '@/features/auth/components/require-session';
import { IdentityDisputesRoute } from '@/features/identity-disputes/routes/identity-disputes-route';

export function StaffDisputesRoute() {
  return (
    <RequireSession roles={['SUPPORT']}>
      <IdentityDisputesRoute />
    </RequireSession>
  );
}
