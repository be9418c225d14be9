import { graphql } from '@/gql';

export const ReceiptsQuery = graphql(`
  query Receipts_Record($id: ID!) {
    record(id: $id) {
      id
      status
      institution {
        id
        name
      }
      level
      major {
        id
        name
      }
      selfCheck {
        finished
      }
      verificationCodes {
        id
        ...CodeList_VerificationCodeFragment
      }
    }
  }
`);
