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

export const regionPageQuery = graphql(`
  query RegionPage($slug: String!) {
    region(slug: $slug) {
      slug
      name
      province
      kind
      headTitle
      units {
        id
        name
        abbreviation
        services {
          slug
          name
        }
      }
    }
  }
`);

export const servicePageQuery = graphql(`
  query ServicePage($slug: String!) {
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
      }
    }
  }
`);
