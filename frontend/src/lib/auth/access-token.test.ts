import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearAccessToken, getAccessToken, onAccessTokenChange, setAccessToken } from './access-token';

afterEach(() => clearAccessToken());

describe('access token holder', () => {
  it('tells listeners when the token changes, and only then', () => {
    const listener = vi.fn();
    const unsubscribe = onAccessTokenChange(listener);
    setAccessToken('a');
    setAccessToken('a');
    clearAccessToken();
    unsubscribe();
    setAccessToken('b');
    expect(listener.mock.calls).toEqual([['a'], [null]]);
  });

  it('treats a blank token as signed out', () => {
    setAccessToken('   ');
    expect(getAccessToken()).toBeNull();
  });
});
