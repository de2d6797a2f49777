import { graphql } from '../graphql/generated';

/** The notification outbox as the staff page reads it (decision record 0035). */
export const notificationOutboxQuery = graphql(`
  query NotificationOutbox($regionSlug: String, $status: NotificationStatus, $first: Int, $after: String) {
    notificationOutbox(regionSlug: $regionSlug, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          recipient
          language
          subject
          attempts
          createdAt
          nextAttemptAt
          sentAt
          lastError
        }
      }
    }
  }
`);
