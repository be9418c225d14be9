export const LANGUAGES = [
  // Endonyms: each language is named in itself, identically in every UI language.
  { code: 'zh-CN', nativeName: '中文' },
  { code: 'en', nativeName: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** localStorage key of the chosen UI language; nothing else of the user is stored there. */
export const LANGUAGE_STORAGE_KEY = 'enrolcheck.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** Maps whatever i18next reports (`en-US`, `zh`, undefined) onto a supported language. */
export function toLanguage(value: string | undefined | null): Language {
  if (isLanguage(value)) return value;
  if (value?.toLowerCase().startsWith('en')) return 'en';
  return DEFAULT_LANGUAGE;
}
