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
  query SearchServices($search: String, $regionSlug: String, $unitId: ID, $category: String, $first: Int, $after: String) {
    services(search: $search, regionSlug: $regionSlug, unitId: $unitId, category: $category, first: $first, after: $after) {
      totalCount
      hasPreviousPage
      previousCursor
      didYouMean
      regionFromQuery {
        slug
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ServiceSummary
        }
      }
    }
    regions {
      slug
      name
      units {
        id
        name
      }
    }
  }
`);

export const regionPageQuery = graphql(`
  query RegionPage($slug: String!, $months: Int!) {
    region(slug: $slug) {
      slug
      name
      province
      kind
      headTitle
      satisfaction(lastMonths: $months) {
        ...SatisfactionFacts
      }
      units {
        id
        name
        abbreviation
        satisfaction(lastMonths: $months) {
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

export const servicePageQuery = graphql(`
  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {
    service(slug: $slug) {
      ...ServiceSummary
      description
      category
      channel
      promisedDays
      feeRupiah
      requirements
      region {
        timeZone
      }
      satisfaction(lastMonths: $months) {
        ...SatisfactionFacts
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
