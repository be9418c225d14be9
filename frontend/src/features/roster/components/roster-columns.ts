/** The roster table's columns, in display order. */
export const ROSTER_COLUMN_KEYS = [
  'studentNumber',
  'name',
  'gender',
  'college',
  'major',
  'classCode',
  'idNumber',
  'status',
] as const;

export type RosterColumnKey = (typeof ROSTER_COLUMN_KEYS)[number];

/**
 * localStorage key of the columns the user has hidden. Only column names are kept there (no personal
 * data); a column added later shows by default because only hidden ones are remembered.
 */
export const ROSTER_COLUMNS_STORAGE_KEY = 'enrolcheck.roster.hiddenColumns';

function isColumnKey(value: unknown): value is RosterColumnKey {
  return typeof value === 'string' && (ROSTER_COLUMN_KEYS as readonly string[]).includes(value);
}

/** Visible columns from the stored preference; all columns when nothing (valid) is stored. */
export function loadVisibleColumns(storage: Pick<Storage, 'getItem'> | undefined): RosterColumnKey[] {
  let hidden: RosterColumnKey[] = [];
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(ROSTER_COLUMNS_STORAGE_KEY) ?? '[]');
    if (Array.isArray(parsed)) hidden = parsed.filter(isColumnKey);
  } catch {
    hidden = [];
  }
  const visible = ROSTER_COLUMN_KEYS.filter((key) => !hidden.includes(key));
  return visible.length > 0 ? visible : [...ROSTER_COLUMN_KEYS];
}

/** Remembers the hidden columns; showing every column removes the entry. At least one column stays. */
export function saveVisibleColumns(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  visible: readonly string[],
): RosterColumnKey[] {
  const shown = ROSTER_COLUMN_KEYS.filter((key) => visible.includes(key));
  const result = shown.length > 0 ? shown : [...ROSTER_COLUMN_KEYS];
  const hidden = ROSTER_COLUMN_KEYS.filter((key) => !result.includes(key));
  try {
    if (hidden.length === 0) storage?.removeItem(ROSTER_COLUMNS_STORAGE_KEY);
    else storage?.setItem(ROSTER_COLUMNS_STORAGE_KEY, JSON.stringify(hidden));
  } catch {
    // Storage full or blocked: the choice still applies for this visit.
  }
  return result;
}

export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
