/** The help centre's questions, in the order a student meets them (register → sign in → check). */
export const FAQ_TOPICS = [
  'idRegistered',
  'phoneRegistered',
  'smsNotReceived',
  'smsLocked',
  'idNumberX',
  'nameWrong',
  'forgotPassword',
  'forgotUsername',
  'recordNotFound',
  'recordWrong',
  'photoWrong',
  'outOfScope',
  'deadline',
  'afterGraduation',
  'receipt',
] as const;

export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** Where a question's fix is done in the app, when it is a screen of its own. */
export const TOPIC_LINKS: Partial<Record<FaqTopic, string>> = {
  idRegistered: '/register',
  phoneRegistered: '/register',
  forgotPassword: '/forgot-password',
  forgotUsername: '/forgot-username',
  recordNotFound: '/me',
  recordWrong: '/me',
  nameWrong: '/me/profile',
  receipt: '/verify',
};

export function isFaqTopic(value: string | null | undefined): value is FaqTopic {
  return FAQ_TOPICS.includes(value as FaqTopic);
}

export interface FaqEntry {
  topic: FaqTopic;
  question: string;
  answer: string;
  next: string;
}

/** Folds case, width (全角 → 半角) and spacing so that "ＳＭＳ" finds "SMS" and "x" finds "X". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The entries matching every word of the query (in question, answer or next step); all entries
 * for an empty query. Chinese has no spaces, so each space-separated term is matched as a substring.
 */
export function searchFaq(entries: readonly FaqEntry[], query: string): FaqEntry[] {
  const terms = normaliseForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = normaliseForSearch(`${entry.question} ${entry.answer} ${entry.next}`);
    return terms.every((term) => haystack.includes(term));
  });
}
