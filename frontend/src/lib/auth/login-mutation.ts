import { graphql } from '@/gql';

// One sign-in for both areas: staff (username, e-mail) and students (phone, ID number).
export const LoginMutation = graphql(`
  mutation Session_Login($input: LoginInput!) {
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
      ... on LoginTotpRequired {
        code
        message
      }
      ... on LoginTotpEnrolmentRequired {
        code
        message
        secret
        otpauthUri
      }
    }
  }
`);
