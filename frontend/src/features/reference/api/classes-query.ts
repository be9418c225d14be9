import { graphql } from '@/gql';

export const ClassesQuery = graphql(`
  query Reference_Classes($filter: SchoolClassFilter, $first: Int, $after: String) {
    classes(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...ClassesTable_SchoolClassFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
