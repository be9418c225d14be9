import { graphql } from '@/gql';

export const CreateStaffAccountMutation = graphql(`
  mutation StaffAccounts_CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on CreateStaffAccountSuccess {
        account {
          id
          ...StaffAccountTable_AccountFragment
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
