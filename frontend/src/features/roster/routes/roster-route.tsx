import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { RecordsQuery } from '../api/records-query';
import { ExportButton } from '../components/export-button';
import { RecordDrawer } from '../components/record-drawer';
import { compactFilter, type RosterFilter } from '../components/roster-filter';
import { RosterFilters } from '../components/roster-filters';
import { RosterTable } from '../components/roster-table';

export function RosterRoute({ pageSize = 50 }: { pageSize?: number }) {
  const { t } = useTranslation('roster');
  const [filter, setFilter] = useState<RosterFilter>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const connection = useKeysetConnection(
    RecordsQuery,
    { filter: compactFilter(filter) },
    (data) => data.records,
    pageSize,
  );

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <>
              <RosterFilters value={filter} onChange={setFilter} />
              <ExportButton filter={filter} />
            </>
          }
        >
          <RosterTable records={connection.nodes} loading={connection.loading} onOpen={setOpenId} />
        </PagedSection>
      </Card>
      <RecordDrawer recordId={openId} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
