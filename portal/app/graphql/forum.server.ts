import { graphql } from './generated';

/**
 * The citizens' forum (issue 8): questions about a service or a unit, answered officially by the
 * unit; every citizen's post waits for a moderator before it is public.
 */

export const forumThreadSummaryFragment = graphql(`
  fragment ForumThreadSummary on ForumThread {
    id
    title
    authorName
    createdAt
    lastActivityAt
    answered
    postCount
    service {
      slug
      name
    }
    unit {
      id
      name
      abbreviation
      region {
        slug
        name
        timeZone
      }
    }
  }
`);

/** `/forum`: the threads of a region, or of one of its units, latest activity first. */
export const forumThreadsQuery = graphql(`
  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {
    regions {
      slug
      name
    }
    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ForumThreadSummary
        }
      }
    }
  }
`);

/** A unit as the heading of its own threads. */
export const forumUnitQuery = graphql(`
  query ForumUnit($id: ID!) {
    unit(id: $id) {
      id
      name
      abbreviation
      region {
        slug
        name
      }
    }
  }
`);

/** `/layanan/<slug>/forum`: one service's threads, and what the new-thread form needs. */
export const serviceForumQuery = graphql(`
  query ServiceForum($slug: String!, $first: Int!, $after: String) {
    service(slug: $slug) {
      id
      ...ServiceSummary
      unit {
        id
      }
      region {
        timeZone
      }
    }
    forumThreads(serviceSlug: $slug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ForumThreadSummary
        }
      }
    }
  }
`);

/** `/forum/<id>`: the thread and a page of its published posts, oldest first. */
export const forumThreadQuery = graphql(`
  query ForumThread($id: ID!, $first: Int!, $after: String) {
    forumThread(id: $id) {
      ...ForumThreadSummary
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            body
            authorName
            createdAt
            official
            edited
            officialUnit {
              name
              abbreviation
            }
          }
        }
      }
    }
  }
`);

export const startForumThreadMutation = graphql(`
  mutation StartForumThread($input: StartForumThreadInput!) {
    startForumThread(input: $input) {
      id
      status
    }
  }
`);

export const postToForumMutation = graphql(`
  mutation PostToForum($input: PostToForumInput!) {
    postToForum(input: $input) {
      id
      status
    }
  }
`);
