import { graphql } from '@/gql';

// One record with what the confirm flow shows: the fields, the photo and the self-check state.
export const RecordSelfCheckQuery = graphql(`
  query SelfCheck_Record($id: ID!) {
    record(id: $id) {
      id
      version
      ...ConfirmSummary_EnrolmentRecordFragment
      selfCheck {
        ...SelfCheckStatus_RecordSelfCheckFragment
        state
        canConfirm
        finished
        photoRequired
        needsReconfirmation
        outOfScopeReason
        fieldsToCheck {
          name
          main
        }
        recordConfirmation {
          id
          valid
          assisted
        }
        photoConfirmation {
          id
          valid
          assisted
        }
      }
    }
  }
`);
