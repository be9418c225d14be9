import { graphql } from '@/gql';

export const RecordForEditQuery = graphql(`
  query Roster_RecordForEdit($id: ID!) {
    record(id: $id) {
      id
      version
      name
      gender
      birthDate
      ethnicity {
        code
        name
      }
      originProvince {
        code
        name
      }
      studentNumber
      lengthOfSchooling
      studyMode
      educationCategory
      enrolmentDate
      expectedGraduationDate
      status
    }
  }
`);
