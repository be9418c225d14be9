import { graphql } from '@/gql';

export const StartRosterImportMutation = graphql(`
  mutation Import_StartRosterImport($input: StartRosterImportInput!) {
    startRosterImport(input: $input) {
      __typename
      ... on RosterImportAnalysed {
        batch {
          id
          version
        }
      }
      ... on RosterFileRejected {
        code
        message
        detail
      }
    }
  }
`);
