import { graphql } from '../graphql/generated';

/** The Laporan SKM operations of the portal (decision record 0026). */

export const reportRegionQuery = graphql(`
  query ReportRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      timeZone
      surveyPeriod
      units {
        id
        name
        services {
          id
        }
      }
    }
  }
`);

export const reportUnitRegionQuery = graphql(`
  query ReportUnitRegion($id: ID!) {
    unit(id: $id) {
      id
      name
      region {
        id
        slug
        name
        timeZone
        surveyPeriod
      }
    }
  }
`);

export const skmReportsQuery = graphql(`
  query SkmReports($regionSlug: String!, $period: String, $unitId: ID) {
    skmReports(regionSlug: $regionSlug, period: $period, unitId: $unitId) {
      id
      periodKey
      version
      publishedAt
      responseCount
      ikm
      grade
      unit {
        id
        name
      }
    }
  }
`);

export const skmReportPreviewQuery = graphql(`
  query SkmReportPreview($unitId: ID!, $period: String!) {
    skmReportPreview(unitId: $unitId, period: $period) {
      periodKey
      periodFrom
      periodTo
      complete
      responseCount
      ikm
      grade
      publishable
      refusal
      changedSincePublished
      content
      unit {
        id
        name
      }
      published {
        id
        version
        signedBy
        versions {
          id
          version
          publishedAt
          responseCount
          ikm
          revisionReason
        }
      }
    }
  }
`);

export const publishSkmReportMutation = graphql(`
  mutation PublishSkmReport($unitId: ID!, $period: String!, $signedBy: String!) {
    publishSkmReport(unitId: $unitId, period: $period, signedBy: $signedBy) {
      id
      version
    }
  }
`);

export const publishedSkmReportQuery = graphql(`
  query PublishedSkmReport($id: ID!, $version: Int) {
    publishedSkmReport(id: $id, version: $version) {
      id
      version
      periodKey
      publishedAt
      signedBy
      revisionReason
      content
      unit {
        name
      }
    }
  }
`);
