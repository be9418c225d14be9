import { graphql } from '@/gql';

export const FileTicketMutation = graphql(`
  mutation Corrections_FileTicket($input: FileCorrectionTicketInput!) {
    fileCorrectionTicket(input: $input) {
      __typename
      ... on TicketSaved {
        ticket {
          id
        }
      }
      ... on ValidationFailed {
        fieldErrors {
          field
          code
          message
        }
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const AnswerTicketMutation = graphql(`
  mutation Corrections_AnswerTicket($input: AnswerCorrectionTicketInput!) {
    answerCorrectionTicket(input: $input) {
      __typename
      ... on TicketSaved {
        ticket {
          id
          state
          version
        }
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const WithdrawTicketMutation = graphql(`
  mutation Corrections_WithdrawTicket($input: WithdrawCorrectionTicketInput!) {
    withdrawCorrectionTicket(input: $input) {
      __typename
      ... on TicketSaved {
        ticket {
          id
          state
          version
        }
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);
