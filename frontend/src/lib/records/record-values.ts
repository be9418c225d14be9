import type { ConfirmSummary_EnrolmentRecordFragmentFragment } from '@/gql/graphql';

type Record = ConfirmSummary_EnrolmentRecordFragmentFragment;
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
