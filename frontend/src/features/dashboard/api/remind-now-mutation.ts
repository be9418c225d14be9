import { graphql } from '@/gql';

export const RemindNowMutation = graphql(`
  mutation Dashboard_RemindNow($input: RemindNowInput!) {
    remindNow(input: $input) {
      __typename
      ... on RemindersSent {
        dryRun
        selected
        reachable
        messaged
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);
