import { requireHrRegion } from './region.server';
import { graphql } from '../graphql/generated';
import { apiProblem } from '../utils/problems.server';
import { unlessSignedOut, type Staff } from '../staff/guard.server';

/** What the HR insight pages (heatmap, profile, assessment cycle, potential) send to the API (issue 9, points 10 and 12). */

export const heatmapQuery = graphql(`
  query HrHeatmap($region: String!) {
    competencyHeatmap(regionSlug: $region) {
      competencies {
        id
        code
        name
      }
      units {
        unit {
          id
          name
        }
        cells {
          averageGap
          employeesBelowStandard
          employeesAssessed
        }
      }
    }
  }
`);

export const unitEmployeesQuery = graphql(`
  query HrUnitEmployees($unit: ID!) {
    unitCompetencyProfile(unitId: $unit) {
      unit {
        id
        name
      }
      employees {
        id
        name
        nip
        position
        jobPersonMatch
        jpThisYear
      }
    }
  }
`);

export const employeeProfileQuery = graphql(`
  query HrEmployeeProfile($employee: ID!, $target: ID) {
    employeeProfile(employeeId: $employee, targetPositionId: $target) {
      id
      nip
      name
      unit {
        id
        name
      }
      position {
        id
        title
      }
      cycleMonths
      jobPersonMatch
      targetPosition {
        id
        title
        unit {
          name
        }
      }
      targetJobPersonMatch
      competencies {
        competency {
          id
          code
          name
        }
        required
        assessed
        assessedOn
        method
        stale
        gap
        surplus
        targetRequired
        targetGap
      }
      jpThisYear
      jpShortfall
      trainings {
        programId
        title
        status
        completedOn
        jpEarned
        reason
      }
      developmentActivities {
        id
        kind
        title
        competency {
          name
        }
        startedOn
        endedOn
        note
      }
      targetPositionOptions {
        id
        title
        unit {
          name
        }
      }
    }
  }
`);

export const setTargetPositionMutation = graphql(`
  mutation HrSetTargetPosition($employee: ID!, $position: ID) {
    setTargetPosition(employeeId: $employee, positionId: $position) {
      id
      targetPosition {
        id
      }
    }
  }
`);

export const coverageQuery = graphql(`
  query HrAssessmentCoverage($unit: ID!) {
    assessmentCoverage(unitId: $unit) {
      unit {
        id
        name
      }
      cycleMonths
      employeeCount
      upToDate
      coverage
      overdue {
        employeeId
        name
        nip
        lastAssessedOn
        monthsSince
      }
    }
  }
`);

export const setAssessmentCycleMutation = graphql(`
  mutation HrSetAssessmentCycle($region: String!, $months: Int!) {
    setAssessmentCycle(regionSlug: $region, months: $months) {
      regionSlug
      cycleMonths
    }
  }
`);

export const potentialQuery = graphql(`
  query HrPotential($region: String!, $competency: ID, $first: Int) {
    potentialEmployees(regionSlug: $region, competencyId: $competency, first: $first) {
      employee {
        id
        name
        nip
        unit {
          name
        }
        position
      }
      competency {
        id
        name
      }
      required
      assessed
      surplus
      activities {
        id
        kind
        title
        startedOn
        endedOn
      }
    }
    competencies {
      id
      code
      name
    }
  }
`);

export const recordActivityMutation = graphql(`
  mutation HrRecordActivity($input: DevelopmentActivityInput!) {
    recordDevelopmentActivity(input: $input) {
      id
    }
  }
`);

/**
 * The regions this staff member works as HR: every region for an ADMIN, else those of their HR
 * grants, by name; the one asked for by `?wilayah=` or the first.
 */
/** The page's region (`?wilayah=` for ADMIN and HR of several regions); 403 without one. */
export const hrRegion = requireHrRegion;

/** Unwraps an API answer for a loader: signs out on an expired session, else the error page. */
export async function loaded<T>(request: Request, staff: Staff, result: { ok: true; data: T } | { ok: false; error: import('../graphql/client.server').ApiError }): Promise<T> {
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return result.data;
}
