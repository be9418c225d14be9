import { Card, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { formatDateTime } from '@/lib/format-date-time';
import { MyTicketsQuery } from '../api/tickets-query';
import { ticketColour } from '../components/ticket-colour';
import '../components/corrections.css';

/** 我的更正申请: every ticket of every record, newest first per record. */
export function TicketsRoute() {
  const { t, i18n } = useTranslation('corrections');
  const { t: tr } = useTranslation('record');
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyTicketsQuery, requestPolicy: 'cache-and-network' });

  if (error && !data) return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <MobileLoading />;
  const records = data?.me?.records ?? [];
  const count = records.reduce((sum, record) => sum + record.correctionTickets.length, 0);
  const label = (field: string) => (field === 'admissionPhoto' ? t('fields.admissionPhoto') : tr(`fields.${field}` as never));

  return (
    <>
      <Card>
        <h1 className="correction-title">{t('tickets.title')}</h1>
        {count === 0 && <p className="correction-intro">{t('tickets.none')}</p>}
      </Card>
      {records
        .filter((record) => record.correctionTickets.length > 0)
        .map((record) => (
          <List
            key={record.id}
            mode="card"
            header={`${record.institution.name} · ${tr(`level.${record.level}`)} · ${record.major.name}`}
          >
            {record.correctionTickets.map((ticket) => (
              <List.Item
                key={ticket.id}
                clickable
                data-ticket-state={ticket.state}
                onClick={() => navigate(`/me/tickets/${encodeURIComponent(ticket.id)}`)}
                description={t('tickets.submittedAt', { at: formatDateTime(ticket.submittedAt, i18n.language) })}
                extra={<Tag color={ticketColour(ticket.state)}>{t(`state.${ticket.state}`)}</Tag>}
              >
                {ticket.items.map((item) => label(item.field)).join('、')}
              </List.Item>
            ))}
          </List>
        ))}
    </>
  );
}
