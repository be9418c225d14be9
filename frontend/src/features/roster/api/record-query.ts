import { graphql } from '@/gql';

export const RecordQuery = graphql(`
  query Roster_Record($id: ID!) {
    record(id: $id) {
      id
      name
      admissionPhoto {
        sha256
      }
      ...RecordDetails_EnrolmentRecordFragment
      ...SelfCheckStatus_EnrolmentRecordFragment
    }
  }
`);
