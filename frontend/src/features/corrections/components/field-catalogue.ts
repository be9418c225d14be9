import type { CorrectionReason } from '@/gql/graphql';

export type InputKind = 'text' | 'name' | 'idNumber' | 'date' | 'enum' | 'photo';

export interface CorrectableField {
  /** EnrolmentRecord GraphQL name. */
  field: string;
  input: InputKind;
  /** A main field (主要字段): the server requires evidence. */
  main: boolean;
  /** For `enum`: the values, labelled by the `record` namespace (`gender.MALE`, …). */
  options?: readonly string[];
}

/**
 * The fields a student may ask to correct (the server's TicketField). College, major and level follow
 * the class (ask for classCode); institution and status are not corrected by tickets; phone and
 * e-mail are changed in the profile.
 */
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  { field: 'name', input: 'name', main: true },
  { field: 'gender', input: 'enum', main: true, options: ['MALE', 'FEMALE'] },
  { field: 'birthDate', input: 'date', main: true },
  {
    field: 'idType',
    input: 'enum',
    main: true,
    options: ['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'PASSPORT', 'FOREIGN_PERMANENT_RESIDENT_ID'],
  },
  { field: 'idNumber', input: 'idNumber', main: true },
  { field: 'ethnicity', input: 'text', main: true },
  { field: 'examineeNumber', input: 'text', main: true },
  { field: 'originProvince', input: 'text', main: true },
  { field: 'admissionYear', input: 'text', main: true },
  { field: 'admissionPhoto', input: 'photo', main: true },
  { field: 'studentNumber', input: 'text', main: true },
  { field: 'lengthOfSchooling', input: 'text', main: true },
  {
    field: 'studyMode',
    input: 'enum',
    main: true,
    options: ['FULL_TIME', 'PART_TIME', 'CORRESPONDENCE', 'SPARE_TIME', 'RELEASED', 'ONLINE', 'OPEN'],
  },
  {
    field: 'educationCategory',
    input: 'enum',
    main: true,
    options: ['REGULAR', 'ADULT', 'SELF_STUDY', 'ONLINE', 'OPEN', 'POSTGRADUATE'],
  },
  { field: 'classCode', input: 'text', main: false },
  { field: 'enrolmentDate', input: 'date', main: false },
  { field: 'expectedGraduationDate', input: 'date', main: false },
];

export function correctableField(field: string): CorrectableField | undefined {
  return CORRECTABLE_FIELDS.find((candidate) => candidate.field === field);
}

export const REASONS: readonly CorrectionReason[] = [
  'TYPO',
  'ADMISSION_DATA_DIFFERS',
  'ID_DOCUMENT_DIFFERS',
  'TRANSFERRED',
  'PHOTO_WRONG',
  'OTHER',
];
