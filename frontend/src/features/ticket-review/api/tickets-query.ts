import { graphql } from '@/gql';

export const TicketsQuery = graphql(`
  query TicketReview_Tickets($filter: CorrectionTicketFilter, $first: Int, $after: String) {
    correctionTickets(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...TicketQueueTable_CorrectionTicketFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
