import { graphql } from '@/gql';

export const MajorsQuery = graphql(`
  query Reference_Majors($filter: MajorFilter, $first: Int, $after: String) {
    majors(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...MajorsTable_MajorFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
