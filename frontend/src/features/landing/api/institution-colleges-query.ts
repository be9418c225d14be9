import { graphql } from '@/gql';

export const InstitutionCollegesQuery = graphql(`
  query Landing_InstitutionColleges($code: String!) {
    institution(code: $code) {
      id
      code
      name
      colleges {
        id
        ...CollegeList_CollegeFragment
      }
    }
    openCampaigns(institutionCode: $code) {
      ...CampaignCard_PublicCampaignFragment
    }
  }
`);
