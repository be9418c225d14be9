import { describe, expect, it } from 'vitest';
import { placeFieldErrors, recordChanges, toEditValues, type RecordEditValues } from './record-edit-changes';

const stored = {
  name: '张三',
  gender: 'MALE' as const,
  birthDate: '2005-03-01',
  ethnicity: { code: '01', name: '汉族' },
  originProvince: { code: '50', name: '重庆市' },
  studentNumber: '222025001',
  lengthOfSchooling: 4,
  studyMode: 'FULL_TIME' as const,
  educationCategory: 'REGULAR' as const,
  enrolmentDate: '2025-09-01',
  expectedGraduationDate: null,
  status: 'REGISTERED' as const,
};

describe('toEditValues', () => {
  it('takes codes for ethnicity and province and keeps absent dates null', () => {
    const values = toEditValues(stored);
    expect(values.ethnicity).toBe('01');
    expect(values.originProvince).toBe('50');
    expect(values.expectedGraduationDate).toBeNull();
  });
});

describe('recordChanges', () => {
  const initial: RecordEditValues = toEditValues(stored);

  it('is empty when nothing changed', () => {
    expect(recordChanges(initial, { ...initial })).toEqual({});
  });

  it('holds only the changed fields', () => {
    expect(recordChanges(initial, { ...initial, name: '张珊', status: 'SUSPENDED', lengthOfSchooling: 5 })).toEqual({
      name: '张珊',
      status: 'SUSPENDED',
      lengthOfSchooling: 5,
    });
  });

  it('compares strings trimmed and sends them trimmed', () => {
    expect(recordChanges(initial, { ...initial, name: ' 张三 ', studentNumber: ' 222025009 ' })).toEqual({
      studentNumber: '222025009',
    });
  });

  it('sends a newly set date but never an emptied field', () => {
    expect(
      recordChanges(initial, { ...initial, expectedGraduationDate: '2029-06-30', enrolmentDate: null, name: '  ' }),
    ).toEqual({ expectedGraduationDate: '2029-06-30' });
  });
});

describe('placeFieldErrors', () => {
  it('puts errors on the fields they name, with or without the input path', () => {
    const placed = placeFieldErrors([
      { field: 'changes.birthDate', message: 'Birth date is in the future' },
      { field: 'input.changes.ethnicity', message: 'Unknown ethnic group' },
      { field: 'studentNumber', message: 'Taken' },
      { field: 'studentNumber', message: 'Too long' },
      { field: 'reason', message: 'Too short' },
    ]);
    expect(placed.fields).toEqual([
      { name: 'birthDate', errors: ['Birth date is in the future'] },
      { name: 'ethnicity', errors: ['Unknown ethnic group'] },
      { name: 'studentNumber', errors: ['Taken', 'Too long'] },
      { name: 'reason', errors: ['Too short'] },
    ]);
    expect(placed.other).toEqual([]);
  });

  it('keeps errors for fields not on the form apart', () => {
    const placed = placeFieldErrors([{ field: 'classId', message: 'No such class' }]);
    expect(placed.fields).toEqual([]);
    expect(placed.other).toEqual(['No such class']);
  });
});
