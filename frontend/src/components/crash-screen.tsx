import { useTranslation } from 'react-i18next';
import { FallbackScreen } from './fallback-screen';

export function CrashScreen() {
  const { t } = useTranslation();
  return <FallbackScreen title={t('crash.title')} description={t('crash.description')} reload />;
}
