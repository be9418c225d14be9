import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { CrashScreen } from '@/components/crash-screen';
import { ErrorBoundary } from '@/components/error-boundary';
import { getAccessToken, onAccessTokenChange } from '@/lib/auth/access-token';
import { createGraphqlSession } from '@/lib/graphql-client';

export function AppProvider({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(onAccessTokenChange, getAccessToken);
  // A new session (and cache) per identity: nothing one user loaded is shown to the next.
  const session = useMemo(() => createGraphqlSession(), [token]);
  useEffect(() => () => session.dispose(), [session]);

  return (
    <ErrorBoundary fallback={<CrashScreen />}>
      <UrqlProvider value={session.client}>{children}</UrqlProvider>
    </ErrorBoundary>
  );
}
