import { graphql } from '@/gql';

export const UpdateRecordMutation = graphql(`
  mutation Roster_UpdateRecord($input: UpdateEnrolmentRecordInput!) {
    updateEnrolmentRecord(input: $input) {
      __typename
      ... on UpdateEnrolmentRecordSuccess {
        record {
          id
          version
          name
          updatedAt
        }
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          message
        }
      }
      ... on VersionConflict {
        code
        message
        currentVersion
      }
    }
  }
`);
