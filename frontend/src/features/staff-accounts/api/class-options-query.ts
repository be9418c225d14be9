import { graphql } from '@/gql';

export const ClassOptionsQuery = graphql(`
  query StaffAccounts_ClassOptions($filter: SchoolClassFilter) {
    classes(filter: $filter, first: 50) {
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
