import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FallbackScreen } from '@/components/fallback-screen';

/** Route-level error element: a failed lazy chunk or a render error shows a way out, not a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <FallbackScreen title={t('notFound.title')} description={t('notFound.description')} />;
  }
  console.error('Route error', error);
  return <FallbackScreen title={t('crash.title')} description={t('crash.description')} reload />;
}
