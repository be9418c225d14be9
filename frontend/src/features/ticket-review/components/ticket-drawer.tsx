import { Alert, App, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { TicketQuery } from '../api/ticket-query';
import type { ActionResult } from './action-result';
import { CollegeReviewPanel } from './college-review-panel';
import { DecisionPanel } from './decision-panel';
import { NeedsInfoButton } from './needs-info-button';
import { TicketEvents } from './ticket-events';
import { TicketItemsTable } from './ticket-items-table';
import { TicketStateTag } from './ticket-state-tag';

export interface ReviewerRights {
  decide: boolean;
  collegeReview: boolean;
}

interface TicketDrawerProps {
  ticketId: string | null;
  rights: ReviewerRights;
  onClose: () => void;
  onChanged: () => void;
}

const REVIEWABLE = ['SUBMITTED', 'IN_REVIEW'];

/** One ticket: current and requested values side by side, evidence, history, and the reviewer's action. */
export function TicketDrawer({ ticketId, rights, onClose, onChanged }: TicketDrawerProps) {
  const { t } = useTranslation('ticketReview');
  const { message } = App.useApp();
  const [conflict, setConflict] = useState<{ message: string; staleVersion: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TicketQuery,
    variables: { id: ticketId ?? '' },
    pause: ticketId === null,
    requestPolicy: 'cache-and-network',
  });
  const ticket = ticketId !== null && data?.correctionTicket?.id === ticketId ? data.correctionTicket : null;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const onResult = (result: ActionResult) => {
    if (!ticket) return;
    setRefusal(null);
    if (result.kind === 'saved') {
      setConflict(null);
      void message.success(t('saved'));
      onChanged();
    } else if (result.kind === 'conflict') {
      setConflict({ message: result.message, staleVersion: ticket.version });
    } else {
      setRefusal(result.message);
    }
    refresh();
  };

  const reviewable = ticket !== null && REVIEWABLE.includes(ticket.state);
  const pendingIdentity = ticket?.items.filter((item) => item.tier === 'IDENTITY' && !item.collegeRecommendation).map((item) => item.id) ?? [];
  const undecided = ticket?.items.filter((item) => !item.decision).map((item) => item.id) ?? [];
  const lastEvent = ticket?.events.at(-1);
  const freshAfterConflict = conflict !== null && ticket !== null && ticket.version !== conflict.staleVersion;

  return (
    <Drawer
      open={ticketId !== null}
      onClose={() => {
        setConflict(null);
        setRefusal(null);
        onClose();
      }}
      size={1000}
      title={ticket ? t('detail.title', { name: ticket.record.name }) : t('detail.loading')}
      extra={ticket && reviewable && (rights.decide || rights.collegeReview) && <NeedsInfoButton ticketId={ticket.id} version={ticket.version} onResult={onResult} />}
      destroyOnHidden
    >
      {error && <QueryErrorAlert error={error} onRetry={refresh} />}
      {!ticket && fetching && <Skeleton active />}
      {ticket && (
        <Flex vertical gap={16}>
          {conflict && (
            <Alert
              type="warning"
              showIcon
              data-testid="ticket-conflict"
              title={conflict.message}
              description={
                freshAfterConflict
                  ? t('conflict.fresh', { state: t(`state.${ticket.state}`), version: ticket.version, actor: lastEvent?.actor ?? '—', note: lastEvent?.note ?? '' })
                  : t('conflict.loading')
              }
            />
          )}
          {refusal && <Alert type="error" showIcon title={refusal} />}
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label={t('queue.studentNumber')}>{ticket.record.studentNumber}</Descriptions.Item>
            <Descriptions.Item label={t('queue.college')}>{ticket.college.name}</Descriptions.Item>
            <Descriptions.Item label={t('queue.state')}>
              <TicketStateTag state={ticket.state} />
            </Descriptions.Item>
          </Descriptions>
          {rights.decide && reviewable && pendingIdentity.length === 0 ? (
            <DecisionPanel key={ticket.version} ticketId={ticket.id} version={ticket.version} itemIds={undecided} items={ticket.items} onResult={onResult} />
          ) : rights.collegeReview && reviewable && pendingIdentity.length > 0 ? (
            <CollegeReviewPanel key={ticket.version} ticketId={ticket.id} version={ticket.version} identityItemIds={pendingIdentity} items={ticket.items} onResult={onResult} />
          ) : (
            <>
              {rights.decide && reviewable && <Alert type="info" showIcon title={t('detail.waitingForCollege')} />}
              <TicketItemsTable items={ticket.items} evidenceHidden={!rights.decide && !rights.collegeReview} />
            </>
          )}
          {ticket.reason && (
            <Typography.Paragraph>
              {t('detail.reason')}: {ticket.reason}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
          <TicketEvents events={ticket.events} />
        </Flex>
      )}
    </Drawer>
  );
}
