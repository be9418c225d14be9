import { graphql } from '@/gql';

// The record as the correction form shows it: every correctable field's current value.
export const CorrectionRecordQuery = graphql(`
  query Corrections_Record($id: ID!) {
    record(id: $id) {
      id
      version
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
      admissionPhoto {
        sha256
      }
    }
  }
`);
