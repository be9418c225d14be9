import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAccessToken, getAccessToken } from './access-token';
import { createSessionStore, type SessionDeps } from './session-store';

const account = { id: 'a1', displayName: '张老师', roles: ['REGISTRAR'], institutionName: '西南大学' };
const NOW = Date.parse('2025-10-22T08:00:00Z');
const in15min = '2025-10-22T08:15:00Z';

function deps(overrides: Partial<SessionDeps> = {}) {
  const timers: { run: () => void; delay: number }[] = [];
  const base: SessionDeps = {
    refresh: vi.fn(async () => ({ accessToken: 'token-2', expiresAt: in15min })),
    fetchAccount: vi.fn(async () => account),
    logout: vi.fn(async () => undefined),
    now: () => NOW,
    setTimer: (run, delay) => timers.push({ run, delay }),
    clearTimer: () => undefined,
    ...overrides,
  };
  return { deps: base, timers };
}

describe('session store', () => {
  beforeEach(() => clearAccessToken());

  it('restores a session from the refresh cookie and keeps the token in memory only', async () => {
    const { deps: d, timers } = deps();
    const store = createSessionStore(d);
    const state = await store.restore();
    expect(state).toEqual({ status: 'signedIn', account, expiresAt: in15min });
    expect(getAccessToken()).toBe('token-2');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('token-2');
    expect(window.sessionStorage.length).toBe(0);
    // Renewed one minute before the token expires.
    expect(timers.at(-1)?.delay).toBe(14 * 60_000);
  });

  it('is signed out when the refresh answers 401', async () => {
    const { deps: d } = deps({ refresh: vi.fn(async () => null) });
    const store = createSessionStore(d);
    expect((await store.restore()).status).toBe('signedOut');
    expect(getAccessToken()).toBeNull();
    expect(d.fetchAccount).not.toHaveBeenCalled();
  });

  it('does not ask the server when this browser has not signed in since its last sign-out', async () => {
    const present = { value: false };
    const sessionHint = { get: () => present.value, set: (value: boolean) => (present.value = value) };
    const { deps: d } = deps({ sessionHint });
    const store = createSessionStore(d);
    expect((await store.restore()).status).toBe('signedOut');
    expect(d.refresh).not.toHaveBeenCalled();

    store.signIn({ accessToken: 'token-1', expiresAt: in15min }, account);
    expect(present.value).toBe(true);
    await store.signOut();
    expect(present.value).toBe(false);
  });

  it('restores only once when asked twice at the same time', async () => {
    const { deps: d } = deps();
    const store = createSessionStore(d);
    await Promise.all([store.restore(), store.restore()]);
    expect(d.refresh).toHaveBeenCalledTimes(1);
  });

  it('renews the token before it expires and signs out when renewal fails', async () => {
    const refresh = vi
      .fn<SessionDeps['refresh']>()
      .mockResolvedValueOnce({ accessToken: 'token-3', expiresAt: '2025-10-22T08:30:00Z' })
      .mockResolvedValueOnce(null);
    const { deps: d, timers } = deps({ refresh });
    const store = createSessionStore(d);
    store.signIn({ accessToken: 'token-1', expiresAt: in15min }, account);
    expect(getAccessToken()).toBe('token-1');

    timers.at(-1)?.run();
    await vi.waitFor(() => expect(getAccessToken()).toBe('token-3'));
    expect(store.getState()).toMatchObject({ status: 'signedIn', expiresAt: '2025-10-22T08:30:00Z' });

    timers.at(-1)?.run();
    await vi.waitFor(() => expect(store.getState().status).toBe('signedOut'));
    expect(getAccessToken()).toBeNull();
  });

  it('signs out: ends the server session and forgets the token', async () => {
    const { deps: d } = deps();
    const store = createSessionStore(d);
    const listener = vi.fn();
    store.subscribe(listener);
    store.signIn({ accessToken: 'token-1', expiresAt: in15min }, account);
    await store.signOut();
    expect(d.logout).toHaveBeenCalled();
    expect(store.getState().status).toBe('signedOut');
    expect(getAccessToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
