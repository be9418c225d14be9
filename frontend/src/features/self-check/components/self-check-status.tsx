import { Button, Card, NoticeBar, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarkdownView } from '@/components/markdown-view';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format-date-time';
import { DeadlineCountdown } from './deadline-countdown';

export const SelfCheckStatus_RecordSelfCheckFragment = graphql(`
  fragment SelfCheckStatus_RecordSelfCheckFragment on RecordSelfCheck {
    state
    deadline
    extended
    outOfScopeReason
    canConfirm
    finished
    photoRequired
    needsReconfirmation
    campaign {
      id
      name
      notice
      opensAt
      closesAt
    }
    recordConfirmation {
      id
      confirmedAt
      valid
      assisted
    }
    photoConfirmation {
      id
      confirmedAt
      valid
      assisted
    }
  }
`);

const STATE_COLOURS = { NOT_YET_OPEN: 'default', OPEN: 'primary', CLOSED: 'warning', OUT_OF_SCOPE: 'default' } as const;

interface Confirmation {
  confirmedAt: string;
  valid: boolean;
  assisted: boolean;
}

interface SelfCheckStatusProps {
  recordId: string;
  selfCheck: FragmentType<typeof SelfCheckStatus_RecordSelfCheckFragment>;
}

/** Where the record's self-check stands: the window and countdown, what is confirmed, what to do next. */
export function SelfCheckStatus(props: SelfCheckStatusProps) {
  const { t, i18n } = useTranslation('selfcheck');
  const check = useFragment(SelfCheckStatus_RecordSelfCheckFragment, props.selfCheck);
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const base = `/me/records/${encodeURIComponent(props.recordId)}`;

  const confirmationText = (confirmation: Confirmation | null | undefined) => {
    if (!confirmation) return t('confirmation.none');
    if (confirmation.assisted) return t('confirmation.assisted');
    if (!confirmation.valid) return t('confirmation.changed');
    return t('confirmation.done', { at: at(confirmation.confirmedAt) });
  };
  const ok = (confirmation: Confirmation | null | undefined) =>
    Boolean(confirmation?.valid && !confirmation.assisted);

  return (
    <Card
      className="self-check-status"
      data-state={check.state}
      title={<h2 className="self-check-title">{check.campaign.name}</h2>}
      extra={<Tag color={STATE_COLOURS[check.state]}>{t(`state.${check.state}`)}</Tag>}
    >
      {check.state === 'NOT_YET_OPEN' && (
        <p>{t('window.notYetOpen', { opensAt: at(check.campaign.opensAt), closesAt: at(check.deadline) })}</p>
      )}
      {check.state === 'OPEN' && (
        <>
          <p>
            {t('window.open', { deadline: at(check.deadline) })} {check.extended && t('window.extended')}
          </p>
          <DeadlineCountdown deadline={check.deadline} />
        </>
      )}
      {check.state === 'CLOSED' && <p>{t('window.closed', { deadline: at(check.deadline) })}</p>}
      {check.state === 'OUT_OF_SCOPE' ? (
        <div role="note">
          <NoticeBar color="info" wrap content={check.outOfScopeReason ?? t('outOfScope')} />
        </div>
      ) : (
        <ul className="self-check-confirmations">
          <li data-ok={ok(check.recordConfirmation)}>
            <strong>{t('subject.RECORD')}</strong>：{confirmationText(check.recordConfirmation)}
          </li>
          <li data-ok={!check.photoRequired || ok(check.photoConfirmation)}>
            <strong>{t('subject.ADMISSION_PHOTO')}</strong>：
            {check.photoRequired ? confirmationText(check.photoConfirmation) : t('confirmation.notNeeded')}
          </li>
        </ul>
      )}
      {check.finished && !check.needsReconfirmation && <p className="self-check-finished">✓ {t('finished')}</p>}
      <div className="self-check-actions">
        {check.canConfirm && (!check.finished || check.needsReconfirmation) && (
          <Link to={`${base}/confirm`}>
            <Button block color="primary">
              {check.needsReconfirmation ? t('actions.reconfirm') : t('actions.confirm')}
            </Button>
          </Link>
        )}
        {check.state === 'OPEN' && (
          <Link to={`${base}/correct`}>
            <Button block fill="outline">
              {t('actions.wrong')}
            </Button>
          </Link>
        )}
        {check.finished && (
          <Link to={`${base}/receipts`}>
            <Button block fill="outline" color="primary">
              {t('actions.receipts')}
            </Button>
          </Link>
        )}
      </div>
      {check.campaign.notice.trim() && (
        <details className="self-check-notice">
          <summary>{t('notice')}</summary>
          <MarkdownView source={check.campaign.notice} />
        </details>
      )}
    </Card>
  );
}
