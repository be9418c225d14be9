import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../use-online';
import { describeError, type ErrorDescription } from './describe-error';

/** `describeError` bound to the current language and connectivity; re-renders when either changes. */
export function useErrorDescription(error: CombinedError | undefined): ErrorDescription | null {
  const { i18n } = useTranslation('errors');
  const online = useOnline();
  return error ? describeError(error, i18n, online) : null;
}
