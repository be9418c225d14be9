import { graphql } from '@/gql';

export const AuditEventsQuery = graphql(`
  query AuditLog_Events($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          occurredAt
          actor
          actorSubject
          action
          entityType
          entityId
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
`);
