import { graphql } from '../graphql/generated';
import type { Staff } from '../staff/guard.server';

/** The HR program pages' operations (issue 9): partners, programs, enrolments, the unit overview. */

export const hrProgramsQuery = graphql(`
  query HrPrograms($regionSlug: String!, $includeShared: Boolean, $competencyId: ID) {
    trainingPrograms(regionSlug: $regionSlug, includeShared: $includeShared, competencyId: $competencyId) {
      id
      title
      mode
      form
      jp
      costPerParticipant
      shared
      ownerOffice
      measuredImpact
      region {
        slug
        name
      }
      partner {
        name
        kind
      }
      competencies {
        id
        code
        name
      }
    }
    partners(regionSlug: $regionSlug) {
      id
      name
      kind
    }
    competencies {
      id
      code
      name
      kind
    }
  }
`);

export const hrProgramQuery = graphql(`
  query HrProgram($id: ID!) {
    trainingProgram(id: $id) {
      id
      title
      description
      mode
      form
      jp
      costPerParticipant
      startsOn
      endsOn
      shared
      ownerOffice
      measuredImpact
      region {
        slug
        name
        units {
          id
          name
        }
      }
      partner {
        name
        kind
      }
      competencies {
        id
        code
        name
      }
      enrolments {
        id
        status
        completedOn
        jpEarned
        reason
        employee {
          id
          nip
          name
          unit {
            id
            name
          }
        }
      }
    }
    trainingImpact(programId: $id) {
      unit {
        id
        name
      }
      competency {
        code
        name
      }
      completedAt
      before {
        responseCount
        average
      }
      after {
        responseCount
        average
      }
      change
    }
  }
`);

export const hrUnitPeopleQuery = graphql(`
  query HrUnitPeople($unitId: ID!) {
    unitCompetencyProfile(unitId: $unitId) {
      year
      employees {
        id
        nip
        name
        position
        jpThisYear
        jpShortfall
      }
    }
  }
`);

export const hrPartnersQuery = graphql(`
  query HrPartners($regionSlug: String!) {
    partners(regionSlug: $regionSlug) {
      id
      name
      kind
      description
    }
  }
`);

export const savePartnerMutation = graphql(`
  mutation HrSavePartner($input: PartnerInput!) {
    savePartner(input: $input) {
      id
    }
  }
`);

export const saveProgramMutation = graphql(`
  mutation HrSaveProgram($input: TrainingProgramInput!) {
    saveTrainingProgram(input: $input) {
      id
    }
  }
`);

export const enrolMutation = graphql(`
  mutation HrEnrol($programId: ID!, $employeeIds: [ID!]!) {
    enrolEmployees(programId: $programId, employeeIds: $employeeIds) {
      id
    }
  }
`);

export const updateEnrolmentMutation = graphql(`
  mutation HrUpdateEnrolment($input: EnrolmentUpdateInput!) {
    updateEnrolment(input: $input) {
      id
      status
    }
  }
`);

export const unitOverviewQuery = graphql(`
  query UnitOverview($unitId: ID!) {
    unitOverview(unitId: $unitId) {
      unit {
        id
        name
      }
      periodStart
      periodEnd
      satisfaction {
        responseCount
        ikm
        grade
      }
      services {
        service {
          id
          name
          slug
        }
        satisfaction {
          responseCount
          ikm
          grade
          elements {
            element
            average
          }
        }
      }
      recentComments {
        service {
          name
        }
        feedback {
          id
          comment
          submittedAt
        }
      }
      completedPrograms {
        programId
        title
        completions
        impact {
          competency {
            code
            name
          }
          completedAt
          before {
            responseCount
            average
          }
          after {
            responseCount
            average
          }
          change
        }
      }
    }
  }
`);

/**
 * The region whose programs HR works on: the region of its HR grant; an ADMIN (no region of their
 * own) names it with `?wilayah=`. Null when there is none to choose.
 */
export function hrRegionSlug(staff: Staff, url: URL): string | null {
  const asked = url.searchParams.get('wilayah');
  const grants = staff.user.roles.filter((g) => g.role === 'HR' && g.region);
  if (asked && /^[a-z0-9-]{1,80}$/.test(asked) && (staff.user.roles.some((g) => g.role === 'ADMIN') || grants.some((g) => g.region!.slug === asked))) return asked;
  return grants[0]?.region?.slug ?? null;
}
