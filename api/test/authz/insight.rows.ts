/**
 * Authorization matrix rows of assessment coverage, employee profiles, potential and the heatmap
 * (issue 9, points 10 and 12). Targets are Mataram's: HR of Mataram and ADMIN only; people data never
 * leaves its region, so HR of Kupang is refused every one of them.
 */
import { only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

async function employeeId(world: AuthzWorld): Promise<string> {
  const [row] = await world.sql<{ id: string }>(
    `select e.id from employee e join region r on r.id = e.region_id where r.slug = 'mataram' and e.position_id is not null order by e.nip limit 1`,
  );
  return row!.id;
}

const PROFILE = `id nip name unit { name } position { id title } jobPersonMatch targetPosition { title } targetJobPersonMatch
  competencies { competency { code } required assessed assessedOn method stale gap surplus targetRequired targetGap }
  jpThisYear jpShortfall trainings { title status completedOn jpEarned reason } developmentActivities { kind title startedOn }`;

export const rows: OperationRow[] = [
  {
    // Sets the cycle to the default it already has: allowed calls change nothing.
    operation: 'Mutation.setAssessmentCycle',
    request: () => ({ query: 'mutation { setAssessmentCycle(regionSlug: "mataram", months: 24) { regionSlug cycleMonths } }' }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.assessmentCoverage',
    request: (world) => ({
      query: 'query($u: ID!) { assessmentCoverage(unitId: $u) { cycleMonths employeeCount upToDate coverage overdue { name nip lastAssessedOn monthsSince } } }',
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.employeeProfile',
    request: async (world) => ({ query: `query($e: ID!) { employeeProfile(employeeId: $e) { ${PROFILE} } }`, variables: { e: await employeeId(world) } }),
    expect: only('admin', 'hr'),
  },
  {
    // Clears a target position nobody set: allowed calls change nothing.
    operation: 'Mutation.setTargetPosition',
    request: async (world) => ({
      query: 'mutation($e: ID!) { setTargetPosition(employeeId: $e, positionId: null) { id targetPosition { title } } }',
      variables: { e: await employeeId(world) },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.potentialEmployees',
    request: () => ({
      query: '{ potentialEmployees(regionSlug: "mataram", first: 10) { employee { name nip unit { name } position } competency { code } required assessed surplus activities { kind title } } }',
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Mutation.recordDevelopmentActivity',
    request: async (world) => ({
      query: `mutation($e: ID!) { recordDevelopmentActivity(input: { employeeId: $e, kind: MENTORING_OTHERS, title: "Membimbing pegawai baru", startedOn: "2026-01-05" }) { id kind employee { name } } }`,
      variables: { e: await employeeId(world) },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.competencyHeatmap',
    request: () => ({
      query: '{ competencyHeatmap(regionSlug: "mataram") { competencies { code } units { unit { name } cells { competency { code } averageGap employeesBelowStandard employeesAssessed } } } }',
    }),
    expect: only('admin', 'hr'),
  },
];
