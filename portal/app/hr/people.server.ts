import { requireHrRegion } from './region.server';
import { graphql } from '../graphql/generated';
import { execute } from '../graphql/client.server';
import { unlessSignedOut, type Staff } from '../staff/guard.server';
import { apiProblem, notFound } from '../utils/problems.server';

export { REGION_PARAM, regionQuery } from './people-region';

/** The operations of HR's people pages (employees, assessments, positions, dictionary): api/src/modules/competency. */

export const hrRegionUnitsQuery = graphql(`
  query HrRegionUnits($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      timeZone
      units {
        id
        name
      }
    }
  }
`);

export const hrEmployeesQuery = graphql(`
  query HrEmployees($regionSlug: String!, $unitId: ID, $search: String, $first: Int, $after: String) {
    employees(regionSlug: $regionSlug, unitId: $unitId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nip
          name
          active
          employmentType
          unit {
            id
            name
          }
          position {
            id
            title
          }
        }
      }
    }
  }
`);

export const hrEmployeeQuery = graphql(`
  query HrEmployee($id: ID!) {
    employee(id: $id) {
      id
      nip
      name
      active
      employmentType
      unit {
        id
        name
        region {
          slug
        }
      }
      position {
        id
        title
      }
      assessments {
        id
        level
        assessedOn
        method
        assessor
        competency {
          id
          code
          name
        }
      }
    }
  }
`);

export const hrPositionsQuery = graphql(`
  query HrPositions($regionSlug: String!, $unitId: ID) {
    positions(regionSlug: $regionSlug, unitId: $unitId) {
      id
      title
      kind
      unit {
        id
        name
      }
      requirements {
        requiredLevel
        competency {
          id
          code
          name
        }
      }
    }
  }
`);

export const hrDictionaryQuery = graphql(`
  query HrDictionary($regionSlug: String!) {
    competencies(regionSlug: $regionSlug) {
      id
      code
      name
      kind
      description
      levels
      region {
        slug
      }
    }
  }
`);

export const saveEmployeeMutation = graphql(`
  mutation HrSaveEmployee($input: EmployeeInput!) {
    saveEmployee(input: $input) {
      id
    }
  }
`);

export const setEmployeeActiveMutation = graphql(`
  mutation HrSetEmployeeActive($id: ID!, $active: Boolean!) {
    setEmployeeActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const recordAssessmentMutation = graphql(`
  mutation HrRecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
    }
  }
`);

export const savePositionMutation = graphql(`
  mutation HrSavePosition($input: PositionInput!) {
    savePosition(input: $input) {
      id
    }
  }
`);

export const createCompetencyMutation = graphql(`
  mutation HrCreateCompetency($input: CompetencyInput!) {
    createCompetency(input: $input) {
      id
    }
  }
`);

export const updateCompetencyMutation = graphql(`
  mutation HrUpdateCompetency($id: ID!, $input: CompetencyInput!) {
    updateCompetency(id: $id, input: $input) {
      id
    }
  }
`);

export interface HrRegion {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  units: Array<{ id: string; name: string }>;
}

/**
 * The region an HR page works on: HR's own (from the grant), or for ADMIN and HR of several
 * regions the one named by `?wilayah=`, else the first by name. With its units, by name.
 */
export async function hrRegion(request: Request, staff: Staff): Promise<{ region: HrRegion; regions: Array<{ slug: string; name: string }> }> {
  const { regions, region: chosen } = await requireHrRegion(request, staff);
  const result = await execute(staff.caller, hrRegionUnitsQuery, { slug: chosen.slug });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const region = result.data.region!;
  return { region: { ...region, units: [...region.units].sort((a, b) => a.name.localeCompare(b.name)) }, regions };
}


/** The employee of the address, or 404 (none, or an id we never made); FORBIDDEN from the API stays 403. */
export async function employeeOf(request: Request, staff: Staff, id: string | undefined) {
  if (!id || id.length > 100) notFound('page');
  const result = await execute(staff.caller, hrEmployeeQuery, { id });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    if (result.error.code === 'BAD_USER_INPUT') notFound('page');
    apiProblem(result.error);
  }
  if (!result.data.employee) notFound('page');
  return result.data.employee;
}

