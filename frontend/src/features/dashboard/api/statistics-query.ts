import { graphql } from '@/gql';

export const StatisticsQuery = graphql(`
  query Dashboard_Statistics($campaignId: ID!) {
    campaignStatistics(campaignId: $campaignId) {
      campaignId
      scope
      aggregatesOnly
      funnel {
        ...FunnelFigures_CampaignFunnelFragment
      }
      byCollege {
        key
        name
        inScope
        confirmed
        completionRate
        suppressed
      }
      byDay {
        day
        confirmed
      }
      ticketsByState {
        key
        count
      }
      decisionWaits {
        collegeId
        collegeName
        waiting
        medianHours
        oldestWaitingSince
      }
    }
  }
`);
