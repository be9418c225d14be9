import { graphql } from '@/gql';

// What the student still has to do, soonest deadline first (the server's order).
export const PendingTasksQuery = graphql(`
  query SelfCheck_PendingTasks {
    me {
      id
      pendingTasks {
        kind
        recordId
        subject
        reconfirmReason
        ticketId
        deadline
        record {
          id
          level
          institution {
            id
            name
          }
          major {
            id
            name
          }
        }
      }
    }
  }
`);
