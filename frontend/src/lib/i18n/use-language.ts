import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { toLanguage, type Language } from './languages';

/** The current UI language and a setter that also persists the choice. */
export function useLanguage(): [Language, (language: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  return [toLanguage(i18n.resolvedLanguage ?? i18n.language), changeLanguage];
}
