import { graphql } from '@/gql';

export const DecideTicketMutation = graphql(`
  mutation TicketReview_DecideTicket($input: DecideCorrectionTicketInput!) {
    decideCorrectionTicket(input: $input) {
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
