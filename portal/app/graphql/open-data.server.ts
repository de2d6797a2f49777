import { graphql } from './generated';

/**
 * The public open-data page of a region (`/wilayah/<slug>/data`) and its CSV: published SKM results
 * per service and survey period (decision record 0027).
 */
export const openDataQuery = graphql(`
  query OpenData($regionSlug: String!, $period: String) {
    openData(regionSlug: $regionSlug, period: $period) {
      region {
        slug
        name
        timeZone
      }
      period {
        key
        kind
        from
        to
        state
        publishedAt
        revisedAt
      }
      periods {
        key
        kind
        from
        to
        state
      }
      rows {
        service {
          slug
          name
        }
        unit {
          id
          name
          abbreviation
        }
        version
        publishedAt
        lateResponses
        responseCount
        ikm
        grade
        elements {
          element
          average
        }
        revisions {
          version
          publishedAt
          responseCount
          ikm
          grade
        }
      }
      units {
        unit {
          id
          name
          abbreviation
        }
        responseCount
        ikm
        grade
      }
      total {
        responseCount
        ikm
        grade
      }
    }
  }
`);

/** The Laporan SKM published for the page's period, one link per unit (decision record 0026). */
export const openDataReportsQuery = graphql(`
  query OpenDataReports($regionSlug: String!, $period: String!) {
    publishedSkmReports(regionSlug: $regionSlug, period: $period) {
      id
      version
      publishedAt
      unit {
        id
      }
    }
  }
`);
