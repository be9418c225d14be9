import { graphql } from '@/gql';

export const DecideTicketsMutation = graphql(`
  mutation TicketReview_DecideTickets($input: DecideCorrectionTicketsInput!) {
    decideCorrectionTickets(input: $input) {
      __typename
      ... on CorrectionBulkDecision {
        dryRun
        entries {
          outcome
          ticket {
            id
            state
            version
            record {
              studentNumber
              name
            }
          }
          changes {
            field
            currentValue
            requestedValue
          }
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
    }
  }
`);
