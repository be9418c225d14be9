import { useTranslation } from 'react-i18next';

/** Shown while a lazily loaded area (its code) arrives; plain markup, no UI library yet. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      {t('state.loading')}
    </div>
  );
}
