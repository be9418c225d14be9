import { graphql } from '@/gql';

export const UnreadCountQuery = graphql(`
  query Inbox_UnreadCount {
    me {
      id
      unreadInboxCount
    }
  }
`);

export const InboxQuery = graphql(`
  query Inbox_Messages($after: String) {
    me {
      id
      unreadInboxCount
      inbox(first: 20, after: $after) {
        edges {
          cursor
          node {
            id
            topic
            title
            body
            subjectId
            createdAt
            read
            awaitingAnswer
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation Inbox_MarkRead($input: MarkInboxReadInput!) {
    markInboxRead(input: $input) {
      __typename
      ... on MarkInboxReadSuccess {
        marked
        unreadInboxCount
      }
    }
  }
`);

export const AnswerClassmateAssistMutation = graphql(`
  mutation Inbox_AnswerClassmateAssist($input: AnswerClassmateAssistInput!) {
    answerClassmateAssist(input: $input) {
      __typename
      ... on ClassmateAssistAnswered {
        confirmed
      }
      ... on DisputeStepRefused {
        code
        message
      }
    }
  }
`);
