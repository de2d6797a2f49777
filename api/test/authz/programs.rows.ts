/**
 * Authorization matrix rows of partners, training programs, enrolments and the unit officer's
 * overview (issue 9). Targets are Mataram's: HR of Mataram and ADMIN manage its programs and people;
 * HR of Kupang may not (a shared program is readable by HR of every region: development-programs.test.ts).
 */
import { only, type Actor, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

async function programId(world: AuthzWorld, region: string, title: string): Promise<string> {
  const [row] = await world.sql<{ id: string }>(
    'select p.id from training_program p join region r on r.id = p.region_id where r.slug = ? and p.title = ?',
    [region, title],
  );
  return row!.id;
}

async function firstEmployee(world: AuthzWorld, regionId: string): Promise<string> {
  const [row] = await world.sql<{ id: string }>('select id from employee where region_id = ? and active order by nip limit 1', [regionId]);
  return row!.id;
}

async function competencyId(world: AuthzWorld, code: string): Promise<string> {
  const [row] = await world.sql<{ id: string }>('select id from competency where code = ?', [code]);
  return row!.id;
}

/** A fresh PLANNED enrolment of Mataram for each caller, so that every allowed step succeeds. */
async function freshEnrolment(world: AuthzWorld, actor: Actor): Promise<string> {
  const [program] = await world.sql<{ id: string }>(
    `insert into training_program (id, created_at, region_id, title, description, mode, form, jp, cost_per_participant, shared)
     values (gen_random_uuid(), now(), ?, ?, '', 'KLASIKAL', 'WORKSHOP', 8, 0, false) returning id`,
    [world.mataram.id, `Matriks ${actor} ${Date.now()}`],
  );
  const [enrolment] = await world.sql<{ id: string }>(
    `insert into enrolment (id, created_at, employee_id, program_id, status, jp_earned) values (gen_random_uuid(), now(), ?, ?, 'PLANNED', 0) returning id`,
    [await firstEmployee(world, world.mataram.id), program!.id],
  );
  return enrolment!.id;
}

const PROGRAM_FIELDS = 'id title mode form jp costPerParticipant shared ownerOffice measuredImpact region { slug } partner { name kind } competencies { code }';

export const rows: OperationRow[] = [
  {
    operation: 'Query.partners',
    request: () => ({ query: '{ partners(regionSlug: "mataram") { id name kind description } }' }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Mutation.savePartner',
    request: (_world, actor) => ({
      query: 'mutation($input: PartnerInput!) { savePartner(input: $input) { id name kind } }',
      variables: { input: { regionSlug: 'mataram', name: `Mitra matriks ${actor}`, kind: 'NGO' } },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.trainingPrograms',
    request: () => ({ query: `{ trainingPrograms(regionSlug: "mataram") { ${PROGRAM_FIELDS} enrolments { status employee { name } } } }` }),
    expect: only('admin', 'hr'),
  },
  {
    // A program Mataram keeps to itself; a shared one reaching HR of every region is tested in development-programs.test.ts.
    operation: 'Query.trainingProgram',
    request: async (world) => ({
      query: `query($id: ID!) { trainingProgram(id: $id) { ${PROGRAM_FIELDS} enrolments { status } } }`,
      variables: { id: await programId(world, 'mataram', 'Pelatihan Pelayanan Prima') },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Mutation.saveTrainingProgram',
    request: async (world, actor) => ({
      query: 'mutation($input: TrainingProgramInput!) { saveTrainingProgram(input: $input) { id title jp } }',
      variables: {
        input: {
          regionSlug: 'mataram',
          title: `Program matriks ${actor}`,
          mode: 'NON_KLASIKAL',
          form: 'MENTORING',
          jp: 6,
          costPerParticipant: 0,
          competencyIds: [await competencyId(world, 'M-INTEGRITAS')],
        },
      },
    }),
    expect: only('admin', 'hr'),
  },
  {
    // Enrolling someone already enrolled changes nothing: every allowed call succeeds.
    operation: 'Mutation.enrolEmployees',
    request: async (world) => ({
      query: 'mutation($p: ID!, $e: [ID!]!) { enrolEmployees(programId: $p, employeeIds: $e) { id status } }',
      variables: { p: await programId(world, 'mataram', 'Workshop Manajemen Waktu Layanan'), e: [await firstEmployee(world, world.mataram.id)] },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Mutation.updateEnrolment',
    request: async (world, actor) => ({
      query: 'mutation($input: EnrolmentUpdateInput!) { updateEnrolment(input: $input) { id status } }',
      variables: { input: { id: await freshEnrolment(world, actor), status: 'ENROLLED' } },
    }),
    expect: only('admin', 'hr'),
  },
  {
    // DPMPTSP of Mataram: its officer, HR and the mayor of Mataram; not an officer of a sibling unit.
    operation: 'Query.unitOverview',
    request: (world) => ({
      query: `query($u: ID!) { unitOverview(unitId: $u) { unit { name } periodStart periodEnd satisfaction { responseCount ikm }
        services { service { name } satisfaction { responseCount elements { element average } } }
        recentComments { service { name } feedback { comment submittedAt } }
        completedPrograms { title completions impact { competency { code } change before { responseCount } after { responseCount } } } } }`,
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr', 'mayor', 'officer'),
  },
];
