import type { RecordStatus, RecordValues_EnrolmentRecordFragmentFragment } from '@/gql/graphql';
import type recordTerms from '@/lib/i18n/locales/zh-CN/record.json';

export type RecordField = keyof (typeof recordTerms)['fields'];

/** The record fields a student reads: those of RecordValues_EnrolmentRecordFragment (record-values-fragment.ts). */
export type RecordValues = RecordValues_EnrolmentRecordFragmentFragment;

type Record = RecordValues;
type Translate = (key: string) => string;

/** A record field as the student reads it (enums in words); null when the record has no value. */
export function summaryValue(record: Record, field: string, tr: Translate): string | null {
  switch (field) {
    case 'gender':
      return tr(`gender.${record.gender}`);
    case 'idType':
      return tr(`idType.${record.idType}`);
    case 'level':
      return tr(`level.${record.level}`);
    case 'studyMode':
      return tr(`studyMode.${record.studyMode}`);
    case 'educationCategory':
      return tr(`educationCategory.${record.educationCategory}`);
    case 'status':
      return tr(`status.${record.status}`);
    case 'ethnicity':
      return record.ethnicity.name;
    case 'originProvince':
      return record.originProvince.name;
    case 'institution':
      return `${record.institution.name}（${record.institution.code}）`;
    case 'college':
      return record.college.name;
    case 'major':
      return `${record.major.catalogueCode} ${record.major.name}`;
    case 'lengthOfSchooling':
    case 'admissionYear':
      return String(record[field]);
    case 'examineeNumber':
    case 'studentNumber':
    case 'name':
    case 'birthDate':
    case 'idNumber':
    case 'classCode':
    case 'enrolmentDate':
    case 'expectedGraduationDate':
      return record[field] ?? null;
    default:
      return null;
  }
}

/** A field ready to show: its label key and the value as text (null when the record has none). */
export interface FieldRow {
  field: RecordField;
  value: string | null;
}

/** Main fields (主要字段) decide the diploma; the domain's order. */
export const MAIN_FIELDS = [
  'examineeNumber',
  'studentNumber',
  'name',
  'gender',
  'birthDate',
  'idType',
  'idNumber',
  'ethnicity',
  'originProvince',
  'institution',
  'major',
  'lengthOfSchooling',
  'level',
  'admissionYear',
  'studyMode',
  'educationCategory',
  'status',
] as const satisfies readonly RecordField[];

export const OTHER_FIELDS = [
  'college',
  'classCode',
  'enrolmentDate',
  'expectedGraduationDate',
] as const satisfies readonly RecordField[];

/** Every field of a record in two groups, values as the student should read them. */
export function groupRecordFields(record: Record, tr: Translate): { main: FieldRow[]; other: FieldRow[] } {
  const rows = (fields: readonly RecordField[]) =>
    fields.map((field) => ({ field, value: summaryValue(record, field, tr) }));
  return { main: rows(MAIN_FIELDS), other: rows(OTHER_FIELDS) };
}

/** Statuses whose records leave the self-check (their holders have nothing to confirm). */
const OUT_OF_SCOPE: readonly RecordStatus[] = ['ADMISSION_FORFEITED', 'ADMISSION_RESERVED', 'WITHDRAWN'];

export function isOutOfSelfCheck(status: RecordStatus): boolean {
  return OUT_OF_SCOPE.includes(status);
}
