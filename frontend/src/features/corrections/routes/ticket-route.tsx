import { Button, Card, Dialog, ErrorBlock, NoticeBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { formatDateTime } from '@/lib/format-date-time';
import { TicketQuery } from '../api/tickets-query';
import { WithdrawTicketMutation } from '../api/ticket-mutations';
import { AnswerForm } from '../components/answer-form';
import { ticketColour } from '../components/ticket-colour';
import '../components/corrections.css';

const OPEN_STATES = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'];

/** One ticket: the fields side by side, the timeline with the reviewers' messages, answer and withdraw. */
export function TicketRoute() {
  const { t, i18n } = useTranslation('corrections');
  const { t: tr } = useTranslation('record');
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TicketQuery, variables: { id } });
  const [, withdraw] = useMutation(WithdrawTicketMutation);
  const [refusal, setRefusal] = useState<PayloadError | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const label = (field: string) => (field === 'admissionPhoto' ? t('fields.admissionPhoto') : tr(`fields.${field}` as never));

  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const ticket = data?.correctionTicket;
  if (!ticket) return <ErrorBlock status="empty" title={t('ticket.missing')} description={null} />;

  const askWithdraw = () =>
    void Dialog.confirm({
      title: t('ticket.withdrawTitle'),
      content: t('ticket.withdrawText'),
      confirmText: t('ticket.withdrawConfirm'),
      cancelText: t('ticket.cancel'),
      onConfirm: async () => {
        const result = await withdraw({ input: { ticketId: ticket.id, version: ticket.version } });
        const payload = result.data?.withdrawCorrectionTicket;
        if (payload && payload.__typename !== 'TicketSaved' && 'code' in payload) {
          setRefusal({ code: payload.code, message: payload.message });
        }
        refresh();
      },
    });

  return (
    <>
      <Card
        title={<h1 className="correction-item-title">{t('ticket.title')}</h1>}
        extra={
          <Tag color={ticketColour(ticket.state)} data-ticket-state={ticket.state}>
            {t(`state.${ticket.state}`)}
          </Tag>
        }
      >
        <p className="correction-hint">{t('tickets.submittedAt', { at: at(ticket.submittedAt) })}</p>
        {ticket.reason && <p className="correction-hint">{t('ticket.reason', { reason: ticket.reason })}</p>}
      </Card>
      {refusal && (
        <div className="correction-block">
          <PayloadErrorNotice error={refusal} />
        </div>
      )}
      {ticket.state === 'APPLIED' && (
        <div className="correction-block" role="note">
          <NoticeBar color="success" wrap content={t('ticket.applied')} />
          <Link to={`/me/records/${encodeURIComponent(ticket.record.id)}/confirm`}>
            <Button block color="primary">
              {t('ticket.toRecord')}
            </Button>
          </Link>
        </div>
      )}
      {ticket.state === 'NEEDS_INFO' && (
        <AnswerForm
          ticketId={ticket.id}
          version={ticket.version}
          items={ticket.items.map((item) => ({ id: item.id, label: label(item.field) }))}
          onAnswered={refresh}
        />
      )}
      <Card title={<h2 className="correction-item-title">{t('ticket.items')}</h2>}>
        {ticket.items.map((item) => (
          <section key={item.id} className="ticket-item" data-field={item.field} aria-label={label(item.field)}>
            <h3 className="correction-label">
              {label(item.field)}{' '}
              {item.decision && (
                <Tag color={item.decision === 'ACCEPTED' ? 'success' : 'danger'}>{t(`decision.${item.decision}`)}</Tag>
              )}
            </h3>
            <dl className="ticket-compare">
              <dt>{t('ticket.from')}</dt>
              <dd>{item.currentValue ?? '—'}</dd>
              <dt>{t('ticket.to')}</dt>
              <dd>{item.requestedValue}</dd>
            </dl>
            <p className="correction-hint">
              {t(`reasons.${item.reasonCode}`)} · {t(`tier.${item.tier}`)}
            </p>
            {item.note && <p className="correction-hint">{item.note}</p>}
            {item.evidence.length > 0 && (
              <p className="correction-hint">
                {t('ticket.evidence', { names: item.evidence.map((file) => file.fileName).join('、') })}
              </p>
            )}
          </section>
        ))}
      </Card>
      <Card title={<h2 className="correction-item-title">{t('ticket.timeline')}</h2>}>
        <ol className="ticket-timeline">
          {ticket.events.map((event, index) => (
            <li key={`${event.occurredAt}-${index}`} data-event-state={event.toState}>
              <strong>{event.fromState ? t(`state.${event.toState}`) : t('ticket.filed')}</strong> · {event.actor}
              <br />
              <time dateTime={event.occurredAt}>{at(event.occurredAt)}</time>
              {event.note && <div className="ticket-event-note">{event.note}</div>}
            </li>
          ))}
        </ol>
      </Card>
      {OPEN_STATES.includes(ticket.state) && (
        <div className="correction-block">
          <Button block fill="outline" color="danger" onClick={askWithdraw}>
            {t('ticket.withdraw')}
          </Button>
        </div>
      )}
    </>
  );
}
