import { graphql } from '@/gql';

export const TicketQuery = graphql(`
  query TicketReview_Ticket($id: ID!) {
    correctionTicket(id: $id) {
      id
      state
      version
      submittedAt
      decidedAt
      decidedBy
      reason
      record {
        id
        studentNumber
        name
        classCode
      }
      college {
        id
        name
      }
      items {
        id
        tier
        decision
        collegeRecommendation
        ...TicketItemsTable_TicketItemFragment
      }
      events {
        actor
        note
        toState
        ...TicketEvents_TicketEventFragment
      }
    }
  }
`);
