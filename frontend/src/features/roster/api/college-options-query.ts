import { graphql } from '@/gql';

export const CollegeOptionsQuery = graphql(`
  query Roster_CollegeOptions($text: String) {
    colleges(filter: { text: $text }, first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
