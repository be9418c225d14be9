import type { CombinedError } from '@urql/core';
import type { i18n as I18n } from 'i18next';
import { toLanguage } from '../i18n/languages';

/** Codes the UI explains itself: the backend's ErrorCode catalogue plus two client-side ones. */
export const KNOWN_ERROR_CODES = [
  'OFFLINE',
  'NETWORK',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_ID',
  'INVALID_CURSOR',
  'PAGE_SIZE_OUT_OF_RANGE',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'INTERNAL',
] as const;

export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ErrorDescription {
  /** The code shown to the user for support calls; null when the server sent none. */
  code: string | null;
  message: string;
  nextStep: string;
}

function isKnownCode(code: unknown): code is KnownErrorCode {
  return KNOWN_ERROR_CODES.includes(code as KnownErrorCode);
}

function serverCode(error: CombinedError): string | null {
  const code = error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string')?.extensions
    .code;
  if (typeof code === 'string') return code;
  // A bare HTTP status without a GraphQL body (a proxy or the security filter answered).
  if (error.response?.status === 401) return 'UNAUTHENTICATED';
  if (error.response?.status === 403) return 'FORBIDDEN';
  return null;
}

function serverMessage(error: CombinedError, language: string): string | null {
  for (const graphQLError of error.graphQLErrors) {
    const messages = graphQLError.extensions?.messages;
    if (messages && typeof messages === 'object') {
      const message = (messages as Record<string, unknown>)[language];
      if (typeof message === 'string' && message.trim() !== '') return message;
    }
  }
  return null;
}

/**
 * Turns a failed operation into words for the user, in the current language: our own text for a
 * known code, else the server's `extensions.messages[lang]`, else a generic message.
 */
export function describeError(
  error: CombinedError,
  i18n: I18n,
  online: boolean = navigator.onLine,
): ErrorDescription {
  const t = i18n.getFixedT(null, 'errors');
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const code = serverCode(error);
  const known = (knownCode: KnownErrorCode): ErrorDescription => ({
    code: knownCode,
    message: t(`codes.${knownCode}.message`),
    nextStep: t(`codes.${knownCode}.next`),
  });

  if (isKnownCode(code)) return known(code);
  if (error.networkError && code === null) return known(online ? 'NETWORK' : 'OFFLINE');
  return {
    code,
    message: serverMessage(error, language) ?? t('generic.message'),
    nextStep: t('generic.next'),
  };
}
