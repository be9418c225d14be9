import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/lib/i18n/languages';
import { useLanguage } from '@/lib/i18n/use-language';

export function StaffLanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented<Language>
      aria-label={t('language.switch')}
      value={language}
      options={LANGUAGES.map((candidate) => ({ value: candidate.code, label: candidate.nativeName }))}
      onChange={(value) => void setLanguage(value)}
    />
  );
}
