import { graphql } from '@/gql';

export const RollbackImportBatchMutation = graphql(`
  mutation Import_RollbackImportBatch($input: RollbackImportBatchInput!) {
    rollbackImportBatch(input: $input) {
      __typename
      ... on ImportRolledBack {
        batch {
          id
          state
        }
      }
      ... on ImportBatchStateConflict {
        code
        message
      }
      ... on ValidationFailed {
        code
        message
      }
    }
  }
`);
