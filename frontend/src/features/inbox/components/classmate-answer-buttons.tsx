import { Button, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { AnswerClassmateAssistMutation } from '../api/inbox-query';
import { answerOutcome, type AnswerOutcome } from './classmate-answer';

interface ClassmateAnswerProps {
  /** The message's subjectId: the request's id. */
  requestId: string;
}

/** 同学协助核验请求: confirm that the person is the classmate they claim to be, or decline. */
export function ClassmateAnswer({ requestId }: ClassmateAnswerProps) {
  const { t } = useTranslation('inbox');
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(null);
  // Confirming hands an identity to someone: the choice is asked once more, in place.
  const [asking, setAsking] = useState<boolean | null>(null);
  const [{ fetching, error }, answer] = useMutation(AnswerClassmateAssistMutation);

  const send = async (confirm: boolean) => {
    setAsking(null);
    const result = await answer({ input: { requestId, confirm } });
    setOutcome(answerOutcome(result.data?.answerClassmateAssist));
  };

  if (outcome?.kind === 'confirmed' || outcome?.kind === 'declined') {
    return (
      <div role="status">
        <NoticeBar color={outcome.kind === 'confirmed' ? 'success' : 'default'} wrap content={t(`classmate.${outcome.kind}`)} />
      </div>
    );
  }
  if (outcome?.kind === 'closed') {
    return (
      <div role="status">
        <NoticeBar color="default" wrap content={t('classmate.closed')} />
      </div>
    );
  }

  return (
    <div className="inbox-answer">
      <p className="inbox-hint">{t('classmate.hint')}</p>
      {outcome?.kind === 'refused' && <PayloadErrorNotice error={outcome} />}
      {error && <QueryErrorBlock error={error} />}
      {asking === null ? (
        <div className="inbox-answer-actions">
          <Button size="small" color="primary" loading={fetching} disabled={fetching} onClick={() => setAsking(true)}>
            {t('classmate.confirm')}
          </Button>
          <Button size="small" fill="outline" disabled={fetching} onClick={() => setAsking(false)}>
            {t('classmate.decline')}
          </Button>
        </div>
      ) : (
        <div role="group" aria-label={t(asking ? 'classmate.confirmCheck' : 'classmate.declineCheck')} className="inbox-answer-check">
          <p>{t(asking ? 'classmate.confirmCheck' : 'classmate.declineCheck')}</p>
          <div className="inbox-answer-actions">
            <Button size="small" color={asking ? 'primary' : 'danger'} loading={fetching} onClick={() => void send(asking)}>
              {t(asking ? 'classmate.confirmSure' : 'classmate.declineSure')}
            </Button>
            <Button size="small" fill="outline" disabled={fetching} onClick={() => setAsking(null)}>
              {t('classmate.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
