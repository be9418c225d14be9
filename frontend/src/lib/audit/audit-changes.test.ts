import { describe, expect, it } from 'vitest';
import { changeSummary, diffRows, fieldName } from './audit-changes';

describe('audit diff rows', () => {
  it('names column-style fields as the record fields they are', () => {
    expect(fieldName('id_number')).toBe('idNumber');
    expect(fieldName('expected_graduation_date')).toBe('expectedGraduationDate');
    expect(fieldName('admissionPhotoSha256')).toBe('admissionPhotoSha256');
  });

  it('tells added, removed, changed and unchanged values apart', () => {
    const rows = diffRows([
      { field: 'name', before: '李梅', after: '李玫' },
      { field: 'state', before: null, after: 'SUBMITTED' },
      { field: 'note', before: 'old', after: null },
      { field: 'gender', before: 'FEMALE', after: 'FEMALE' },
      { field: 'id_number' },
    ]);
    expect(rows.map((row) => [row.field, row.kind])).toEqual([
      ['name', 'changed'],
      ['state', 'added'],
      ['note', 'removed'],
      ['gender', 'unchanged'],
      ['idNumber', 'unchanged'],
    ]);
    expect(rows[4]).toMatchObject({ before: null, after: null });
  });

  it('summarises the changed fields by label and counts the rest', () => {
    const label = (field: string) => ({ name: '姓名', idNumber: '身份证号' })[field] ?? field;
    const changes = [
      { field: 'name', before: 'a', after: 'b' },
      { field: 'id_number', before: 'x', after: 'y' },
      { field: 'gender', before: 'M', after: 'M' },
      { field: 'status', before: null, after: 'REGISTERED' },
      { field: 'level', before: 'BACHELOR', after: null },
    ];
    expect(changeSummary(changes, label)).toBe('姓名、身份证号、status +1');
    expect(changeSummary(changes.slice(0, 3), label)).toBe('姓名、身份证号');
    expect(changeSummary([], label)).toBe('');
  });
});
