import { beforeEach, describe, expect, it } from 'vitest';
import {
  loadVisibleColumns,
  ROSTER_COLUMN_KEYS,
  ROSTER_COLUMNS_STORAGE_KEY,
  saveVisibleColumns,
} from './roster-columns';

describe('roster column preference', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows every column by default', () => {
    expect(loadVisibleColumns(window.localStorage)).toEqual([...ROSTER_COLUMN_KEYS]);
    expect(loadVisibleColumns(undefined)).toEqual([...ROSTER_COLUMN_KEYS]);
  });

  it('remembers hidden columns only, in table order', () => {
    const visible = saveVisibleColumns(window.localStorage, ['status', 'name', 'studentNumber']);
    expect(visible).toEqual(['studentNumber', 'name', 'status']);
    expect(JSON.parse(window.localStorage.getItem(ROSTER_COLUMNS_STORAGE_KEY) ?? '')).toEqual([
      'gender',
      'college',
      'major',
      'classCode',
      'idNumber',
    ]);
    expect(loadVisibleColumns(window.localStorage)).toEqual(['studentNumber', 'name', 'status']);
  });

  it('removes the entry when every column is shown again', () => {
    saveVisibleColumns(window.localStorage, ['name']);
    saveVisibleColumns(window.localStorage, [...ROSTER_COLUMN_KEYS]);
    expect(window.localStorage.getItem(ROSTER_COLUMNS_STORAGE_KEY)).toBeNull();
  });

  it('never hides every column', () => {
    expect(saveVisibleColumns(window.localStorage, [])).toEqual([...ROSTER_COLUMN_KEYS]);
    window.localStorage.setItem(ROSTER_COLUMNS_STORAGE_KEY, JSON.stringify([...ROSTER_COLUMN_KEYS]));
    expect(loadVisibleColumns(window.localStorage)).toEqual([...ROSTER_COLUMN_KEYS]);
  });

  it('ignores damaged or unknown stored values', () => {
    window.localStorage.setItem(ROSTER_COLUMNS_STORAGE_KEY, '{not json');
    expect(loadVisibleColumns(window.localStorage)).toEqual([...ROSTER_COLUMN_KEYS]);
    window.localStorage.setItem(ROSTER_COLUMNS_STORAGE_KEY, JSON.stringify(['nope', 'idNumber', 42]));
    expect(loadVisibleColumns(window.localStorage)).not.toContain('idNumber');
    expect(loadVisibleColumns(window.localStorage)).toHaveLength(ROSTER_COLUMN_KEYS.length - 1);
  });

  it('stores no record data, only column names', () => {
    saveVisibleColumns(window.localStorage, ['name']);
    const stored = JSON.parse(window.localStorage.getItem(ROSTER_COLUMNS_STORAGE_KEY) ?? '[]') as string[];
    expect(stored.every((key) => (ROSTER_COLUMN_KEYS as readonly string[]).includes(key))).toBe(true);
  });
});
