import { graphql } from '@/gql';

export const RequestInfoMutation = graphql(`
  mutation TicketReview_RequestInfo($input: RequestCorrectionInfoInput!) {
    requestCorrectionInfo(input: $input) {
      __typename
      ... on TicketSaved {
        ticket {
          id
          state
          version
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
      ... on CorrectionRefused {
        code
        message
      }
      ... on VersionConflict {
        code
        message
        currentVersion
      }
    }
  }
`);
