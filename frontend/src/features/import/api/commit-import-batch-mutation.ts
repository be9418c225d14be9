import { graphql } from '@/gql';

export const CommitImportBatchMutation = graphql(`
  mutation Import_CommitImportBatch($input: CommitImportBatchInput!) {
    commitImportBatch(input: $input) {
      __typename
      ... on ImportCommitFinished {
        batch {
          id
          state
          failure
          version
        }
      }
      ... on ImportBatchStateConflict {
        code
        message
        state
      }
      ... on VersionConflict {
        code
        message
      }
    }
  }
`);
