import { graphql } from '@/gql';

export const ConfirmRecordMutation = graphql(`
  mutation SelfCheck_ConfirmRecord($input: ConfirmRecordInput!) {
    confirmRecord(input: $input) {
      __typename
      ... on ConfirmRecordSuccess {
        record {
          id
          version
        }
      }
      ... on SelfCheckUnavailable {
        code
        message
        instructions
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const ConfirmAdmissionPhotoMutation = graphql(`
  mutation SelfCheck_ConfirmAdmissionPhoto($input: ConfirmAdmissionPhotoInput!) {
    confirmAdmissionPhoto(input: $input) {
      __typename
      ... on ConfirmAdmissionPhotoSuccess {
        record {
          id
          version
        }
      }
      ... on SelfCheckUnavailable {
        code
        message
        instructions
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);
