import { useTranslation } from 'react-i18next';

interface FallbackScreenProps {
  title: string;
  description: string;
  /** Offers "reload" (for crashes) instead of only "back home" (for unknown addresses). */
  reload?: boolean;
}

/** A page-sized message that needs no UI library, so it works whatever else failed to load. */
export function FallbackScreen({ title, description, reload = false }: FallbackScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="fallback-screen" role={reload ? 'alert' : undefined}>
      <h1>{title}</h1>
      <p>{description}</p>
      {reload && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('state.reload')}
        </button>
      )}
      <a href="/">{t('state.backHome')}</a>
    </main>
  );
}
