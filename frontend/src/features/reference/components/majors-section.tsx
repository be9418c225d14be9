import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { MajorsQuery } from '../api/majors-query';
import { CollegeSelect } from '@/components/desktop/college-select';
import { MajorsTable } from './majors-table';
import { TextFilter } from './text-filter';

export function MajorsSection({ pageSize = 20 }: { pageSize?: number }) {
  const { t } = useTranslation('reference');
  const [text, setText] = useState('');
  const [collegeId, setCollegeId] = useState<string | undefined>();
  const connection = useKeysetConnection(
    MajorsQuery,
    { filter: { text: text || undefined, collegeId } },
    (data) => data.majors,
    pageSize,
  );
  return (
    <PagedSection
      filters={
        <>
          <CollegeSelect label={t('filter.college')} value={collegeId} onChange={setCollegeId} />
          <TextFilter onChange={setText} />
        </>
      }
      connection={connection}
    >
      <MajorsTable majors={connection.nodes} loading={connection.loading} />
    </PagedSection>
  );
}
