import { Button, Card, Checkbox, ErrorBlock, NoticeBar, Result, Steps } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { RecordSelfCheckQuery } from '../api/record-self-check-query';
import { ConfirmSummary } from '../components/confirm-summary';
import { PhotoCheck } from '../components/photo-check';
import { SelfCheckStatus } from '../components/self-check-status';
import { useConfirm } from '../components/use-confirm';
import '../components/self-check.css';

type Step = 'record' | 'photo' | 'done';

interface Confirmation {
  valid: boolean;
  assisted: boolean;
}

// An assisted confirmation (代确认) or one of an older version does not count for the student.
const own = (confirmation: Confirmation | null | undefined) => Boolean(confirmation?.valid && !confirmation.assisted);

/** 核对并确认: a summary of what is being confirmed, then the record, then the photo. */
export function ConfirmRoute() {
  const { t } = useTranslation('selfcheck');
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RecordSelfCheckQuery, variables: { id } });
  const [ticked, setTicked] = useState<Record<Step, boolean>>({ record: false, photo: false, done: false });
  const recordConfirm = useConfirm('RECORD');
  const photoConfirm = useConfirm('ADMISSION_PHOTO');
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const base = `/me/records/${encodeURIComponent(id)}`;

  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const record = data?.record;
  if (!record) {
    return (
      <Card>
        <ErrorBlock status="empty" title={t('confirm.missing')} description={null}>
          <Link to="/me">
            <Button size="small" color="primary">
              {t('confirm.toRecord')}
            </Button>
          </Link>
        </ErrorBlock>
      </Card>
    );
  }
  const check = record.selfCheck;
  if (!check) {
    return (
      <Card>
        <ErrorBlock status="empty" title={t('noCampaign')} description={null} />
      </Card>
    );
  }

  const recordDone = own(check.recordConfirmation);
  const photoDone = !check.photoRequired || own(check.photoConfirmation);
  let step: Step = !recordDone ? 'record' : !photoDone ? 'photo' : 'done';
  if (search.get('step') === 'photo' && !photoDone) step = 'photo';
  const stepIndex = { record: 0, photo: 1, done: 2 }[step];

  if (!check.canConfirm && step !== 'done') {
    return (
      <>
        <div role="alert" className="confirm-step-body">
          <NoticeBar color="alert" wrap content={check.outOfScopeReason ?? t('confirm.cannot')} />
        </div>
        <SelfCheckStatus recordId={record.id} selfCheck={check} />
      </>
    );
  }

  const submit = async (which: 'record' | 'photo') => {
    if (which === 'record') await recordConfirm.confirm(record.id, record.version);
    else await photoConfirm.confirm(record.id, record.version);
    // Whatever the answer (confirmed, record changed, window closed), show the record as now stored.
    refresh();
  };

  const current = step === 'record' ? recordConfirm : photoConfirm;

  return (
    <>
      <Card>
        <h1 className="self-check-title">{t('confirm.title')}</h1>
        <Steps current={stepIndex}>
          <Steps.Step title={t('confirm.stepRecord')} status={recordDone ? 'finish' : stepIndex === 0 ? 'process' : 'wait'} />
          <Steps.Step title={t('confirm.stepPhoto')} status={photoDone ? 'finish' : stepIndex === 1 ? 'process' : 'wait'} />
          <Steps.Step title={t('confirm.stepDone')} status={step === 'done' ? 'finish' : 'wait'} />
        </Steps>
      </Card>
      {step !== 'done' && current.refusal && (
        <div className="confirm-step-body">
          <PayloadErrorNotice error={current.refusal} instructions={current.refusal.instructions} />
        </div>
      )}
      {step !== 'done' && current.error && <QueryErrorBlock error={current.error} />}

      {step === 'record' && (
        <>
          <div className="confirm-step-body">
            <p className="confirm-intro">{t('confirm.recordIntro')}</p>
          </div>
          <ConfirmSummary record={record} fields={check.fieldsToCheck} />
          <div className="confirm-step-body">
            <Checkbox checked={ticked.record} onChange={(value) => setTicked({ ...ticked, record: value })}>
              {t('confirm.checkbox')}
            </Checkbox>
            <Button
              block
              color="primary"
              size="large"
              disabled={!ticked.record}
              loading={recordConfirm.fetching}
              onClick={() => void submit('record')}
            >
              {t('confirm.submitRecord')}
            </Button>
            <Link to={`${base}/correct`}>
              <Button block fill="outline">
                {t('confirm.wrong')}
              </Button>
            </Link>
          </div>
        </>
      )}

      {step === 'photo' && (
        <Card title={t('confirm.photoLabel')}>
          {recordDone && <p className="confirm-intro">✓ {t('confirm.recordDone')}</p>}
          <p className="confirm-intro">{t('confirm.photoIntro')}</p>
          <PhotoCheck recordId={record.id} />
          <div className="self-check-actions">
            <Checkbox checked={ticked.photo} onChange={(value) => setTicked({ ...ticked, photo: value })}>
              {t('confirm.photoCheckbox')}
            </Checkbox>
            <Button
              block
              color="primary"
              size="large"
              disabled={!ticked.photo}
              loading={photoConfirm.fetching}
              onClick={() => void submit('photo')}
            >
              {t('confirm.submitPhoto')}
            </Button>
            <Link to={`${base}/correct?field=admissionPhoto`}>
              <Button block fill="outline">
                {t('confirm.wrong')}
              </Button>
            </Link>
          </div>
        </Card>
      )}

      {step === 'done' && (
        <Card>
          <Result status="success" title={t('confirm.doneTitle')} description={t('confirm.doneText')} />
          {!check.photoRequired && <p className="confirm-intro">{t('confirm.noPhoto')}</p>}
          <div className="self-check-actions">
            <Link to={`${base}/receipts`}>
              <Button block color="primary">
                {t('confirm.toReceipts')}
              </Button>
            </Link>
            <Link to={base}>
              <Button block fill="outline">
                {t('confirm.toRecord')}
              </Button>
            </Link>
          </div>
        </Card>
      )}
    </>
  );
}
