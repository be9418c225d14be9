import i18n from './i18n';
import { staffResources } from './staff-resources';

/** Adds the staff namespaces to i18next (once); the staff layout calls it before any staff screen renders. */
export function registerStaffNamespaces(): void {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const [namespace, bundle] of Object.entries(staffResources[language])) {
      if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, bundle, true, true);
    }
  }
}
