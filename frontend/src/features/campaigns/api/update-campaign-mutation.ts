import { graphql } from '@/gql';

export const UpdateCampaignMutation = graphql(`
  mutation Campaigns_UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      __typename
      ... on CampaignSaved {
        campaign {
          id
          ...CampaignFields_CampaignFragment
        }
      }
      ... on ValidationFailed {
        code
        message
        fieldErrors {
          field
          code
          message
        }
      }
      ... on VersionConflict {
        code
        message
        currentVersion
      }
    }
  }
`);
