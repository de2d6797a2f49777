import { graphql } from '../graphql/generated';

/** The public forum's reads and writes (agreed in /work/briefs/staff-api.graphql, issue 8). */

export const forumThreadsQuery = graphql(`
  query ForumThreads($regionSlug: String, $serviceSlug: String, $first: Int, $after: String) {
    forumThreads(regionSlug: $regionSlug, serviceSlug: $serviceSlug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          authorName
          createdAt
          lastActivityAt
          answered
          postCount
          service {
            name
            slug
          }
          unit {
            name
            region {
              timeZone
            }
          }
        }
      }
    }
  }
`);

export const forumServiceQuery = graphql(`
  query ForumService($slug: String!) {
    service(slug: $slug) {
      id
      slug
      name
      region {
        name
        slug
      }
    }
  }
`);

export const forumThreadQuery = graphql(`
  query ForumThread($id: ID!, $after: String) {
    forumThread(id: $id) {
      id
      title
      authorName
      createdAt
      answered
      postCount
      service {
        name
        slug
        region {
          name
          slug
        }
      }
      unit {
        name
        region {
          timeZone
        }
      }
      posts(first: 50, after: $after) {
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
