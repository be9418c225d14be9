import { graphql } from '@/gql';

export const RevokeIntegratorTokenMutation = graphql(`
  mutation IntegratorTokens_Revoke($input: RevokeIntegratorTokenInput!) {
    revokeIntegratorToken(input: $input) {
      __typename
      ... on IntegratorTokenRevoked {
        token {
          id
          active
          revokedAt
        }
      }
    }
  }
`);
