import { graphql } from '@/gql';

// Shared by registration, password reset and the profile's phone change.
export const SmsChallengeQuery = graphql(`
  query Sms_Challenge {
    smsChallenge
  }
`);

export const RequestSmsCodeMutation = graphql(`
  mutation Sms_RequestCode($input: RequestSmsCodeInput!) {
    requestSmsCode(input: $input) {
      __typename
      ... on SmsCodeSent {
        maskedPhone
        validForSeconds
        resendAfterSeconds
      }
      ... on SmsThrottled {
        reason
        retryAfterSeconds
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
