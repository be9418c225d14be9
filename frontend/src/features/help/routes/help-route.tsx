import { Card } from 'antd-mobile';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { FaqList } from '../components/faq-list';
import { FAQ_TOPICS, isFaqTopic, searchFaq, type FaqEntry, type FaqTopic } from '../components/faq-topics';
import '../components/help.css';

/** 帮助中心: the notices' FAQ in plain words; `/help#smsLocked` opens that question. */
export function HelpRoute() {
  const { t } = useTranslation('help');
  const { hash } = useLocation();
  const linked = hash.slice(1);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<FaqTopic[]>(isFaqTopic(linked) ? [linked] : []);

  useEffect(() => {
    if (!isFaqTopic(linked)) return;
    setOpen((current) => (current.includes(linked) ? current : [...current, linked]));
    document.getElementById(`help-${linked}`)?.scrollIntoView?.({ block: 'center' });
  }, [linked]);

  const entries: FaqEntry[] = useMemo(
    () =>
      FAQ_TOPICS.map((topic) => ({
        topic,
        question: t(`topics.${topic}.q`),
        answer: t(`topics.${topic}.a`),
        next: t(`topics.${topic}.next`),
      })),
    [t],
  );
  const shown = searchFaq(entries, query);

  return (
    <>
      <Card>
        <h1 className="help-title">{t('title')}</h1>
        <p className="help-intro">{t('intro')}</p>
        {/* A native search field: antd-mobile's SearchBar puts aria-label on a role-less div. */}
        <input
          type="search"
          className="help-search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={t('searchLabel')}
        />
      </Card>
      <p className="help-count" role="status" aria-live="polite">
        {shown.length === 0 ? t('noMatch', { query }) : query.trim() ? t('matches', { count: shown.length }) : ''}
      </p>
      {/* A search opens every match: the student sees the answers without another tap. */}
      <FaqList entries={shown} open={query.trim() ? shown.map((entry) => entry.topic) : open} onOpenChange={setOpen} />
      <p className="help-contact">{t('contact')}</p>
    </>
  );
}
