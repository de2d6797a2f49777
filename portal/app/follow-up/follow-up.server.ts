import { graphql } from '../graphql/generated';

/** The follow-up pages' operations (rencana tindak lanjut; decision record 0025). */

export const followUpListQuery = graphql(`
  query FollowUpList($regionSlug: String!, $period: String) {
    followUpPlans(regionSlug: $regionSlug, period: $period) {
      id
      period
      periodStart
      periodEnd
      periodComplete
      state
      unit {
        id
        name
      }
      actions {
        id
      }
      figures {
        actions
        due
        done
        doneByDeadline
        dropped
        overdue
        completion
        medianDaysToDone
      }
    }
  }
`);

export const followUpFiguresQuery = graphql(`
  query FollowUpRegionFigures($regionSlug: String!, $period: String) {
    followUpFigures(regionSlug: $regionSlug, period: $period) {
      period
      agreedPlans
      draftPlans
      actions
      due
      done
      doneByDeadline
      dropped
      overdue
      completion
      medianDaysToDone
    }
  }
`);

export const followUpUnitQuery = graphql(`
  query FollowUpUnit($unitId: ID!) {
    unit(id: $unitId) {
      id
      name
      region {
        slug
        name
        surveyPeriod
      }
    }
  }
`);

export const followUpPlanQuery = graphql(`
  query FollowUpPlan($regionSlug: String!, $period: String, $unitId: ID!) {
    followUpPlans(regionSlug: $regionSlug, period: $period, unitId: $unitId) {
      id
      period
      periodStart
      periodEnd
      periodComplete
      state
      draftedAt
      agreedAt
      agreedBy
      unit {
        id
        name
      }
      actions {
        id
        element
        action
        owner
        dueOn
        status
        evidence
        dropReason
        closedAt
        overdue
        doneOnTime
        drafted
        sourceAverage
        sourceLowScoreCount
        sourceComments {
          id
          text
        }
        sourceReasonCounts {
          element
          reason
          count
        }
      }
      figures {
        actions
        due
        done
        doneByDeadline
        dropped
        overdue
        completion
        medianDaysToDone
      }
    }
    publications(unitId: $unitId, period: $period) {
      id
      channel
      publishedOn
      link
      note
      automatic
    }
  }
`);

export const draftFollowUpMutation = graphql(`
  mutation DraftFollowUpPlan($unitId: ID!, $period: String!) {
    draftFollowUpPlan(unitId: $unitId, period: $period) {
      id
    }
  }
`);

export const saveFollowUpActionMutation = graphql(`
  mutation SaveFollowUpAction($input: FollowUpActionInput!) {
    saveFollowUpAction(input: $input) {
      id
    }
  }
`);

export const removeFollowUpActionMutation = graphql(`
  mutation RemoveFollowUpAction($id: ID!) {
    removeFollowUpAction(id: $id) {
      id
    }
  }
`);

export const agreeFollowUpMutation = graphql(`
  mutation AgreeFollowUpPlan($unitId: ID!, $period: String!) {
    agreeFollowUpPlan(unitId: $unitId, period: $period) {
      id
      state
    }
  }
`);

export const followUpStatusMutation = graphql(`
  mutation UpdateFollowUpStatus($id: ID!, $status: FollowUpStatus!, $evidence: String, $reason: String) {
    updateFollowUpStatus(id: $id, status: $status, evidence: $evidence, reason: $reason) {
      id
      status
    }
  }
`);

export const recordPublicationMutation = graphql(`
  mutation RecordPublication($input: PublicationInput!) {
    recordPublication(input: $input) {
      id
    }
  }
`);

export const removePublicationMutation = graphql(`
  mutation RemovePublication($id: ID!) {
    removePublication(id: $id)
  }
`);

export const setSurveyPeriodMutation = graphql(`
  mutation SetSurveyPeriod($regionSlug: String!, $period: SurveyPeriodKind!) {
    setSurveyPeriod(regionSlug: $regionSlug, period: $period) {
      slug
      surveyPeriod
    }
  }
`);

export const regionSurveyPeriodQuery = graphql(`
  query RegionSurveyPeriod($slug: String!) {
    region(slug: $slug) {
      surveyPeriod
    }
  }
`);
