import { graphql } from '@/gql';

export const CollegesQuery = graphql(`
  query Reference_Colleges($filter: CollegeFilter, $first: Int, $after: String) {
    colleges(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...CollegesTable_CollegeFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
