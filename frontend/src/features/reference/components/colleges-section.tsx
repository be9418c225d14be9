import { useState } from 'react';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { CollegesQuery } from '../api/colleges-query';
import { CollegesTable } from './colleges-table';
import { TextFilter } from './text-filter';

export function CollegesSection({ pageSize = 20 }: { pageSize?: number }) {
  const [text, setText] = useState('');
  const connection = useKeysetConnection(
    CollegesQuery,
    { filter: { text: text || undefined } },
    (data) => data.colleges,
    pageSize,
  );
  return (
    <PagedSection filters={<TextFilter onChange={setText} />} connection={connection}>
      <CollegesTable colleges={connection.nodes} loading={connection.loading} />
    </PagedSection>
  );
}
