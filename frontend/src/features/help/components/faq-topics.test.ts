import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { FAQ_TOPICS, searchFaq, type FaqEntry } from './faq-topics';

function entries(language: 'zh-CN' | 'en'): FaqEntry[] {
  const t = i18n.getFixedT(language, 'help');
  return FAQ_TOPICS.map((topic) => ({
    topic,
    question: t(`topics.${topic}.q`),
    answer: t(`topics.${topic}.a`),
    next: t(`topics.${topic}.next`),
  }));
}

describe('searchFaq', () => {
  it('returns every question for an empty or blank query', () => {
    expect(searchFaq(entries('zh-CN'), '')).toHaveLength(FAQ_TOPICS.length);
    expect(searchFaq(entries('zh-CN'), '   ')).toHaveLength(FAQ_TOPICS.length);
  });

  it('finds the SMS questions by a Chinese keyword', () => {
    const topics = searchFaq(entries('zh-CN'), '锁定').map((entry) => entry.topic);
    expect(topics).toContain('smsLocked');
    expect(topics).toContain('smsNotReceived');
    expect(topics).not.toContain('afterGraduation');
  });

  it('needs every term, ignores case and full-width letters', () => {
    const topics = searchFaq(entries('en'), 'ＳＭＳ  locked').map((entry) => entry.topic);
    expect(topics).toContain('smsLocked');
    expect(topics).not.toContain('forgotUsername');
    expect(searchFaq(entries('en'), 'phone zebra')).toEqual([]);
  });

  it('has a question, an answer and a next step for every topic in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const entry of entries(language)) {
        expect(entry.question, `${language} ${entry.topic}`).not.toMatch(/^topics\./);
        expect(entry.answer).not.toMatch(/^topics\./);
        expect(entry.next).not.toMatch(/^topics\./);
      }
    }
  });
});
