import { graphql } from '@/gql';

export const IssueReceiptMutation = graphql(`
  mutation Receipts_IssueReceipt($input: IssueVerificationCodeInput!) {
    issueSelfCheckReceipt(input: $input) {
      __typename
      ... on VerificationCodeIssued {
        ...IssuedCode_VerificationCodeIssuedFragment
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const IssueReportMutation = graphql(`
  mutation Receipts_IssueReport($input: IssueVerificationCodeInput!) {
    issueVerificationReport(input: $input) {
      __typename
      ... on VerificationCodeIssued {
        ...IssuedCode_VerificationCodeIssuedFragment
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const ExtendCodeMutation = graphql(`
  mutation Receipts_ExtendCode($input: ExtendVerificationCodeInput!) {
    extendVerificationCode(input: $input) {
      __typename
      ... on VerificationCodeSaved {
        verificationCode {
          id
          state
          expiresAt
        }
      }
      ... on MutationError {
        code
        message
      }
    }
  }
`);

export const RevokeCodeMutation = graphql(`
  mutation Receipts_RevokeCode($input: RevokeVerificationCodeInput!) {
    revokeVerificationCode(input: $input) {
      __typename
      ... on VerificationCodeSaved {
        verificationCode {
          id
          state
          revokedAt
        }
      }
    }
  }
`);
