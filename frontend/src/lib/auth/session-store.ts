import { setAccessToken } from './access-token';

/** The signed-in person (staff or student) as the header and the navigation need them. */
export interface SessionAccount {
  id: string;
  displayName: string;
  roles: readonly string[];
  institutionName: string | null;
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: string;
}

export type SessionState =
  | { status: 'unknown' }
  | { status: 'restoring' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; account: SessionAccount; expiresAt: string };

export interface SessionDeps {
  /** POST /api/auth/refresh: a new token, or null when the refresh cookie is gone (401). */
  refresh(): Promise<IssuedToken | null>;
  /** The account of the current token (`me`), or null. */
  fetchAccount(): Promise<SessionAccount | null>;
  /** POST /api/auth/logout. */
  logout(): Promise<void>;
  /**
   * Whether this browser signed in before and has not signed out since (a flag, never the token).
   * Without it there is no refresh cookie to try, and no 401 to provoke.
   */
  sessionHint?: { get(): boolean; set(present: boolean): void };
  now?: () => number;
  setTimer?: (run: () => void, delayMs: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Renew this long before the access token runs out. */
export const RENEW_BEFORE_MS = 60_000;
const MIN_DELAY_MS = 5_000;

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Restores a session from the refresh cookie (once; later calls share the first). */
  restore(): Promise<SessionState>;
  /** Takes over a token and account from a successful login. */
  signIn(token: IssuedToken, account: SessionAccount): void;
  signOut(): Promise<void>;
}

/**
 * The session (staff and students): the access token stays in memory (access-token.ts); after a reload the
 * httpOnly refresh cookie brings it back, and a timer renews it shortly before it expires.
 */
export function createSessionStore(deps: SessionDeps): SessionStore {
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((run, delay) => setTimeout(run, delay));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: SessionState = { status: 'unknown' };
  let restoring: Promise<SessionState> | null = null;
  let timer: unknown = null;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const cancelRenewal = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const scheduleRenewal = (expiresAt: string) => {
    cancelRenewal();
    const delay = Math.max(MIN_DELAY_MS, Date.parse(expiresAt) - now() - RENEW_BEFORE_MS);
    timer = setTimer(() => void renew(), delay);
  };

  const hint = deps.sessionHint ?? { get: () => true, set: () => undefined };

  const toSignedOut = () => {
    cancelRenewal();
    hint.set(false);
    setAccessToken(null);
    set({ status: 'signedOut' });
  };

  const renew = async () => {
    timer = null;
    const token = await deps.refresh().catch(() => null);
    if (!token) return toSignedOut();
    setAccessToken(token.accessToken);
    if (state.status === 'signedIn') set({ ...state, expiresAt: token.expiresAt });
    scheduleRenewal(token.expiresAt);
  };

  const runRestore = async (): Promise<SessionState> => {
    if (!hint.get()) {
      toSignedOut();
      return state;
    }
    set({ status: 'restoring' });
    const token = await deps.refresh().catch(() => null);
    if (!token) {
      toSignedOut();
      return state;
    }
    setAccessToken(token.accessToken);
    const account = await deps.fetchAccount().catch(() => null);
    if (!account) {
      toSignedOut();
      return state;
    }
    set({ status: 'signedIn', account, expiresAt: token.expiresAt });
    scheduleRenewal(token.expiresAt);
    return state;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    restore() {
      if (state.status === 'signedIn' || state.status === 'signedOut') return Promise.resolve(state);
      restoring ??= runRestore().finally(() => {
        restoring = null;
      });
      return restoring;
    },
    signIn(token, account) {
      hint.set(true);
      setAccessToken(token.accessToken);
      set({ status: 'signedIn', account, expiresAt: token.expiresAt });
      scheduleRenewal(token.expiresAt);
    },
    async signOut() {
      await deps.logout().catch(() => undefined);
      toSignedOut();
    },
  };
}
