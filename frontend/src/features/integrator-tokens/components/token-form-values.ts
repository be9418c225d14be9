import type { Dayjs } from 'dayjs';
import type { CreateIntegratorTokenInput, IntegratorScope } from '@/gql/graphql';

export const SCOPES: readonly IntegratorScope[] = ['RECORDS_READ', 'STATS_READ', 'TICKETS_READ', 'CAMPAIGNS_READ'];
/** The server refuses expiries more than 366 days ahead. */
export const MAX_DAYS = 366;

export interface TokenFormValues {
  name: string;
  scopes: IntegratorScope[];
  expiresAt: Dayjs;
}

/** Why an expiry cannot be sent, or null: in the future, at most 366 days ahead. */
export function expiryProblem(expiresAt: Dayjs | null | undefined, now: Dayjs): 'required' | 'past' | 'tooFar' | null {
  if (!expiresAt) return 'required';
  if (!expiresAt.isAfter(now)) return 'past';
  if (expiresAt.isAfter(now.add(MAX_DAYS, 'day'))) return 'tooFar';
  return null;
}

/** The end of the chosen day in Shanghai, so a token "until 2026-06-30" works all of that day there. */
export function toCreateTokenInput(values: TokenFormValues, idempotencyKey: string): CreateIntegratorTokenInput {
  return {
    name: values.name.trim(),
    scopes: SCOPES.filter((scope) => values.scopes.includes(scope)),
    expiresAt: `${values.expiresAt.format('YYYY-MM-DD')}T23:59:59+08:00`,
    idempotencyKey,
  };
}
