import { graphql } from '@/gql';

export const CampaignOptionsQuery = graphql(`
  query Dashboard_CampaignOptions {
    campaigns(first: 50) {
      edges {
        node {
          id
          name
          state
        }
      }
    }
  }
`);
