import { Button } from 'antd-mobile';
import { GlobalOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n/languages';
import { useLanguage } from '@/lib/i18n/use-language';

/** One tap toggles between the two languages; the button names the language it switches to. */
export function StudentLanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const next = LANGUAGES.find((candidate) => candidate.code !== language) ?? LANGUAGES[0];
  return (
    <Button
      size="mini"
      fill="none"
      aria-label={`${t('language.switch')}: ${next.nativeName}`}
      onClick={() => void setLanguage(next.code)}
    >
      <GlobalOutline /> {next.nativeName}
    </Button>
  );
}
