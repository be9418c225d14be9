import type { EducationCategory, Gender, IdType, Level, RecordStatus, StudyMode } from '@/gql/graphql';

/** The record fields a student reads; any fragment selecting them fits (self-check, corrections). */
export interface RecordValues {
  examineeNumber: string;
  studentNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idType: IdType;
  idNumber: string;
  ethnicity: { name: string };
  originProvince: { name: string };
  institution: { code: string; name: string };
  college: { name: string };
  major: { catalogueCode: string; name: string };
  classCode?: string | null;
  lengthOfSchooling: number | string;
  level: Level;
  admissionYear: number;
  studyMode: StudyMode;
  educationCategory: EducationCategory;
  enrolmentDate?: string | null;
  expectedGraduationDate?: string | null;
  status: RecordStatus;
}

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
