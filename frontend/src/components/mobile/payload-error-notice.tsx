import { NoticeBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { describePayloadError, helpTopicFor, type PayloadError } from '@/lib/errors/describe-payload-error';
import { HelpLink } from './help-link';

interface PayloadErrorNoticeProps {
  error: PayloadError;
  /** Extra words from the server (e.g. the office's instructions), shown under the next step. */
  instructions?: string | null;
}

/** A refused action on a phone: what happened, the next step, the code for support, and help. */
export function PayloadErrorNotice({ error, instructions }: PayloadErrorNoticeProps) {
  const { t, i18n } = useTranslation('errors');
  const description = describePayloadError(error, i18n);
  const topic = helpTopicFor(error.code);
  return (
    <div role="alert" className="payload-error" data-code={error.code}>
      <NoticeBar
        color="error"
        wrap
        content={
          <>
            <div>{description.message}</div>
            <div>{description.nextStep}</div>
            {instructions && <div>{instructions}</div>}
            <small>{t('codeLabel', { code: error.code })}</small>
            {topic && (
              <div>
                <HelpLink topic={topic}>{t('helpLink')}</HelpLink>
              </div>
            )}
          </>
        }
      />
    </div>
  );
}
