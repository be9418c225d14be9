import { graphql } from '@/gql';

export const ImportBatchesQuery = graphql(`
  query Import_Batches($first: Int, $after: String) {
    importBatches(first: $first, after: $after) {
      edges {
        node {
          id
          ...BatchHistory_ImportBatchFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
