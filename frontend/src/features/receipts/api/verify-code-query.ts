import { graphql } from '@/gql';

// Public: anyone holding a code may ask; personal data comes back masked, and only for a valid code.
export const VerifyCodeQuery = graphql(`
  query Receipts_VerifyCode($code: String!) {
    verifyCode(code: $code) {
      state
      retryAfterSeconds
      kind
      issuedAt
      expiresAt
      revokedAt
      recordChanged
      institutionCode
      institutionName
      maskedName
      maskedIdNumber
      level
      majorCode
      majorName
      admissionYear
      status
    }
  }
`);
