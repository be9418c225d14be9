import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const TicketEvents_TicketEventFragment = graphql(`
  fragment TicketEvents_TicketEventFragment on TicketEvent {
    fromState
    toState
    actor
    note
    occurredAt
  }
`);

/** The ticket's history, oldest first: who moved it where, with the question, answer or reason. */
export function TicketEvents(props: { events: ReadonlyArray<FragmentType<typeof TicketEvents_TicketEventFragment>> }) {
  const { t, i18n } = useTranslation('ticketReview');
  const events = useFragment(TicketEvents_TicketEventFragment, props.events);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  return (
    <Timeline
      items={events.map((event, index) => ({
        key: index,
        content: (
          <>
            <Typography.Text>
              {t(`state.${event.toState}`)} · {event.actor} · {format.format(new Date(event.occurredAt))}
            </Typography.Text>
            {event.note && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{event.note}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
