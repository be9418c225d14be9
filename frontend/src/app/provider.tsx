import { useEffect, useMemo, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { CrashScreen } from '@/components/crash-screen';
import { ErrorBoundary } from '@/components/error-boundary';
import { useSession } from '@/lib/auth/use-session';
import { createGraphqlSession } from '@/lib/graphql-client';

export function AppProvider({ children }: { children: ReactNode }) {
  const state = useSession();
  const identity = state.status === 'signedIn' ? state.account.id : null;
  // A new client (and cache) per identity: nothing one user loaded is shown to the next. Renewing
  // the token keeps the client: every request reads the current token when it is sent.
  const session = useMemo(() => createGraphqlSession(), [identity]);
  useEffect(() => () => session.dispose(), [session]);

  return (
    <ErrorBoundary fallback={<CrashScreen />}>
      <UrqlProvider value={session.client}>{children}</UrqlProvider>
    </ErrorBoundary>
  );
}
