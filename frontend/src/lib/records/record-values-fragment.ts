import { graphql } from '@/gql';

/**
 * The record fields every record view reads (student sheet, self-check, corrections, roster details).
 * Spread it by name in a feature's document, then unmask it with useFragment to read the values.
 */
export const RecordValues_EnrolmentRecordFragment = graphql(`
  fragment RecordValues_EnrolmentRecordFragment on EnrolmentRecord {
    id
    examineeNumber
    studentNumber
    name
    gender
    birthDate
    idType
    idNumber
    ethnicity {
      name
    }
    originProvince {
      name
    }
    institution {
      id
      code
      name
    }
    college {
      id
      name
    }
    major {
      id
      catalogueCode
      name
    }
    classCode
    lengthOfSchooling
    level
    admissionYear
    studyMode
    educationCategory
    enrolmentDate
    expectedGraduationDate
    status
  }
`);
