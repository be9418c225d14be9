import { graphql } from '@/gql';

export const RegistrationTermsQuery = graphql(`
  query Registration_Terms {
    registrationTerms {
      consentVersion
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Registration_Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on RegisterSuccess {
        accessToken
        expiresAt
        account {
          id
          displayName
          roles
        }
      }
      ... on ValidationFailed {
        fieldErrors {
          field
          code
          message
        }
      }
      ... on SmsCodeRejected {
        triesLeft
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation Registration_ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on ValidationFailed {
        fieldErrors {
          field
          code
          message
        }
      }
      ... on SmsCodeRejected {
        triesLeft
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const RecoverUsernameMutation = graphql(`
  mutation Registration_RecoverUsername($input: RecoverUsernameInput!) {
    recoverUsername(input: $input) {
      __typename
      ... on RecoverUsernameResult {
        found
        maskedPhone
        maskedEmail
        message
      }
      ... on TooManyAttempts {
        retryAfterSeconds
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const DisputeQuery = graphql(`
  query Registration_Dispute {
    me {
      id
      identityDispute {
        id
        state
        maskedIdNumber
        factAttemptsLeft
        methods
        classmateAttemptsLeft
        latestClassmateRequest {
          state
          maskedClassmateName
        }
        reviewState
        reviewReason
      }
    }
  }
`);

export const ProveFactsMutation = graphql(`
  mutation Registration_ProveFacts($input: ProveEnrolmentFactsInput!) {
    proveEnrolmentFacts(input: $input) {
      __typename
      ... on IdentityDisputeRefused {
        code
        message
        factAttemptsLeft
      }
    }
  }
`);
