import { graphql } from '@/gql';

// The review reads the batch by id (not the start payload), so it can also be shown again later.
export const DryRunBatchQuery = graphql(`
  query Import_DryRunBatch($id: ID!) {
    importBatch(id: $id) {
      id
      ...DryRunReview_ImportBatchFragment
    }
  }
`);
