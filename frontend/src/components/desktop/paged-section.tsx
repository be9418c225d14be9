import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { KeysetConnection } from '@/lib/paging/use-keyset-connection';
import { LoadMoreFooter } from './load-more-footer';

interface PagedSectionProps {
  /** Filters and actions above the table. */
  filters?: ReactNode;
  connection: KeysetConnection<unknown>;
  /** The table showing `connection.nodes`. */
  children: ReactNode;
}

/** Filters above, the table, then the load-more footer; an error shows above the rows kept so far. */
export function PagedSection({ filters, connection, children }: PagedSectionProps) {
  return (
    <Flex vertical gap={16}>
      {filters && (
        <Flex gap={12} wrap>
          {filters}
        </Flex>
      )}
      {connection.error && <QueryErrorAlert error={connection.error} onRetry={connection.retry} />}
      {children}
      {!connection.loading && (
        <LoadMoreFooter
          count={connection.nodes.length}
          hasNextPage={connection.hasNextPage}
          loading={connection.loadingMore}
          onLoadMore={connection.loadMore}
        />
      )}
    </Flex>
  );
}
