import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { getAccessToken } from './auth/access-token';
import i18n from './i18n/i18n';
import { toLanguage } from './i18n/languages';

export const GRAPHQL_PATH = '/graphql';

/** Headers of every HTTP request: the UI language always, the bearer token when signed in. */
export function requestHeaders(
  token: string | null = getAccessToken(),
  language: string | undefined = i18n.language,
): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': toLanguage(language) };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** The graphql-transport-ws `connection_init` payload: auth travels here, never in the URL. */
export function connectionParams(
  token: string | null = getAccessToken(),
  language: string | undefined = i18n.language,
): Record<string, string> {
  return requestHeaders(token, language);
}

/** Same origin as the page: ws: behind http, wss: behind https. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

export interface GraphqlSession {
  client: Client;
  /** Closes the WebSocket, if one was opened. */
  dispose(): void;
}

/**
 * One urql client per signed-in identity (the provider makes a new one when the token changes, so
 * no cached data crosses users). The WebSocket opens only when a subscription starts.
 */
export function createGraphqlSession(): GraphqlSession {
  let ws: WsClient | null = null;
  const webSocket = (): WsClient => {
    ws ??= createWsClient({
      url: webSocketUrl(),
      lazy: true,
      retryAttempts: 5,
      connectionParams: () => connectionParams(),
    });
    return ws;
  };

  const client = new Client({
    url: GRAPHQL_PATH,
    // Always POST: the contract is POST /graphql, and GET URLs end up in proxy logs.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: requestHeaders() }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = webSocket().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose() {
      void ws?.dispose();
      ws = null;
    },
  };
}
