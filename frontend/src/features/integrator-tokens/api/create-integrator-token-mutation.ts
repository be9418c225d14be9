import { graphql } from '@/gql';

export const CreateIntegratorTokenMutation = graphql(`
  mutation IntegratorTokens_Create($input: CreateIntegratorTokenInput!) {
    createIntegratorToken(input: $input) {
      __typename
      ... on IntegratorTokenCreated {
        secret
        token {
          id
          ...TokenTable_IntegratorTokenFragment
        }
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          message
        }
      }
      ... on IdempotencyKeyReused {
        code
        message
      }
    }
  }
`);
