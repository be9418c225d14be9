import { graphql } from '@/gql';

export const ImportProgressSubscription = graphql(`
  subscription Import_Progress($batchId: ID!) {
    importProgress(batchId: $batchId) {
      batchId
      state
      rowsDone
      rowsTotal
      percent
    }
  }
`);
