import { graphql } from '@/gql';

export const DisableStaffAccountMutation = graphql(`
  mutation StaffAccounts_DisableStaffAccount($input: DisableStaffAccountInput!) {
    disableStaffAccount(input: $input) {
      __typename
      ... on DisableStaffAccountSuccess {
        account {
          id
          state
        }
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
