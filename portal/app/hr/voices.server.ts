import { graphql } from '../graphql/generated';

/**
 * Citizens' published words of the region for HR to read and tag (issue 9, point 4), with the units
 * and competencies the filters offer.
 */
export const citizenVoicesQuery = graphql(`
  query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {
    citizenVoices(regionSlug: $regionSlug, unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $lowScoresOnly, first: $first, after: $after) {
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
          submittedAt
          lowElements
          service {
            id
            name
          }
          unit {
            id
            name
          }
          competencyTags {
            id
            code
            name
          }
        }
      }
    }
    region(slug: $regionSlug) {
      timeZone
      units {
        id
        name
      }
    }
    competencies {
      id
      code
      name
    }
  }
`);
