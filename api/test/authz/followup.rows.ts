/**
 * Authorization matrix rows of follow-up plans, the publication checklist and the survey period
 * setting (decision record 0025). Targets are Mataram's licensing unit (DPMPTSP), where the demo
 * officer works: its officer, HR of Mataram and ADMIN change plans; the MAYOR of Mataram reads them.
 * Fixture plans sit in semesters of 2001–2004, far from the demo's own periods.
 */
import { randomUUID } from 'node:crypto';
import { only, type Actor, type Outcome, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

const editors = () => only('admin', 'hr', 'officer');
const readers = (): Record<Actor, Outcome> => only('admin', 'hr', 'mayor', 'officer');

/** A plan of DPMPTSP for `key` (a semester), with one action; agreed when asked. Made once. */
async function fixturePlan(world: AuthzWorld, key: string, agreed: boolean): Promise<{ actionId: string }> {
  const year = key.slice(0, 4);
  const [from, to] = key.endsWith('S1') ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
  const unitId = world.mataram.licensingUnitId;
  await world.sql(
    `insert into follow_up_plan_head (id, created_at, unit_id, period_key, period_start, period_end, agreed_at)
     values (gen_random_uuid(), now(), ?, ?, ?, ?, ${agreed ? 'now()' : 'null'}) on conflict (unit_id, period_start) do nothing`,
    [unitId, key, from, to],
  );
  const [existing] = await world.sql<{ id: string }>('select id from follow_up_plan where unit_id = ? and period_start = ? order by created_at limit 1', [unitId, from]);
  if (existing) return { actionId: existing.id };
  const id = randomUUID();
  await world.sql(
    `insert into follow_up_plan (id, created_at, unit_id, element, period_start, period_end, action, owner, due_on, status, drafted)
     values (?, now(), ?, 'WAKTU_PENYELESAIAN', ?, ?, 'Memantau berkas harian.', 'Seksi Pelayanan', ?::date + 90, 'PLANNED', true)`,
    [id, unitId, from, to, to],
  );
  return { actionId: id };
}

const PLAN_FIELDS = 'id state period unit { name } actions { id element action owner dueOn status sourceComments { text } } figures { completion medianDaysToDone }';

export const rows: OperationRow[] = [
  {
    operation: 'Query.followUpPlans',
    // Asked for DPMPTSP: an officer of another unit would otherwise be answered with their own unit.
    request: (world) => ({ query: `query ($u: ID) { followUpPlans(regionSlug: "mataram", unitId: $u) { ${PLAN_FIELDS} } }`, variables: { u: world.mataram.licensingUnitId } }),
    expect: readers(),
  },
  {
    operation: 'Query.followUpFigures',
    request: () => ({ query: '{ followUpFigures(regionSlug: "mataram") { period actions due completion medianDaysToDone units { unit { name } planState completion } } }' }),
    expect: only('admin', 'hr', 'mayor'),
  },
  {
    operation: 'Mutation.draftFollowUpPlan',
    // Idempotent: every allowed caller gets the same plan of the last complete period.
    request: async (world) => {
      const [region] = await world.sql<{ time_zone: string }>('select time_zone from region where id = ?', [world.mataram.id]);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: region!.time_zone }).format(new Date());
      const [y, m] = today.split('-').map(Number) as [number, number];
      const key = m <= 6 ? `${y - 1}-S2` : `${y}-S1`;
      return { query: `mutation ($u: ID!, $p: String!) { draftFollowUpPlan(unitId: $u, period: $p) { ${PLAN_FIELDS} } }`, variables: { u: world.mataram.licensingUnitId, p: key } };
    },
    expect: editors(),
  },
  {
    operation: 'Mutation.saveFollowUpAction',
    request: async (world) => ({
      query: `mutation ($i: FollowUpActionInput!) { saveFollowUpAction(input: $i) { ${PLAN_FIELDS} } }`,
      variables: { i: { id: (await fixturePlan(world, '2001-S1', false)).actionId, owner: 'Seksi Pelayanan' } },
    }),
    expect: editors(),
  },
  {
    operation: 'Mutation.removeFollowUpAction',
    request: async (world) => {
      await fixturePlan(world, '2001-S1', false);
      const id = randomUUID();
      await world.sql(
        `insert into follow_up_plan (id, created_at, unit_id, element, period_start, period_end, action, status, drafted)
         values (?, now(), ?, 'BIAYA_TARIF', '2001-01-01', '2001-06-30', 'Mengumumkan tarif.', 'PLANNED', false)`,
        [id, world.mataram.licensingUnitId],
      );
      return { query: 'mutation ($id: ID!) { removeFollowUpAction(id: $id) { id state } }', variables: { id } };
    },
    expect: editors(),
  },
  {
    operation: 'Mutation.agreeFollowUpPlan',
    request: async (world) => {
      await fixturePlan(world, '2002-S1', false);
      return { query: 'mutation ($u: ID!) { agreeFollowUpPlan(unitId: $u, period: "2002-S1") { id state agreedAt } }', variables: { u: world.mataram.licensingUnitId } };
    },
    expect: editors(),
  },
  {
    operation: 'Mutation.updateFollowUpStatus',
    request: async (world) => ({
      query: 'mutation ($id: ID!) { updateFollowUpStatus(id: $id, status: IN_PROGRESS) { id status } }',
      variables: { id: (await fixturePlan(world, '2003-S1', true)).actionId },
    }),
    expect: editors(),
  },
  {
    operation: 'Query.publications',
    request: (world) => ({ query: 'query ($u: ID!) { publications(unitId: $u) { id channel publishedOn link note automatic } }', variables: { u: world.mataram.licensingUnitId } }),
    expect: readers(),
  },
  {
    operation: 'Mutation.recordPublication',
    request: (world) => ({
      query: 'mutation ($i: PublicationInput!) { recordPublication(input: $i) { id channel publishedOn } }',
      variables: { i: { unitId: world.mataram.licensingUnitId, period: '2004-S1', channel: 'NOTICE_BOARD', publishedOn: '2004-07-05', note: 'Papan pengumuman loket' } },
    }),
    expect: editors(),
  },
  {
    operation: 'Mutation.removePublication',
    request: async (world) => {
      const id = randomUUID();
      await world.sql(
        `insert into skm_publication (id, created_at, unit_id, period_key, period_start, period_end, channel, published_on)
         values (?, now(), ?, '2004-S2', '2004-07-01', '2004-12-31', 'WEBSITE', '2005-01-10')`,
        [id, world.mataram.licensingUnitId],
      );
      return { query: 'mutation ($id: ID!) { removePublication(id: $id) }', variables: { id } };
    },
    expect: editors(),
  },
  {
    operation: 'Mutation.setSurveyPeriod',
    // Sets Mataram's period to what it already is: the matrix checks who may, not what changes.
    request: async (world) => {
      const [region] = await world.sql<{ survey_period: string }>('select survey_period from region where id = ?', [world.mataram.id]);
      return { query: 'mutation ($p: SurveyPeriodKind!) { setSurveyPeriod(regionSlug: "mataram", period: $p) { slug surveyPeriod } }', variables: { p: region!.survey_period } };
    },
    expect: only('admin'),
  },
];
