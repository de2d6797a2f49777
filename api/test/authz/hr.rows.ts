/**
 * Authorization matrix rows of competency management, development needs and training impact
 * (issue 9). Targets are Mataram's: HR of Mataram and ADMIN may read its people's gaps and needs;
 * HR of Kupang may not, except what is shared on purpose (the dictionary, a shared program's impact).
 */
import { only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

async function competencyId(world: AuthzWorld, code: string): Promise<string> {
  const [row] = await world.sql<{ id: string }>('select id from competency where code = ?', [code]);
  return row!.id;
}

async function programId(world: AuthzWorld, region: string, title: string): Promise<string> {
  const [row] = await world.sql<{ id: string }>(
    'select p.id from training_program p join region r on r.id = p.region_id where r.slug = ? and p.title = ?',
    [region, title],
  );
  return row!.id;
}

const IMPACT = `query($id: ID!) { trainingImpact(programId: $id) { unit { slug } competency { code } completedAt before { responseCount average } after { responseCount average } change } }`;

export const rows: OperationRow[] = [
  {
    operation: 'Query.competencies',
    request: () => ({ query: '{ competencies(kind: MANAJERIAL) { id code name kind levels } }' }),
    expect: only('admin', 'hr', 'moderator', 'hrKupang', 'moderatorKupang'),
  },
  {
    operation: 'Query.competencyGaps',
    request: (world) => ({
      query: 'query($u: ID!) { competencyGaps(unitId: $u) { competency { code } employeesAssessed employeesBelowStandard averageRequired averageAssessed averageGap } }',
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.unitCompetencyProfile',
    request: (world) => ({
      query: 'query($u: ID!) { unitCompetencyProfile(unitId: $u) { year jobPersonMatch jpShortfall employees { nip name jobPersonMatch jpThisYear } } }',
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.developmentNeeds',
    request: () => ({
      query: `{ developmentNeeds(regionSlug: "mataram", first: 10) { unit { name } competency { code } priority
        evidence { feedbackSignal lowScoreCount competencyGap jpShortfall } suggestedPrograms { title ownerOffice measuredImpact } } }`,
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.facilitiesIssues',
    request: () => ({ query: '{ facilitiesIssues(regionSlug: "mataram") { unit { name } responseCount average lowScoreCount lowShare } }' }),
    expect: only('admin', 'hr', 'mayor'),
  },
  {
    // A program Mataram keeps to itself (a shared program's impact reaching HR of every region is tested in
    // development-needs.test.ts).
    operation: 'Query.trainingImpact',
    request: async (world) => ({ query: IMPACT, variables: { id: await programId(world, 'mataram', 'Pelatihan Pelayanan Prima') } }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.elementCompetencyMap',
    request: () => ({ query: '{ elementCompetencyMap(regionSlug: "mataram") { element serviceTechnical competencies { code } } }' }),
    expect: only('admin', 'hr', 'moderator'),
  },
  {
    // Sets BIAYA_TARIF to what it already is: allowed calls change nothing.
    operation: 'Mutation.setElementCompetencies',
    request: async (world) => ({
      query: `mutation($ids: [ID!]!) { setElementCompetencies(regionSlug: "mataram", element: BIAYA_TARIF, competencyIds: $ids) { element competencies { code } } }`,
      variables: { ids: [await competencyId(world, 'M-INTEGRITAS')] },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Mutation.tagCompetency',
    request: async (world) => ({
      query: 'mutation($i: ID!, $c: ID!) { tagCompetency(itemId: $i, competencyId: $c) { code } }',
      variables: { i: await world.comment(world.mataram.licensing, 'PUBLISHED'), c: await competencyId(world, 'T-LAYANAN-DIGITAL') },
    }),
    expect: only('admin', 'hr', 'moderator'),
  },
  {
    operation: 'Mutation.untagCompetency',
    request: async (world) => {
      const item = await world.comment(world.mataram.licensing, 'PUBLISHED');
      const competency = await competencyId(world, 'T-LAYANAN-DIGITAL');
      const [account] = await world.sql<{ id: string }>(`select id from staff_account where email = 'admin@suara.demo'`);
      await world.sql(
        'insert into competency_tag (id, created_at, feedback_id, competency_id, tagged_by_id) values (gen_random_uuid(), now(), ?, ?, ?)',
        [item, competency, account!.id],
      );
      return { query: 'mutation($i: ID!, $c: ID!) { untagCompetency(itemId: $i, competencyId: $c) { code } }', variables: { i: item, c: competency } };
    },
    expect: only('admin', 'hr', 'moderator'),
  },
];
