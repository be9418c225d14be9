import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { CampaignFormValues, StoredCampaign } from './campaign-form-values';
import { conflictRows } from './conflict-rows';

const stored: StoredCampaign = {
  name: '2025级新生学籍自查',
  admissionYear: 2025,
  levels: [],
  opensAt: '2025-10-21T16:00:00Z',
  closesAt: '2025-11-30T15:59:00Z',
  fieldsToCheck: ['name', 'idNumber'],
  notice: '请按时完成。',
  reminderDays: [7, 3, 1],
};

const same: CampaignFormValues = {
  name: '2025级新生学籍自查 ',
  admissionYear: 2025,
  levels: [],
  window: [dayjs('2025-10-22T00:00'), dayjs('2025-11-30T23:59')],
  fieldsToCheck: ['idNumber', 'name'],
  notice: '请按时完成。',
  reminderDays: ['1', 3, 7],
};

describe('conflictRows', () => {
  it('finds nothing when the form says what is stored', () => {
    expect(conflictRows(same, stored, (f) => f)).toEqual([]);
  });

  it('lists the settings that differ, stored next to mine', () => {
    const mine = { ...same, window: [dayjs('2025-10-22T00:00'), dayjs('2025-12-15T23:59')] as CampaignFormValues['window'], notice: '新通知' };
    expect(conflictRows(mine, stored, (f) => f)).toEqual([
      { field: 'window', stored: '2025-10-22 00:00 – 2025-11-30 23:59', mine: '2025-10-22 00:00 – 2025-12-15 23:59' },
      { field: 'notice', stored: '请按时完成。', mine: '新通知' },
    ]);
  });

  it('names fields with the given labels', () => {
    const rows = conflictRows({ ...same, fieldsToCheck: ['name'] }, stored, (f) => `<${f}>`);
    expect(rows).toEqual([{ field: 'fieldsToCheck', stored: '<idNumber>、<name>', mine: '<name>' }]);
  });
});
