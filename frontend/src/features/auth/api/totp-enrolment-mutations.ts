import { graphql } from '@/gql';

export const StartTotpEnrolmentMutation = graphql(`
  mutation Auth_StartTotpEnrolment {
    startTotpEnrolment {
      __typename
      ... on TotpEnrolmentStarted {
        secret
        otpauthUri
      }
      ... on ValidationFailed {
        message
        fieldErrors {
          message
        }
      }
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation Auth_ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {
    confirmTotpEnrolment(input: $input) {
      __typename
      ... on TotpEnrolled {
        enabled
      }
      ... on ValidationFailed {
        message
        fieldErrors {
          message
        }
      }
    }
  }
`);
