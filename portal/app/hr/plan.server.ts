import { graphql } from '../graphql/generated';

/** The HR needs and plan pages' operations (issue 9, points 9, 10 and 12c). */

export const hrNeedsQuery = graphql(`
  query HrNeeds($regionSlug: String!, $year: Int, $competencyId: ID) {
    developmentNeeds(regionSlug: $regionSlug, year: $year, competencyId: $competencyId, first: 50) {
      unit {
        id
        name
      }
      competency {
        id
        code
        name
      }
      priority
      evidence {
        feedbackSignal
        lowScoreCount
        scoreCount
        taggedCount
        competencyGap
        jpShortfall
        periodStart
        periodEnd
      }
      participation {
        invited
        completed
        declined
        noShow
        dropped
        rate
        low
      }
      suggestedPrograms {
        id
        title
        ownerOffice
        measuredImpact
        shared
        jp
        partner {
          name
        }
      }
    }
    facilitiesIssues(regionSlug: $regionSlug, year: $year) {
      unit {
        id
        name
      }
      responseCount
      average
      lowScoreCount
      lowShare
    }
    competencies {
      id
      code
      name
    }
  }
`);

export const hrPlanQuery = graphql(`
  query HrPlan($regionSlug: String!, $year: Int!, $budget: Float!) {
    developmentPlan(regionSlug: $regionSlug, year: $year, budget: $budget) {
      year
      budget
      spent
      remaining
      items {
        rank
        need {
          unit {
            id
            name
          }
          competency {
            code
            name
          }
          priority
        }
        program {
          id
          title
          ownerOffice
          jp
        }
        participants {
          employeeId
          name
          nip
          reasons
          reason
          reasonEn
        }
        participantCount
        costPerParticipant
        cost
        priorityCovered
        jpAdded
        explanation
        explanationEn
      }
      uncovered {
        need {
          unit {
            id
            name
          }
          competency {
            code
            name
          }
          priority
        }
        reason
        employeesLeft
        costToCover
        explanation
        explanationEn
      }
    }
  }
`);
