import { graphql } from '@/gql';

export const DecideIdentityDisputeMutation = graphql(`
  mutation IdentityDisputes_Decide($input: DecideIdentityDisputeInput!) {
    decideIdentityDispute(input: $input) {
      __typename
      ... on IdentityDisputeDecided {
        review {
          id
          reviewState
          disputeState
          version
          decidedAt
          reason
          holder {
            state
          }
        }
      }
      ... on DisputeStepRefused {
        code
        message
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
          field
          code
          message
        }
      }
    }
  }
`);
