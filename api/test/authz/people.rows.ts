/**
 * Authorization matrix rows of HR's people data (issue 9, 1): employees, assessments, positions and
 * the region's own technical competencies. Targets are Mataram's: HR of Mataram and ADMIN may read and
 * change them; HR of Kupang may not (nothing personal leaves its region), nor may any other role.
 * Allowed mutations aim at a fresh target per actor, or write what is already there.
 */
import { randomUUID } from 'node:crypto';
import { ACTORS, only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

const HR_OF_MATARAM = only('admin', 'hr');

async function mataramEmployee(world: AuthzWorld): Promise<string> {
  const [row] = await world.sql<{ id: string }>(`select e.id from employee e where e.region_id = ? order by e.nip limit 1`, [world.mataram.id]);
  return row!.id;
}

async function mataramTechnical(world: AuthzWorld): Promise<{ id: string; code: string }> {
  const code = `T-MATRIX-${randomUUID().slice(0, 8).toUpperCase()}`;
  const [row] = await world.sql<{ id: string }>(
    `insert into competency (id, created_at, code, name, kind, description, region_id) values (gen_random_uuid(), now(), ?, 'Matriks', 'TEKNIS', '', ?) returning id`,
    [code, world.mataram.id],
  );
  for (let level = 1; level <= 5; level++) {
    await world.sql(`insert into competency_level (id, created_at, competency_id, level, descriptor) values (gen_random_uuid(), now(), ?, ?, ?)`, [row!.id, level, `Level ${level}`]);
  }
  return { id: row!.id, code };
}

const LEVELS = ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'];

export const rows: OperationRow[] = [
  {
    operation: 'Query.positions',
    request: (world) => ({
      query: 'query($u: ID) { positions(regionSlug: "mataram", unitId: $u) { id title kind unit { name } requirements { competency { code } requiredLevel } } }',
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Query.employees',
    request: () => ({
      query: '{ employees(regionSlug: "mataram", first: 5) { totalCount edges { node { nip name competencies { competency { code } gap } } } } }',
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Query.employee',
    request: async (world) => ({
      query: 'query($id: ID!) { employee(id: $id) { nip name birthDate assessments { level assessor } } }',
      variables: { id: await mataramEmployee(world) },
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.createCompetency',
    request: () => ({
      query: 'mutation($input: CompetencyInput!) { createCompetency(input: $input) { id code } }',
      variables: { input: { regionSlug: 'mataram', code: `T-MATRIX-${randomUUID().slice(0, 8).toUpperCase()}`, name: 'Matriks', levels: LEVELS } },
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.updateCompetency',
    request: async (world) => {
      const own = await mataramTechnical(world);
      return {
        query: 'mutation($id: ID!, $input: CompetencyInput!) { updateCompetency(id: $id, input: $input) { id } }',
        variables: { id: own.id, input: { regionSlug: 'mataram', code: own.code, name: 'Matriks (diubah)', levels: LEVELS } },
      };
    },
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.savePosition',
    request: (world, actor) => ({
      query: 'mutation($input: PositionInput!) { savePosition(input: $input) { id } }',
      variables: { input: { unitId: world.mataram.licensingUnitId, title: `Jabatan Matriks ${actor}`, kind: 'PELAKSANA', requirements: [] } },
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.saveEmployee',
    request: (world, actor) => ({
      query: 'mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }',
      // A valid NIP of its own for each actor: born 1986-02-03, appointed 2011-04, male.
      variables: { input: { nip: `198602032011041${String(500 + ACTORS.indexOf(actor)).padStart(3, '0')}`, name: `Pegawai Matriks ${actor}`, unitId: world.mataram.licensingUnitId, employmentType: 'PNS' } },
    }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.setEmployeeActive',
    // Active already: an allowed call changes nothing.
    request: async (world) => ({ query: 'mutation($id: ID!) { setEmployeeActive(id: $id, active: true) { active } }', variables: { id: await mataramEmployee(world) } }),
    expect: HR_OF_MATARAM,
  },
  {
    operation: 'Mutation.recordAssessment',
    // An assessment dated long ago is never the latest: the demo's gaps stay as they are.
    request: async (world) => {
      const [integrity] = await world.sql<{ id: string }>(`select id from competency where code = 'M-INTEGRITAS'`);
      return {
        query: 'mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }',
        variables: { input: { employeeId: await mataramEmployee(world), competencyId: integrity!.id, level: 2, assessedOn: '2001-01-01', method: 'SUPERVISOR', assessor: 'Matriks' } },
      };
    },
    expect: HR_OF_MATARAM,
  },
];
