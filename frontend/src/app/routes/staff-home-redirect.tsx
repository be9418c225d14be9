import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { staffHomePath } from '../layouts/staff-menu';

/** /staff: the first screen the signed-in role may use (the public reference data when signed out). */
export function StaffHomeRedirect() {
  const state = useSession();
  useEffect(() => {
    void session.restore();
  }, []);
  if (state.status === 'unknown' || state.status === 'restoring') return <PageLoading />;
  return <Navigate to={staffHomePath(state.status === 'signedIn' ? state.account.roles : null)} replace />;
}
