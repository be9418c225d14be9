import { describe, expect, it } from 'vitest';
import { correctableField } from './field-catalogue';
import { validateItem, type ItemDraft } from './validate-item';

const today = new Date('2026-01-01T00:00:00Z');
const draft = (field: string, requestedValue: string, more: Partial<ItemDraft> = {}): ItemDraft => ({
  field,
  requestedValue,
  reasonCode: 'TYPO',
  note: '',
  evidenceIds: ['U1'],
  ...more,
});
const check = (d: ItemDraft, current: string | null = null) => validateItem(d, correctableField(d.field)!, current, today);

describe('validateItem', () => {
  it('accepts a valid correction of a main field with evidence', () => {
    expect(check(draft('name', '李明'), '李名')).toEqual({});
    expect(check(draft('idNumber', '11010519491231002X'))).toEqual({});
    expect(check(draft('classCode', '2025-03', { evidenceIds: [] }))).toEqual({});
  });

  it('explains an ID number as typed: checksum, date, lower-case x, incomplete', () => {
    expect(check(draft('idNumber', '110105194912310021')).requestedValue).toBe('record:checks.idNumber.checksum');
    expect(check(draft('idNumber', '11010519491231002x')).requestedValue).toBe('record:checks.idNumber.lowercaseX');
    expect(check(draft('idNumber', '110105194902310021')).requestedValue).toBe('record:checks.idNumber.date');
    expect(check(draft('idNumber', '1101051949')).requestedValue).toBe('validation.idNumberIncomplete');
  });

  it('applies the name rules', () => {
    expect(check(draft('name', '李 明')).requestedValue).toBe('record:checks.name.spaces');
    expect(check(draft('name', '阿依古丽.买买提')).requestedValue).toBe('record:checks.name.wrongDot');
  });

  it('checks numbers, years and dates by their rules', () => {
    expect(check(draft('examineeNumber', '2550010112')).requestedValue).toBe('validation.examineeNumber');
    expect(check(draft('examineeNumber', '25500101120001'))).toEqual({});
    expect(check(draft('studentNumber', '2025-001')).requestedValue).toBe('validation.studentNumber');
    expect(check(draft('admissionYear', '25')).requestedValue).toBe('validation.year');
    expect(check(draft('lengthOfSchooling', '2.5'))).toEqual({});
    expect(check(draft('lengthOfSchooling', '2.3')).requestedValue).toBe('validation.lengthOfSchooling');
    expect(check(draft('birthDate', '2007-02-30')).requestedValue).toBe('validation.date');
    expect(check(draft('birthDate', '2007-02-28'))).toEqual({});
  });

  it('needs a value that differs, a reason, a note for "other", and evidence for main fields', () => {
    expect(check(draft('name', '')).requestedValue).toBe('validation.required');
    expect(check(draft('name', '李明'), '李明').requestedValue).toBe('validation.same');
    expect(check(draft('name', '李明', { reasonCode: null })).reasonCode).toBe('validation.reason');
    expect(check(draft('name', '李明', { reasonCode: 'OTHER' })).note).toBe('validation.noteRequired');
    expect(check(draft('name', '李明', { note: 'x'.repeat(501) })).note).toBe('validation.noteTooLong');
    expect(check(draft('name', '李明', { evidenceIds: [] })).evidence).toBe('validation.evidence');
    expect(check(draft('enrolmentDate', '2025-09-01', { evidenceIds: [] }))).toEqual({});
  });
});
