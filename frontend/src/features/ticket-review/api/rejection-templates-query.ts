import { graphql } from '@/gql';

export const RejectionTemplatesQuery = graphql(`
  query TicketReview_RejectionTemplates {
    correctionRejectionTemplates {
      code
      text
    }
  }
`);
