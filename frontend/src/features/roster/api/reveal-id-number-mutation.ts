import { graphql } from '@/gql';

export const RevealIdNumberMutation = graphql(`
  mutation Roster_RevealIdNumber($input: RevealIdNumberInput!) {
    revealIdNumber(input: $input) {
      __typename
      ... on RevealIdNumberSuccess {
        idNumber
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
