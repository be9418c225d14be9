import { graphql } from '@/gql';

// The record as the correction form shows it: every correctable field's current value.
export const CorrectionRecordQuery = graphql(`
  query Corrections_Record($id: ID!) {
    record(id: $id) {
      id
      version
      ...RecordValues_EnrolmentRecordFragment
      admissionPhoto {
        sha256
      }
    }
  }
`);
