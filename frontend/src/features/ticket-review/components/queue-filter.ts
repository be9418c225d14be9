import type { CorrectionTicketFilter, FieldTier, TicketState } from '@/gql/graphql';

export const TICKET_STATES: readonly TicketState[] = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'APPLIED', 'REJECTED', 'WITHDRAWN'];
export const TIERS: readonly FieldTier[] = ['IDENTITY', 'ORGANISATIONAL'];
export const AGE_BUCKETS = ['underOneDay', 'oneToThreeDays', 'threeToSevenDays', 'overSevenDays'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** What the reviewer narrows the queue by. */
export interface QueueFilter {
  state?: TicketState;
  tier?: FieldTier;
  collegeId?: string;
  /** A record field (GraphQL name) one of the items must concern. */
  field?: string;
  age?: AgeBucket;
}

/** The part of the filter the server applies; field and age are applied to the loaded rows. */
export function serverFilter(filter: QueueFilter): CorrectionTicketFilter {
  const out: CorrectionTicketFilter = {};
  if (filter.state) out.state = filter.state;
  if (filter.tier) out.tier = filter.tier;
  if (filter.collegeId) out.collegeId = filter.collegeId;
  return out;
}

const DAY = 24 * 60 * 60 * 1000;

/** How long a ticket has waited since filing, in the summary's buckets. */
export function ageBucket(submittedAt: string, now: number): AgeBucket {
  const waited = now - new Date(submittedAt).getTime();
  if (waited < DAY) return 'underOneDay';
  if (waited < 3 * DAY) return 'oneToThreeDays';
  if (waited < 7 * DAY) return 'threeToSevenDays';
  return 'overSevenDays';
}

interface QueueRow {
  submittedAt: string;
  items: ReadonlyArray<{ field: string }>;
}

/** The loaded rows' own check of field and age (the server has no filter for them). */
export function matchesLocally(row: QueueRow, filter: QueueFilter, now: number): boolean {
  if (filter.field && !row.items.some((item) => item.field === filter.field)) return false;
  if (filter.age && ageBucket(row.submittedAt, now) !== filter.age) return false;
  return true;
}

/** GET /api/tickets/errata.xlsx, narrowed to a college when one is chosen. */
export function errataUrl(filter: QueueFilter): string {
  return filter.collegeId ? `/api/tickets/errata.xlsx?collegeId=${encodeURIComponent(filter.collegeId)}` : '/api/tickets/errata.xlsx';
}
