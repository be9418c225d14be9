import { graphql } from '@/gql';

export const RecordSearchQuery = graphql(`
  query Campaigns_RecordSearch($text: String!, $admissionYear: Int!) {
    records(filter: { text: $text, admissionYear: $admissionYear }, first: 20) {
      edges {
        node {
          id
          studentNumber
          name
          admissionYear
          college {
            name
          }
        }
      }
    }
  }
`);
