import { graphql } from '../graphql/generated';

/** What the page "Permintaan hapus data" (/staf/privasi) sends to the API (decision record 0034). */

export const dataDeletionRequestsQuery = graphql(`
  query DataDeletionRequests($regionSlug: String!, $status: DataDeletionStatus, $first: Int, $after: String) {
    dataDeletionRequests(regionSlug: $regionSlug, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          channel
          requestedAt
          receiptCode
          submittedAt
          reason
          heldFields
          requestedBy {
            name
          }
          decidedAt
          decidedBy {
            name
          }
          rejectReason
          erasedFields
          service {
            name
            slug
            region {
              slug
            }
          }
        }
      }
    }
  }
`);

export const staffRequestDataDeletionMutation = graphql(`
  mutation StaffRequestDataDeletion($code: String!, $reason: String) {
    requestDataDeletion(receiptCode: $code, reason: $reason) {
      status
    }
  }
`);

export const confirmDataDeletionMutation = graphql(`
  mutation ConfirmDataDeletion($id: ID!) {
    confirmDataDeletion(id: $id) {
      id
      service {
        slug
        region {
          slug
        }
      }
    }
  }
`);

export const rejectDataDeletionMutation = graphql(`
  mutation RejectDataDeletion($id: ID!, $reason: String!) {
    rejectDataDeletion(id: $id, reason: $reason) {
      id
    }
  }
`);
