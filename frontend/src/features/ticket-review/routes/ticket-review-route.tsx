import { CheckSquareOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { TicketsQuery } from '../api/tickets-query';
import { BulkDecisionModal } from '../components/bulk-decision-modal';
import { ErrataExportButton } from '../components/errata-export-button';
import { serverFilter, type QueueFilter } from '../components/queue-filter';
import { QueueFilters } from '../components/queue-filters';
import { QueueSummary } from '../components/queue-summary';
import { TicketDrawer, type ReviewerRights } from '../components/ticket-drawer';
import { TicketQueueTable, type SelectedTicket } from '../components/ticket-queue-table';

const TICKET_TYPENAMES = ['CorrectionTicket'];

interface TicketReviewRouteProps {
  rights: ReviewerRights;
  /** Registrars and college admins export the 勘误表. */
  canExport: boolean;
  /** Only a registrar narrows by college (a college admin's queue is their college). */
  showCollegeFilter: boolean;
}

export function TicketReviewRoute({ rights, canExport, showCollegeFilter }: TicketReviewRouteProps) {
  const { t } = useTranslation('ticketReview');
  const [filter, setFilter] = useState<QueueFilter>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<SelectedTicket[]>([]);
  // The tickets a bulk decision is about, fixed when it opens (the selection clears once it is done).
  const [bulk, setBulk] = useState<SelectedTicket[] | null>(null);
  const server = useMemo(() => serverFilter(filter), [filter]);
  const connection = useKeysetConnection(TicketsQuery, { filter: server }, (data) => data.correctionTickets, 50, TICKET_TYPENAMES);
  const now = useMemo(() => Date.now(), [connection.nodes]); // ages as of the rows' arrival

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card size="small" title={t('summary.title')}>
        <QueueSummary filter={server} />
      </Card>
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <>
              <QueueFilters value={filter} onChange={setFilter} showCollege={showCollegeFilter} />
              {rights.decide && (
                <Button icon={<CheckSquareOutlined />} disabled={selected.length === 0} onClick={() => setBulk(selected)}>
                  {t('bulk.button', { count: selected.length })}
                </Button>
              )}
              {canExport && <ErrataExportButton filter={filter} />}
            </>
          }
        >
          <TicketQueueTable
            tickets={connection.nodes}
            loading={connection.loading}
            filter={filter}
            now={now}
            selectable={rights.decide}
            selected={selected}
            onSelect={setSelected}
            onOpen={setOpenId}
          />
        </PagedSection>
      </Card>
      <TicketDrawer ticketId={openId} rights={rights} onClose={() => setOpenId(null)} onChanged={connection.retry} />
      {bulk && (
        <BulkDecisionModal
          tickets={bulk}
          onClose={() => setBulk(null)}
          onDone={() => {
            setSelected([]);
            connection.retry();
          }}
        />
      )}
    </Flex>
  );
}
