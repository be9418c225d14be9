import { graphql } from '@/gql';

export const ResetStaffTotpMutation = graphql(`
  mutation StaffAccounts_ResetStaffTotp($input: ResetStaffTotpInput!) {
    resetStaffTotp(input: $input) {
      __typename
      ... on StaffTotpReset {
        accountId
        removed
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
