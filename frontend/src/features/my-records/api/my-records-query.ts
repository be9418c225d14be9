import { graphql } from '@/gql';

// One query for the list and the detail screen: opening a record reads it from the cache.
export const MyRecordsQuery = graphql(`
  query MyRecords_Records {
    me {
      id
      displayName
      maskedPhone
      records {
        id
        status
        ...RecordCard_EnrolmentRecordFragment
        ...RecordSheet_EnrolmentRecordFragment
      }
      recordLink {
        ...RecordNotFound_RecordLinkFragment
      }
    }
  }
`);
