import { graphql } from '@/gql';

export const IdentityDisputesQuery = graphql(`
  query IdentityDisputes_Queue($state: IdentityDisputeReviewState, $first: Int, $after: String) {
    identityDisputes(state: $state, first: $first, after: $after) {
      edges {
        node {
          id
          ...DisputeQueueTable_ReviewFragment
          ...DisputeDrawer_ReviewFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
