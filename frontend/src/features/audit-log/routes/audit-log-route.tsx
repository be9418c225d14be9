import { Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useSession } from '@/lib/auth/use-session';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { AuditEventsQuery } from '../api/audit-events-query';
import { AuditExportButton } from '../components/audit-export-button';
import { toAuditFilter, type AuditFilterValues } from '../components/audit-filter';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

/** /staff/audit: the institution's (or the college's) audit log with filters, "load more" and export. */
export function AuditLogRoute() {
  const { t } = useTranslation('auditLog');
  const session = useSession();
  const [values, setValues] = useState<AuditFilterValues>({});
  const filter = useMemo(() => toAuditFilter(values), [values]);
  const connection = useKeysetConnection(AuditEventsQuery, { filter }, (data) => data.auditEvents, 50);
  const registrar = session.status === 'signedIn' && session.account.roles.includes('REGISTRAR');
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <>
              <AuditFilters onChange={setValues} />
              {registrar && <AuditExportButton filter={filter} />}
            </>
          }
        >
          <AuditTable events={connection.nodes} loading={connection.loading} />
        </PagedSection>
      </Card>
    </Flex>
  );
}
