import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearAccessToken, setAccessToken } from './auth/access-token';
import { connectionParams, createGraphqlSession, requestHeaders, webSocketUrl } from './graphql-client';
import i18n from './i18n/i18n';

afterEach(() => {
  clearAccessToken();
  vi.unstubAllGlobals();
});

describe('graphql client', () => {
  it('sends the UI language and no Authorization header while signed out', () => {
    expect(requestHeaders()).toEqual({ 'Accept-Language': 'zh-CN' });
  });

  it('sends the in-memory token as a bearer token and follows the language switch', async () => {
    setAccessToken('token-123');
    await i18n.changeLanguage('en');
    expect(requestHeaders()).toEqual({ 'Accept-Language': 'en', Authorization: 'Bearer token-123' });
    expect(connectionParams()).toEqual({ 'Accept-Language': 'en', Authorization: 'Bearer token-123' });
  });

  it('never stores the token in web storage', () => {
    setAccessToken('token-123');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('token-123');
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('token-123');
  });

  it('opens the WebSocket on the page origin, wss behind https', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'xj.example.edu.cn' })).toBe('wss://xj.example.edu.cn/graphql');
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
  });

  it('POSTs queries to /graphql with the headers', async () => {
    setAccessToken('token-123');
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { __typename: 'Query' } }), {
          headers: { 'Content-Type': 'application/graphql-response+json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const { client } = createGraphqlSession();

    const result = await client.query('query Test_Ping { __typename }', {}).toPromise();

    expect(result.data).toEqual({ __typename: 'Query' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-123');
    expect(new Headers(init.headers).get('Accept-Language')).toBe('zh-CN');
  });
});
