import { QuestionCircleOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface HelpLinkProps {
  /** A help centre question (e.g. `smsLocked`); the whole help centre when absent. */
  topic?: string;
  /** The visible text; "帮助中心" when absent. */
  children?: string;
}

/** A link from an error or a hint to the help centre's answer. */
export function HelpLink({ topic, children }: HelpLinkProps) {
  const { t } = useTranslation('student');
  return (
    <Link to={topic ? `/help#${topic}` : '/help'} className="help-link">
      <QuestionCircleOutline aria-hidden /> {children ?? t('menu.help')}
    </Link>
  );
}
