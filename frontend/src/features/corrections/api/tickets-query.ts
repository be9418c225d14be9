import { graphql } from '@/gql';

export const MyTicketsQuery = graphql(`
  query Corrections_MyTickets {
    me {
      id
      records {
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
        correctionTickets {
          id
          state
          submittedAt
          items {
            id
            field
          }
        }
      }
    }
  }
`);

export const TicketQuery = graphql(`
  query Corrections_Ticket($id: ID!) {
    correctionTicket(id: $id) {
      id
      state
      version
      reason
      submittedAt
      record {
        id
      }
      items {
        id
        field
        tier
        currentValue
        requestedValue
        reasonCode
        note
        decision
        evidence {
          id
          fileName
        }
      }
      events {
        fromState
        toState
        actor
        note
        occurredAt
      }
    }
  }
`);
