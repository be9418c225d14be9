import { graphql } from '@/gql';

export const ProfileQuery = graphql(`
  query Profile_Me {
    me {
      id
      displayName
      maskedPhone
      email
      sessions {
        id
        createdAt
        lastUsedAt
        ip
        userAgent
        current
      }
      loginHistory(first: 10) {
        occurredAt
        ip
        userAgent
        success
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation Profile_ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordSuccess {
        sessionsRevoked
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          code
          message
        }
      }
    }
  }
`);

export const ChangePhoneMutation = graphql(`
  mutation Profile_ChangePhone($input: ChangePhoneInput!) {
    changePhone(input: $input) {
      __typename
      ... on ChangePhoneSuccess {
        account {
          id
          maskedPhone
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

export const ChangeEmailMutation = graphql(`
  mutation Profile_ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      __typename
      ... on ChangeEmailSuccess {
        account {
          id
          email
        }
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          code
          message
        }
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation Profile_RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      __typename
      ... on RevokeSessionSuccess {
        sessionId
      }
    }
  }
`);

export const CorrectNameMutation = graphql(`
  mutation Profile_CorrectName($input: CorrectAccountNameInput!) {
    correctAccountName(input: $input) {
      __typename
      ... on CorrectAccountNameSuccess {
        correctionsLeft
        account {
          id
          displayName
        }
      }
      ... on NameCorrectionRefused {
        correctionsLeft
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
