import { graphql } from './generated';

/**
 * What the public pages read: regions, their units, and the service catalogue. One operation per
 * page, asking for exactly what the page shows.
 */

export const homeQuery = graphql(`
  query Home {
    regions {
      slug
      name
      province
    }
  }
`);

export const searchServicesQuery = graphql(`
  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {
    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          name
          unit {
            name
            abbreviation
          }
          region {
            slug
            name
          }
        }
      }
    }
    regions {
      slug
      name
    }
  }
`);

/** The region's time zone, to know which calendar days "the last 12 months" are there. */
export const regionTimeZoneQuery = graphql(`
  query RegionTimeZone($slug: String!) {
    region(slug: $slug) {
      timeZone
    }
  }
`);

export const regionPageQuery = graphql(`
  query RegionPage($slug: String!, $from: Date!, $to: Date!) {
    region(slug: $slug) {
      slug
      name
      province
      kind
      headTitle
      satisfaction(from: $from, to: $to) {
        responseCount
        ikm
        grade
        provisional
        requiredSampleSize
      }
      units {
        id
        name
        abbreviation
        satisfaction(from: $from, to: $to) {
          responseCount
          ikm
          grade
        }
        services {
          slug
          name
        }
      }
    }
  }
`);

/** The service's region time zone, for the same reason as regionTimeZoneQuery. */
export const serviceTimeZoneQuery = graphql(`
  query ServiceTimeZone($slug: String!) {
    service(slug: $slug) {
      region {
        timeZone
      }
    }
  }
`);

export const servicePageQuery = graphql(`
  query ServicePage($slug: String!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
    service(slug: $slug) {
      slug
      name
      description
      category
      channel
      promisedDays
      feeRupiah
      requirements
      unit {
        name
        abbreviation
      }
      region {
        slug
        name
        timeZone
      }
      satisfaction(from: $from, to: $to) {
        responseCount
        ikm
        grade
        provisional
        requiredSampleSize
        elements {
          element
          average
        }
      }
      feedback(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            submittedAt
            comment
            response {
              body
              respondedAt
              unit {
                name
              }
            }
          }
        }
      }
    }
  }
`);
