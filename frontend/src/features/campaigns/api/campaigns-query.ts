import { graphql } from '@/gql';

export const CampaignsQuery = graphql(`
  query Campaigns_List($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      edges {
        node {
          id
          ...CampaignTable_CampaignFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
