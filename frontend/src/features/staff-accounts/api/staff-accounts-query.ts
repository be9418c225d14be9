import { graphql } from '@/gql';

export const StaffAccountsQuery = graphql(`
  query StaffAccounts_List($first: Int, $after: String) {
    staffAccounts(first: $first, after: $after) {
      edges {
        node {
          id
          ...StaffAccountTable_AccountFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
