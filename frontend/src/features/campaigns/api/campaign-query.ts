import { graphql } from '@/gql';

// Extensions name students: analysts (aggregates only) ask without them.
export const CampaignQuery = graphql(`
  query Campaigns_Campaign($id: ID!, $withExtensions: Boolean!) {
    campaign(id: $id) {
      id
      ...CampaignFields_CampaignFragment
      ...CampaignScopeCounts_CampaignFragment
      extensions @include(if: $withExtensions) {
        ...ExtensionsTable_CampaignExtensionFragment
      }
    }
  }
`);
