import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { ClassesQuery } from '../api/classes-query';
import { ClassesTable } from './classes-table';
import { CollegeSelect } from '@/components/desktop/college-select';
import { TextFilter } from './text-filter';

export function ClassesSection({ pageSize = 20 }: { pageSize?: number }) {
  const { t } = useTranslation('reference');
  const [text, setText] = useState('');
  const [collegeId, setCollegeId] = useState<string | undefined>();
  const connection = useKeysetConnection(
    ClassesQuery,
    { filter: { text: text || undefined, collegeId } },
    (data) => data.classes,
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
      <ClassesTable classes={connection.nodes} loading={connection.loading} />
    </PagedSection>
  );
}
