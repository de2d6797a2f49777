import { graphql } from '../graphql/generated';

/**
 * Citizens' published words of the region for HR to read and tag (issue 9, point 4), with the units
 * and competencies the filters offer, and what citizens said went wrong (issue 13): each comment's
 * own reasons and the counts of the region's (or the unit's) last 12 months. The reasons' words come
 * from @suara/skm in the page's language, not from the API's `label`.
 */
export const citizenVoicesQuery = graphql(`
  query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {
    citizenVoices(regionSlug: $regionSlug, unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $lowScoresOnly, first: $first, after: $after) {
      totalCount
      reasonCounts {
        element
        reason
        count
      }
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
          lowScoreReasons {
            element
            reason
          }
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
