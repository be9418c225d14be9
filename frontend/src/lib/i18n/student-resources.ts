// Types only (erased at build): the lazily loaded student namespaces, for typed t() keys.
import type zhCorrections from './locales/zh-CN/corrections.json';
import type zhHelp from './locales/zh-CN/help.json';
import type zhInbox from './locales/zh-CN/inbox.json';
import type zhProfile from './locales/zh-CN/profile.json';
import type zhReceipts from './locales/zh-CN/receipts.json';
import type zhRegistration from './locales/zh-CN/registration.json';
import type zhSelfcheck from './locales/zh-CN/selfcheck.json';

export interface StudentResources {
  help: typeof zhHelp;
  selfcheck: typeof zhSelfcheck;
  corrections: typeof zhCorrections;
  receipts: typeof zhReceipts;
  registration: typeof zhRegistration;
  profile: typeof zhProfile;
  inbox: typeof zhInbox;
}
