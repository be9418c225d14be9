import { graphql } from '@/gql';

export const MajorsPerCollegeQuery = graphql(`
  query Reference_MajorsPerCollege {
    colleges(first: 100) {
      edges {
        node {
          id
          ...MajorsPerCollegeChart_CollegeFragment
        }
      }
    }
  }
`);
