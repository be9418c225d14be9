import { requestHeaders } from '../graphql-client';
import { createSessionStore, type IssuedToken, type SessionAccount } from './session-store';

// Plain fetch, not urql: the session is restored before any screen (and client cache) exists.
const ME_QUERY = `query Auth_SessionMe { me { id displayName roles institution { name } } }`;

interface MeResponse {
  data?: {
    me: { id: string; displayName: string; roles: string[]; institution: { name: string } | null } | null;
  };
}

async function refresh(): Promise<IssuedToken | null> {
  const response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) return null;
  return (await response.json()) as IssuedToken;
}

async function fetchAccount(): Promise<SessionAccount | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...requestHeaders(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: ME_QUERY, operationName: 'Auth_SessionMe' }),
  });
  if (!response.ok) return null;
  const me = ((await response.json()) as MeResponse).data?.me;
  return me
    ? { id: me.id, displayName: me.displayName, roles: me.roles, institutionName: me.institution?.name ?? null }
    : null;
}

async function logout(): Promise<void> {
  await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin', headers: requestHeaders() });
}

// One flag for both areas: staff and students share the session store.
export const SESSION_HINT_KEY = 'enrolcheck.session';

// Storage can be blocked (private mode): then every start tries the refresh cookie.
const sessionHint = {
  get(): boolean {
    try {
      return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true;
    }
  },
  set(present: boolean): void {
    try {
      if (present) window.localStorage.setItem(SESSION_HINT_KEY, '1');
      else window.localStorage.removeItem(SESSION_HINT_KEY);
    } catch {
      // Not remembered; see get().
    }
  },
};

/** The app's one session, for staff and students alike. */
export const session = createSessionStore({ refresh, fetchAccount, logout, sessionHint });
