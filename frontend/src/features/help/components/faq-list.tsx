import { Button, Collapse } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TOPIC_LINKS, type FaqEntry, type FaqTopic } from './faq-topics';

interface FaqListProps {
  entries: FaqEntry[];
  open: FaqTopic[];
  onOpenChange: (open: FaqTopic[]) => void;
}

/** The questions as a collapsible list; each answer ends with its next step and, when there is one, the screen. */
export function FaqList({ entries, open, onOpenChange }: FaqListProps) {
  const { t } = useTranslation('help');
  return (
    <Collapse activeKey={open} onChange={(keys) => onOpenChange(keys as FaqTopic[])}>
      {entries.map((entry) => {
        const link = TOPIC_LINKS[entry.topic];
        return (
          <Collapse.Panel key={entry.topic} title={<h2 className="help-question">{entry.question}</h2>}>
            <div id={`help-${entry.topic}`} data-topic={entry.topic} className="help-answer">
              {entry.answer.split('\n').map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              <p className="help-next">
                <strong>{t('nextStep')}：</strong>
                {entry.next}
              </p>
              {link && (
                <Link to={link}>
                  <Button size="small" color="primary" fill="outline">
                    {t('open')}
                  </Button>
                </Link>
              )}
            </div>
          </Collapse.Panel>
        );
      })}
    </Collapse>
  );
}
