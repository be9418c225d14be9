import { graphql } from '@/gql';

export const ExtendCampaignMutation = graphql(`
  mutation Campaigns_ExtendCampaign($input: ExtendCampaignInput!) {
    extendCampaignForStudent(input: $input) {
      __typename
      ... on CampaignSaved {
        campaign {
          id
          extensions {
            ...ExtensionsTable_CampaignExtensionFragment
          }
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
    }
  }
`);
