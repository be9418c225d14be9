import { graphql } from '@/gql';

export const CampaignProgressSubscription = graphql(`
  subscription Dashboard_CampaignProgress($campaignId: ID!) {
    campaignProgress(campaignId: $campaignId) {
      ...FunnelFigures_CampaignFunnelFragment
    }
  }
`);
