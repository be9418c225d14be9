import type { Level, RecordStatus } from '@/gql/graphql';

export interface RosterFilter {
  text?: string;
  collegeId?: string;
  status?: RecordStatus;
  level?: Level;
}

/** The filter without empty conditions (the server reads an empty string as a condition). */
export function compactFilter(filter: RosterFilter): RosterFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''),
  ) as RosterFilter;
}

/** The export address for the same filter as the table. */
export function exportUrl(filter: RosterFilter): string {
  const query = new URLSearchParams(compactFilter(filter) as Record<string, string>).toString();
  return `/api/records/export.xlsx${query ? `?${query}` : ''}`;
}
