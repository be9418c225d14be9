import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIELDS,
  emptyCampaignValues,
  formFieldOf,
  parseReminderDays,
  toCreateInput,
  toUpdateInput,
  valuesFromCampaign,
  windowProblem,
  type CampaignFormValues,
} from './campaign-form-values';

const filled: CampaignFormValues = {
  ...emptyCampaignValues(2025),
  name: '  2025级新生学籍自查 ',
  levels: ['BACHELOR'],
  window: [dayjs('2025-10-22T00:00:00'), dayjs('2025-11-30T23:59:00')],
  fieldsToCheck: ['admissionPhoto', 'college', 'name'],
  notice: '# 通知',
  reminderDays: ['3', 7, 1],
};

describe('campaign form → input', () => {
  it('maps a filled form to createCampaign input in Shanghai time', () => {
    expect(toCreateInput(filled, 'key-12345678')).toEqual({
      idempotencyKey: 'key-12345678',
      name: '2025级新生学籍自查',
      admissionYear: 2025,
      levels: ['BACHELOR'],
      opensAt: '2025-10-22T00:00:00+08:00',
      closesAt: '2025-11-30T23:59:00+08:00',
      fieldsToCheck: ['name', 'admissionPhoto', 'college'],
      notice: '# 通知',
      reminderDays: [7, 3, 1],
    });
  });

  it('sends no cohort on update, but the version seen', () => {
    const input = toUpdateInput(filled, 'Q2FtcGFpZ246MQ==', 4);
    expect(input).toMatchObject({ id: 'Q2FtcGFpZ246MQ==', version: 4, name: '2025级新生学籍自查' });
    expect(input).not.toHaveProperty('admissionYear');
    expect(input).not.toHaveProperty('levels');
  });

  it('starts a new campaign with the default fields and the 7-3-1 ladder', () => {
    const values = emptyCampaignValues(2026);
    expect(values.fieldsToCheck).toEqual(DEFAULT_FIELDS);
    expect(values.fieldsToCheck).toContain('admissionPhoto');
    expect(values.fieldsToCheck).not.toContain('college');
    expect(values.reminderDays).toEqual([7, 3, 1]);
  });

  it('reads a stored campaign back into the form', () => {
    const values = valuesFromCampaign({
      name: 'x',
      admissionYear: 2025,
      levels: [],
      opensAt: '2025-10-21T16:00:00Z',
      closesAt: '2025-11-30T15:59:00Z',
      fieldsToCheck: ['name'],
      notice: '',
      reminderDays: [3],
    });
    expect(values.window?.map((d) => d?.format('YYYY-MM-DD HH:mm'))).toEqual(['2025-10-22 00:00', '2025-11-30 23:59']);
  });
});

describe('window validation', () => {
  it('needs both ends', () => {
    expect(windowProblem(null)).toBe('required');
    expect(windowProblem([dayjs('2025-10-22'), null])).toBe('required');
  });

  it('needs the deadline after the start', () => {
    expect(windowProblem([dayjs('2025-10-22T10:00'), dayjs('2025-10-22T10:00')])).toBe('order');
    expect(windowProblem([dayjs('2025-10-23'), dayjs('2025-10-22')])).toBe('order');
    expect(windowProblem([dayjs('2025-10-22'), dayjs('2025-10-23')])).toBeNull();
  });
});

describe('reminder days', () => {
  it('accepts distinct whole days 1–60, largest first', () => {
    expect(parseReminderDays([1, '14', 7])).toEqual([14, 7, 1]);
    expect(parseReminderDays([])).toEqual([]);
  });

  it.each([[[0]], [[61]], [['2.5']], [['abc']], [[3, '3']], [['-1']]])('refuses %j', (raw) => {
    expect(parseReminderDays(raw)).toBeNull();
  });
});

describe('server field errors', () => {
  it('puts window errors on the range picker', () => {
    expect(formFieldOf('closesAt')).toBe('window');
    expect(formFieldOf('opensAt')).toBe('window');
    expect(formFieldOf('reminderDays')).toBe('reminderDays');
    expect(formFieldOf('idempotencyKey')).toBeNull();
  });
});
