import type { EducationCategory, Gender, RecordChanges, RecordStatus, StudyMode } from '@/gql/graphql';

/** The values of the edit form; dates as `YYYY-MM-DD`, ethnicity and province as their two-digit codes. */
export interface RecordEditValues {
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  originProvince: string;
  studentNumber: string;
  lengthOfSchooling: number;
  studyMode: StudyMode;
  educationCategory: EducationCategory;
  enrolmentDate: string | null;
  expectedGraduationDate: string | null;
  status: RecordStatus;
}

export type RecordEditField = keyof RecordEditValues;

export const RECORD_EDIT_FIELDS: readonly RecordEditField[] = [
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'originProvince',
  'studentNumber',
  'lengthOfSchooling',
  'studyMode',
  'educationCategory',
  'enrolmentDate',
  'expectedGraduationDate',
  'status',
];

interface EditableRecord extends Omit<RecordEditValues, 'ethnicity' | 'originProvince' | 'enrolmentDate' | 'expectedGraduationDate'> {
  ethnicity: { code: string };
  originProvince: { code: string };
  enrolmentDate?: string | null;
  expectedGraduationDate?: string | null;
}

/** The form's starting values from the record as stored. */
export function toEditValues(record: EditableRecord): RecordEditValues {
  return {
    name: record.name,
    gender: record.gender,
    birthDate: record.birthDate,
    ethnicity: record.ethnicity.code,
    originProvince: record.originProvince.code,
    studentNumber: record.studentNumber,
    lengthOfSchooling: record.lengthOfSchooling,
    studyMode: record.studyMode,
    educationCategory: record.educationCategory,
    enrolmentDate: record.enrolmentDate ?? null,
    expectedGraduationDate: record.expectedGraduationDate ?? null,
    status: record.status,
  };
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return value ?? null;
}

/**
 * Only the fields whose value differs from the stored one (strings compared trimmed). An emptied field is left
 * out: `RecordChanges` cannot clear a value, and the form requires the fields that had one.
 */
export function recordChanges(initial: RecordEditValues, current: Partial<RecordEditValues>): RecordChanges {
  const changes: Record<string, unknown> = {};
  for (const field of RECORD_EDIT_FIELDS) {
    const next = normalise(current[field]);
    if (next === null || next === normalise(initial[field])) continue;
    changes[field] = next;
  }
  return changes as RecordChanges;
}

export interface FieldErrorLike {
  field: string;
  message: string;
}

export interface PlacedFieldErrors {
  /** Errors for fields on the form, ready for `form.setFields`. */
  fields: { name: RecordEditField | 'reason'; errors: string[] }[];
  /** Messages of errors that match no form field, to show above the form. */
  other: string[];
}

/** Puts each server field error on the form field it names (`name`, `changes.name`, `input.changes.name`, …). */
export function placeFieldErrors(fieldErrors: readonly FieldErrorLike[]): PlacedFieldErrors {
  const known = new Set<string>([...RECORD_EDIT_FIELDS, 'reason']);
  const byField = new Map<RecordEditField | 'reason', string[]>();
  const other: string[] = [];
  for (const error of fieldErrors) {
    const name = error.field.replace(/^(input\.)?(changes\.)?/, '');
    if (known.has(name)) {
      const key = name as RecordEditField | 'reason';
      byField.set(key, [...(byField.get(key) ?? []), error.message]);
    } else {
      other.push(error.message);
    }
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), other };
}
