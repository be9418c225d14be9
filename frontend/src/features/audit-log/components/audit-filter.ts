/** What the filter form holds; dates as `YYYY-MM-DD` days in China time. */
export interface AuditFilterValues {
  actor?: string | null;
  action?: string | null;
  entityType?: string | null;
  fromDay?: string | null;
  toDay?: string | null;
}

/** The `AuditEventFilter` the API takes; absent keys match everything. */
export interface AuditFilterInput {
  actor?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

const CHINA_OFFSET = '+08:00';

function text(value: string | null | undefined): string | undefined {
  const stripped = value?.trim();
  return stripped ? stripped : undefined;
}

/** The day after `day` (`YYYY-MM-DD`), by the calendar, without time zones in the way. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Form → API filter. A day range covers whole days in China time: from the first day's midnight
 * to the midnight after the last day (the API's `to` is exclusive).
 */
export function toAuditFilter(values: AuditFilterValues): AuditFilterInput {
  const filter: AuditFilterInput = {};
  const actor = text(values.actor);
  const action = text(values.action);
  const entityType = text(values.entityType);
  if (actor) filter.actor = actor;
  if (action) filter.action = action;
  if (entityType) filter.entityType = entityType;
  if (values.fromDay) filter.from = `${values.fromDay}T00:00:00${CHINA_OFFSET}`;
  if (values.toDay) filter.to = `${nextDay(values.toDay)}T00:00:00${CHINA_OFFSET}`;
  return filter;
}

/** The export address for the same filter (`/api/audit/export.xlsx?…`). */
export function auditExportUrl(filter: AuditFilterInput, format: 'xlsx' | 'csv' = 'xlsx'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return `/api/audit/export.${format}${query ? `?${query}` : ''}`;
}
