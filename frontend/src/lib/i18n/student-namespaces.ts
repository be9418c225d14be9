import i18n from './i18n';

/**
 * Namespaces of the student screens beyond the landing page, fetched with their screen's chunk
 * rather than in the entry bundle (the landing page's budget is 250 KB gzip of JavaScript).
 */
const LOADERS = {
  help: () => Promise.all([import('./locales/zh-CN/help.json'), import('./locales/en/help.json')]),
  selfcheck: () => Promise.all([import('./locales/zh-CN/selfcheck.json'), import('./locales/en/selfcheck.json')]),
  corrections: () => Promise.all([import('./locales/zh-CN/corrections.json'), import('./locales/en/corrections.json')]),
  receipts: () => Promise.all([import('./locales/zh-CN/receipts.json'), import('./locales/en/receipts.json')]),
  registration: () => Promise.all([import('./locales/zh-CN/registration.json'), import('./locales/en/registration.json')]),
  profile: () => Promise.all([import('./locales/zh-CN/profile.json'), import('./locales/en/profile.json')]),
  inbox: () => Promise.all([import('./locales/zh-CN/inbox.json'), import('./locales/en/inbox.json')]),
} as const;

export type StudentNamespace = keyof typeof LOADERS;

export const STUDENT_NAMESPACES = Object.keys(LOADERS) as StudentNamespace[];

/** Adds the namespaces (both languages) to i18next once; later calls resolve at once. */
export async function loadStudentNamespaces(namespaces: readonly StudentNamespace[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((namespace) => !i18n.hasResourceBundle('zh-CN', namespace))
      .map(async (namespace) => {
        const [zh, en] = await LOADERS[namespace]();
        i18n.addResourceBundle('zh-CN', namespace, zh.default, true, true);
        i18n.addResourceBundle('en', namespace, en.default, true, true);
      }),
  );
}
