import { graphql } from '@/gql';

/** The fallback when the live progress (WebSocket) is not available: read the batch again. */
export const BatchProgressQuery = graphql(`
  query Import_BatchProgress($id: ID!) {
    importBatch(id: $id) {
      id
      state
      failure
      progress {
        state
        rowsDone
        rowsTotal
        percent
      }
    }
  }
`);
