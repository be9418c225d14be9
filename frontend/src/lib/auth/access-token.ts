// The access token lives in memory only: never in localStorage, sessionStorage, cookies we set,
// or URLs. After a reload, lib/auth/session.ts gets a new one through the httpOnly refresh cookie.

type Listener = (token: string | null) => void;

let current: string | null = null;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return current;
}

export function setAccessToken(token: string | null): void {
  const next = token && token.trim() !== '' ? token : null;
  if (next === current) return;
  current = next;
  listeners.forEach((listener) => listener(current));
}

export function clearAccessToken(): void {
  setAccessToken(null);
}

/** Calls `listener` whenever the token changes; returns the unsubscribe function. */
export function onAccessTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
