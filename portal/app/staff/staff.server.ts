import { graphql } from '../graphql/generated';

/** What the staff pages send to the API (issue 8). */

export const loginMutation = graphql(`
  mutation StaffLogin($email: String!, $password: String!, $proofOfWork: String) {
    login(email: $email, password: $password, proofOfWork: $proofOfWork) {
      token
      expiresAt
      user {
        id
        mustChangePassword
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation StaffLogout {
    logout
  }
`);

export const changePasswordMutation = graphql(`
  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      expiresAt
    }
  }
`);

/**
 * Who is signed in: the header, the navigation and every role check of the pages read this; and
 * whether demo accounts with the public password exist (every staff page then says so).
 */
export const meQuery = graphql(`
  query StaffMe {
    publicPasswordAccounts
    me {
      id
      name
      email
      mustChangePassword
      roles {
        role
        region {
          id
          slug
          name
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

export const regionsForStaffQuery = graphql(`
  query StaffRegions {
    regions {
      id
      slug
      name
    }
  }
`);

/** A competency as the tagging form names it. */
export const tagCompetencyFragment = graphql(`
  fragment TagCompetency on Competency {
    id
    code
    name
  }
`);

export const moderationQueueQuery = graphql(`
  query ModerationQueue($regionSlug: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {
    moderationQueue(regionSlug: $regionSlug, status: $status, serviceId: $serviceId, reported: $reported, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          text
          status
          reportCount
          submittedAt
          redacted
          hiddenBySystem
          threadTitle
          authorName
          reports {
            reason
            at
            open
          }
          competencyTags {
            ...TagCompetency
          }
          service {
            id
            slug
            name
          }
        }
      }
    }
    competencies {
      ...TagCompetency
    }
  }
`);

/** One item, for a link straight to it (from the log, or a report): the queue of one. */
export const moderationItemQuery = graphql(`
  query ModerationItem($id: ID!) {
    moderationItem(id: $id) {
      id
      kind
      text
      status
      reportCount
      submittedAt
      redacted
      hiddenBySystem
      threadTitle
      authorName
      reports {
        reason
        at
        open
      }
      competencyTags {
        ...TagCompetency
      }
      service {
        id
        slug
        name
        region {
          slug
        }
      }
    }
    competencies {
      ...TagCompetency
    }
  }
`);

export const regionServicesQuery = graphql(`
  query StaffRegionServices($regionSlug: String!) {
    region(slug: $regionSlug) {
      timeZone
    }
    services(regionSlug: $regionSlug, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** What an action answers with: enough to say what happened and which public pages to purge. */
export const moderatedItemFragment = graphql(`
  fragment ModeratedItem on ModerationItem {
    id
    status
    service {
      slug
      region {
        slug
      }
    }
  }
`);

export const moderateMutation = graphql(`
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      ...ModeratedItem
    }
  }
`);

export const moderateManyMutation = graphql(`
  mutation ModerateMany($input: ModerateManyInput!) {
    moderateMany(input: $input) {
      ...ModeratedItem
    }
  }
`);

export const moderationLogQuery = graphql(`
  query ModerationLog($regionSlug: String, $itemId: ID, $first: Int, $after: String) {
    moderationLog(regionSlug: $regionSlug, itemId: $itemId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          reason
          at
          redactedText
          moderator {
            name
            system
          }
          item {
            id
            kind
            text
            service {
              name
            }
          }
        }
      }
    }
  }
`);

export const officerInboxQuery = graphql(`
  query OfficerInbox($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {
    officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          text
          threadTitle
          submittedAt
          publishedAt
          dueAt
          workingDaysOpen
          overdue
          unit {
            id
            name
            region {
              timeZone
            }
          }
          service {
            name
            slug
            region {
              slug
            }
          }
          response {
            body
            respondedAt
            edited
          }
        }
      }
    }
  }
`);

export const respondToFeedbackMutation = graphql(`
  mutation RespondToFeedback($feedbackId: ID!, $body: String!) {
    respondToFeedback(feedbackId: $feedbackId, body: $body) {
      id
      edited
    }
  }
`);

export const answerForumThreadMutation = graphql(`
  mutation AnswerForumThread($threadId: ID!, $body: String!) {
    answerForumThread(threadId: $threadId, body: $body) {
      id
    }
  }
`);

/** Every unit, by region: an ADMIN chooses whose inbox to read. */
export const unitsForStaffQuery = graphql(`
  query StaffUnits {
    regions {
      id
      name
      timeZone
      units {
        id
        name
      }
    }
  }
`);
