import { graphql } from '@/gql';

export const NonCompletersQuery = graphql(`
  query Dashboard_NonCompleters($campaignId: ID!, $collegeId: ID, $first: Int, $after: String) {
    nonCompleters(campaignId: $campaignId, collegeId: $collegeId, first: $first, after: $after) {
      edges {
        node {
          recordId
          studentNumber
          name
          collegeName
          classCode
          stage
          phone
          lastRemindedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
