import { Button, Input, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { RequestClassmateMutation } from '../api/dispute-ways-api';
import { checkStudentNumber, classmateView, lastRequestFromServer, type ClassmateRequestState } from './dispute-ways';

interface ClassmateAssistProps {
  offered: boolean;
  attemptsLeft: number;
  /** The dispute's latest request as the server keeps it (null when none was sent). */
  latest?: { state: string; maskedClassmateName: string } | null;
  onChanged: () => void;
}

/** 同学协助核验: a classmate of the claimed record confirms the student from their inbox. */
export function ClassmateAssist({ offered, attemptsLeft, latest, onChanged }: ClassmateAssistProps) {
  const { t } = useTranslation('registration');
  const [studentNumber, setStudentNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setLast] = useState<ClassmateRequestState>({ kind: 'idle' });
  // this visit's answer first; otherwise what the server remembers of the latest request
  const last = answer.kind === 'idle' ? lastRequestFromServer(latest) : answer;
  const [{ fetching, error }, request] = useMutation(RequestClassmateMutation);
  const view = classmateView(offered, attemptsLeft, last);

  const submit = async () => {
    const invalid = checkStudentNumber(studentNumber);
    if (invalid) return setProblem(t(`dispute.classmate.${invalid}`));
    setProblem(null);
    const result = await request({ input: { studentNumber: studentNumber.trim() } });
    const payload = result.data?.requestClassmateAssist;
    if (payload?.__typename === 'ClassmateAssistRequested') {
      setLast({ kind: 'waiting', maskedName: payload.maskedClassmateName });
      setStudentNumber('');
    } else if (payload?.__typename === 'DisputeStepRefused') {
      setLast({ kind: 'refused', code: payload.code, message: payload.message });
    }
    onChanged();
  };

  return (
    <section aria-labelledby="dispute-classmate-title">
      <h2 id="dispute-classmate-title" className="dispute-way-title">
        {t('dispute.classmate.title')}
      </h2>
      <p className="form-intro">{t('dispute.classmate.intro')}</p>
      {last.kind === 'waiting' && (
        <div role="status" className="dispute-status">
          <Tag color="primary">{t('dispute.classmate.statusWaiting')}</Tag>
          <p>{t(`dispute.classmate.${view.key}`, { name: last.maskedName })}</p>
        </div>
      )}
      {last.kind === 'declined' && (
        <div role="status" className="dispute-status">
          <Tag color="danger">{t('dispute.classmate.statusDeclined')}</Tag>
          <p>{t('dispute.classmate.declinedLast', { name: last.maskedName })}</p>
        </div>
      )}
      {view.key === 'exhausted' && <p className="input-hint input-hint-error">{t('dispute.classmate.exhausted')}</p>}
      {view.form && (
        <>
          <label className="form-label" htmlFor="dispute-classmate-number">
            {t('dispute.classmate.studentNumber')}
          </label>
          <Input
            id="dispute-classmate-number"
            className="form-input"
            value={studentNumber}
            onChange={setStudentNumber}
            placeholder={t('dispute.classmate.studentNumberPlaceholder')}
            autoComplete="off"
          />
          {problem && (
            <p className="input-hint input-hint-error" role="alert">
              {problem}
            </p>
          )}
          {last.kind === 'refused' && <PayloadErrorNotice error={last} />}
          {error && <QueryErrorBlock error={error} />}
          <p className="input-hint input-hint-info">{t('dispute.classmate.attemptsLeft', { count: attemptsLeft })}</p>
          {last.kind === 'waiting' && <p className="input-hint">{t('dispute.classmate.replaces')}</p>}
          <div className="form-actions">
            <Button color="primary" loading={fetching} onClick={() => void submit()}>
              {last.kind === 'waiting' ? t('dispute.classmate.askAnother') : t('dispute.classmate.ask')}
            </Button>
          </div>
        </>
      )}
      <p className="dispute-next">{t('dispute.classmate.next')}</p>
    </section>
  );
}
