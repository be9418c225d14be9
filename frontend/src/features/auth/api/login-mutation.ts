import { graphql } from '@/gql';

export const LoginMutation = graphql(`
  mutation Auth_Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        accessToken
        expiresAt
        account {
          id
          displayName
          roles
          institution {
            id
            name
          }
        }
      }
      ... on LoginFailed {
        code
        message
      }
      ... on LoginThrottled {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);
