import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { ForbiddenResult } from './forbidden-result';

interface RequireSessionProps {
  /** Any one of these roles may enter; empty means any signed-in staff member. */
  roles?: readonly string[];
  children: ReactNode;
}

/** Guards a staff screen: signed-out visitors go to the login page and come back afterwards. */
export function RequireSession({ roles = [], children }: RequireSessionProps) {
  const state = useSession();
  const location = useLocation();

  useEffect(() => {
    void session.restore();
  }, []);

  if (state.status === 'signedOut') {
    return <Navigate to="/staff/login" replace state={{ from: location.pathname }} />;
  }
  if (state.status !== 'signedIn') return <PageLoading />;
  if (roles.length > 0 && !state.account.roles.some((role) => roles.includes(role))) return <ForbiddenResult />;
  return children;
}
