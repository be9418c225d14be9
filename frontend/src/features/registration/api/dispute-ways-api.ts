import { graphql } from '@/gql';

export const RequestClassmateMutation = graphql(`
  mutation Registration_RequestClassmateAssist($input: RequestClassmateAssistInput!) {
    requestClassmateAssist(input: $input) {
      __typename
      ... on ClassmateAssistRequested {
        maskedClassmateName
        requestsLeft
      }
      ... on DisputeStepRefused {
        code
        message
        attemptsLeft
      }
    }
  }
`);

export const SubmitIdentityPhotoMutation = graphql(`
  mutation Registration_SubmitIdentityPhoto($input: SubmitIdentityPhotoInput!) {
    submitIdentityPhoto(input: $input) {
      __typename
      ... on IdentityPhotoSubmitted {
        dispute {
          id
          state
          methods
          reviewState
          reviewReason
        }
      }
      ... on DisputeStepRefused {
        code
        message
      }
    }
  }
`);
