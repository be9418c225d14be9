import { graphql } from '@/gql';

export const InstitutionsQuery = graphql(`
  query Landing_Institutions {
    institutions(first: 20) {
      edges {
        node {
          id
          ...InstitutionList_InstitutionFragment
        }
      }
    }
  }
`);
