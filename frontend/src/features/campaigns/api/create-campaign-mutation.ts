import { graphql } from '@/gql';

export const CreateCampaignMutation = graphql(`
  mutation Campaigns_CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
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
      ... on IdempotencyKeyReused {
        code
        message
      }
    }
  }
`);
