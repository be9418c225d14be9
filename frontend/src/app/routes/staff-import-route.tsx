import { RequireSession } from '@/features/auth/components/require-session';
import { ImportRoute } from '@/features/import/routes/import-route';

const IMPORT_ROLES = ['REGISTRAR'];

export function StaffImportRoute() {
  return (
    <RequireSession roles={IMPORT_ROLES}>
      <ImportRoute />
    </RequireSession>
  );
}
