import { graphql } from '@/gql';

export const CollegeReviewMutation = graphql(`
  mutation TicketReview_CollegeReview($input: CollegeReviewCorrectionTicketInput!) {
    collegeReviewCorrectionTicket(input: $input) {
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
