import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { UnreadCountQuery } from '../api/inbox-query';

/** The number of unread inbox messages, handed to `render` (for a badge); nothing while unknown. */
export function UnreadCount({ render }: { render: (count: number) => ReactNode }) {
  const [{ data }] = useQuery({ query: UnreadCountQuery, requestPolicy: 'cache-and-network' });
  const count = data?.me?.unreadInboxCount;
  return count === undefined ? null : <>{render(count)}</>;
}
