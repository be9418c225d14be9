import { graphql } from '@/gql';

export const AssistedConfirmationMutation = graphql(`
  mutation Roster_RecordAssistedConfirmation($input: RecordAssistedConfirmationInput!) {
    recordAssistedConfirmation(input: $input) {
      __typename
      ... on RecordAssistedConfirmationSuccess {
        record {
          id
          version
          ...SelfCheckStatus_EnrolmentRecordFragment
        }
      }
      ... on SelfCheckUnavailable {
        code
        message
        instructions
      }
      ... on VersionConflict {
        code
        message
        currentVersion
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          message
        }
      }
      ... on IdempotencyKeyReused {
        code
        message
      }
    }
  }
`);
