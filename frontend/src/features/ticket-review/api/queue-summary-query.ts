import { graphql } from '@/gql';

export const QueueSummaryQuery = graphql(`
  query TicketReview_QueueSummary($filter: CorrectionTicketFilter) {
    correctionQueueSummary(filter: $filter) {
      total
      byState {
        state
        count
        underOneDay
        oneToThreeDays
        threeToSevenDays
        overSevenDays
      }
    }
  }
`);
