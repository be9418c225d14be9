import { graphql } from '@/gql';

export const RecordAuditTrailQuery = graphql(`
  query Roster_RecordAuditTrail($id: ID!, $first: Int, $after: String) {
    record(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        edges {
          node {
            id
            occurredAt
            actor
            action
            reason
            changes {
              field
              before
              after
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
