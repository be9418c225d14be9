import { describe, expect, it } from 'vitest';
import { auditExportUrl, nextDay, toAuditFilter } from './audit-filter';

describe('audit filter → variables', () => {
  it('leaves out what the form leaves empty or blank', () => {
    expect(toAuditFilter({})).toEqual({});
    expect(toAuditFilter({ actor: '  ', action: '', entityType: null, fromDay: null, toDay: undefined })).toEqual({});
  });

  it('trims text and keeps each given filter', () => {
    expect(toAuditFilter({ actor: ' registrar ', action: 'UPDATE_RECORD', entityType: 'EnrolmentRecord' })).toEqual({
      actor: 'registrar',
      action: 'UPDATE_RECORD',
      entityType: 'EnrolmentRecord',
    });
  });

  it('turns a day range into whole China-time days with an exclusive end', () => {
    expect(toAuditFilter({ fromDay: '2025-10-22', toDay: '2025-10-31' })).toEqual({
      from: '2025-10-22T00:00:00+08:00',
      to: '2025-11-01T00:00:00+08:00',
    });
    expect(toAuditFilter({ fromDay: '2025-11-05', toDay: '2025-11-05' }).to).toBe('2025-11-06T00:00:00+08:00');
  });

  it('counts days across months, years and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });

  it('puts the same filter on the export address, encoded', () => {
    expect(auditExportUrl({})).toBe('/api/audit/export.xlsx');
    expect(auditExportUrl({ actor: 'a b', from: '2025-10-22T00:00:00+08:00' }, 'csv')).toBe(
      '/api/audit/export.csv?actor=a+b&from=2025-10-22T00%3A00%3A00%2B08%3A00',
    );
  });
});
