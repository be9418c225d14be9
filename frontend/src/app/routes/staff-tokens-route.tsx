import { RequireSession } from '@/features/auth/components/require-session';
import { IntegratorTokensRoute } from '@/features/integrator-tokens/routes/integrator-tokens-route';

export function StaffTokensRoute() {
  return (
    <RequireSession roles={['REGISTRAR']}>
      <IntegratorTokensRoute />
    </RequireSession>
  );
}
