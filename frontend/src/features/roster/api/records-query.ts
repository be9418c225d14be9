import { graphql } from '@/gql';

export const RecordsQuery = graphql(`
  query Roster_Records($filter: RecordFilter, $first: Int, $after: String) {
    records(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...RosterTable_EnrolmentRecordFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
