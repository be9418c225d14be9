import { graphql } from '@/gql';

export const IntegratorTokensQuery = graphql(`
  query IntegratorTokens_List($first: Int, $after: String) {
    integratorTokens(first: $first, after: $after) {
      edges {
        node {
          id
          ...TokenTable_IntegratorTokenFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
