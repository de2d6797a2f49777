import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * Issue 9, points 10 and 12: assessment on a cycle (coverage, stale assessments weigh less), the
 * employee's profile (gaps, surpluses, a target position), potential, and the unit heatmap.
 */
let api: TestApi;
let statements = 0;
let counting = false;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi({}, { debug: ['query'], logger: () => void (counting && statements++) });
  for (const email of ['hr@mamuju.demo', 'hr@kupang.demo', 'admin@suara.demo']) tokens[email] = await api.login(email);
});
afterAll(async () => {
  await api.close();
});

const db = <T>(text: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(text, params);

async function ok<T>(query: string, variables: Record<string, unknown> = {}, email = 'hr@mamuju.demo'): Promise<T> {
  const res = await api.gql<T>(query, variables, { token: tokens[email]! });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const COVERAGE = `query($u: ID!) { assessmentCoverage(unitId: $u) { unit { name } cycleMonths employeeCount upToDate coverage
  overdue { employeeId name nip lastAssessedOn monthsSince } } }`;
interface Coverage {
  cycleMonths: number;
  employeeCount: number;
  upToDate: number;
  coverage: number | null;
  overdue: Array<{ employeeId: string; name: string; lastAssessedOn: string | null; monthsSince: number | null }>;
}

const PROFILE = `query($e: ID!, $t: ID) { employeeProfile(employeeId: $e, targetPositionId: $t) {
  id nip name unit { name } position { id title } jobPersonMatch targetPosition { id title } targetJobPersonMatch cycleMonths
  competencies { competency { id code } required assessed assessedOn method stale gap surplus targetRequired targetGap }
  jpThisYear jpShortfall trainings { title status completedOn jpEarned reason } developmentActivities { kind title competency { code } }
  targetPositionOptions { id title unit { name } } } }`;
interface ProfileLine {
  competency: { id: string; code: string };
  required: number | null;
  assessed: number | null;
  gap: number | null;
  surplus: number | null;
  targetRequired: number | null;
  targetGap: number | null;
  stale: boolean;
}
interface Profile {
  id: string;
  position: { id: string; title: string } | null;
  jobPersonMatch: number | null;
  targetPosition: { id: string; title: string } | null;
  targetJobPersonMatch: number | null;
  competencies: ProfileLine[];
  jpThisYear: number;
  jpShortfall: number;
  trainings: Array<{ title: string; status: string; jpEarned: number }>;
  developmentActivities: Array<{ kind: string; title: string }>;
  targetPositionOptions: Array<{ id: string; title: string }>;
}

describe('assessment coverage', () => {
  it('lists as overdue the employees whose assessments are older than the cycle, and follows the cycle HR sets', async () => {
    // The demo's administrators outside the story units were assessed over two years ago.
    const [unit] = await db<{ unit_id: string }>(
      `select e.unit_id from employee e join region r on r.id = e.region_id join position p on p.id = e.position_id
       where r.slug = 'mamuju' and e.active and exists (select 1 from assessment a where a.employee_id = e.id and a.assessed_on < current_date - 760)
       order by e.unit_id limit 1`,
    );
    const expectedOverdue = await db<{ id: string; oldest: string }>(
      `with latest as (select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.assessed_on from assessment a
         order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc)
       select e.id, min(l.assessed_on)::text as oldest from employee e join competency_requirement r on r.position_id = e.position_id
       left join latest l on l.employee_id = e.id and l.competency_id = r.competency_id
       where e.unit_id = ? and e.active group by e.id
       having bool_or(l.assessed_on is null) or min(l.assessed_on) < (current_date - interval '24 months')::date`,
      [unit!.unit_id],
    );
    expect(expectedOverdue.length).toBeGreaterThan(0);
    const { assessmentCoverage: c } = await ok<{ assessmentCoverage: Coverage }>(COVERAGE, { u: unit!.unit_id });
    expect(c.cycleMonths).toBe(24);
    expect(c.overdue.map((o) => o.employeeId).sort()).toEqual(expectedOverdue.map((o) => o.id).sort());
    for (const o of c.overdue) {
      expect(o.lastAssessedOn).toBe(expectedOverdue.find((e) => e.id === o.employeeId)!.oldest);
      expect(o.monthsSince).toBeGreaterThan(24);
    }
    expect(c.upToDate).toBe(c.employeeCount - c.overdue.length);
    expect(c.coverage).toBeCloseTo((c.upToDate / c.employeeCount) * 100, 1);

    // Someone never assessed is overdue, without a date.
    const [emp] = await db<{ id: string }>(`select id from employee where unit_id = ? and active and id not in (?) order by nip limit 1`, [
      unit!.unit_id,
      expectedOverdue.map((o) => o.id),
    ]);
    await db('update employee set active = true where id = ?', [emp!.id]);
    const saved = await db<{ id: string; assessed_on: string }>(`select id, assessed_on::text from assessment where employee_id = ?`, [emp!.id]);
    await db(`update assessment set employee_id = (select id from employee where unit_id <> ? order by nip limit 1) where employee_id = ?`, [unit!.unit_id, emp!.id]);
    const never = (await ok<{ assessmentCoverage: Coverage }>(COVERAGE, { u: unit!.unit_id })).assessmentCoverage;
    expect(never.overdue.find((o) => o.employeeId === emp!.id)).toMatchObject({ lastAssessedOn: null, monthsSince: null });
    await db(`update assessment set employee_id = ? where id in (?)`, [emp!.id, saved.map((s) => s.id)]);

    // A 60-month cycle: everyone assessed within five years is up to date.
    await ok('mutation { setAssessmentCycle(regionSlug: "mamuju", months: 60) { cycleMonths } }');
    const long = (await ok<{ assessmentCoverage: Coverage }>(COVERAGE, { u: unit!.unit_id })).assessmentCoverage;
    expect(long.cycleMonths).toBe(60);
    expect(long.overdue).toEqual([]);
    expect(long.coverage).toBe(100);
    await ok('mutation { setAssessmentCycle(regionSlug: "mamuju", months: 24) { cycleMonths } }');
  });

  it('refuses a cycle outside 6–60 months and keeps the one set', async () => {
    for (const months of [5, 61, 0]) {
      const res = await api.gql(`mutation { setAssessmentCycle(regionSlug: "mamuju", months: ${months}) { cycleMonths } }`, {}, { token: tokens['hr@mamuju.demo']! });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const [row] = await db<{ m: number }>(`select assessment_cycle_months as m from region where slug = 'mamuju'`);
    expect(row!.m).toBe(24);
  });
});

describe('stale assessments in development needs', () => {
  const NEEDS = `query($c: ID) { developmentNeeds(regionSlug: "mamuju", competencyId: $c, first: 200) { unit { id slug } competency { id code } priority
    evidence { competencyGap weightedGap assessmentAgeMonths staleAssessments feedbackSignal } } }`;
  interface Need {
    unit: { id: string; slug: string };
    competency: { id: string; code: string };
    priority: number;
    evidence: { competencyGap: number | null; weightedGap: number | null; assessmentAgeMonths: number | null; staleAssessments: number | null; feedbackSignal: number };
  }

  it('weighs a gap resting on assessments older than the cycle down, and shows their age', async () => {
    const before = (await ok<{ developmentNeeds: Need[] }>(NEEDS)).developmentNeeds;
    // A need with a gap from fresh assessments only.
    const need = before.find((n) => (n.evidence.competencyGap ?? 0) > 0 && n.evidence.staleAssessments === 0)!;
    expect(need).toBeDefined();
    expect(need.evidence.assessmentAgeMonths).toBeLessThan(24);
    expect(need.evidence.weightedGap).toBeLessThanOrEqual(need.evidence.competencyGap!);

    // Those same assessments, three years older.
    const moved = await db<{ id: string }>(
      `update assessment a set assessed_on = assessed_on - 1100 from employee e
       where e.id = a.employee_id and e.unit_id = ? and a.competency_id = ? returning a.id`,
      [need.unit.id, need.competency.id],
    );
    try {
      const after = (await ok<{ developmentNeeds: Need[] }>(NEEDS, { c: need.competency.id })).developmentNeeds.find(
        (n) => n.unit.id === need.unit.id,
      )!;
      expect(after.evidence.competencyGap).toBe(need.evidence.competencyGap);
      expect(after.evidence.staleAssessments).toBeGreaterThan(0);
      expect(after.evidence.assessmentAgeMonths).toBeGreaterThan(need.evidence.assessmentAgeMonths! + 35);
      expect(after.evidence.weightedGap).toBeCloseTo(need.evidence.weightedGap! / 2, 1);
      expect(after.priority).toBeLessThan(need.priority);
    } finally {
      await db(`update assessment set assessed_on = assessed_on + 1100 where id in (?)`, [moved.map((m) => m.id)]);
    }
  });

  it('weighs a self-assessed gap less than the same gap from a competency test', async () => {
    const before = (await ok<{ developmentNeeds: Need[] }>(NEEDS)).developmentNeeds;
    const need = before.find((n) => (n.evidence.competencyGap ?? 0) > 0 && n.evidence.staleAssessments === 0)!;
    const saved = await db<{ id: string; method: string }>(
      `select a.id, a.method from assessment a join employee e on e.id = a.employee_id where e.unit_id = ? and a.competency_id = ?`,
      [need.unit.id, need.competency.id],
    );
    try {
      await db(`update assessment set method = 'UJI_KOMPETENSI' where id in (?)`, [saved.map((s) => s.id)]);
      const test = (await ok<{ developmentNeeds: Need[] }>(NEEDS, { c: need.competency.id })).developmentNeeds.find((n) => n.unit.id === need.unit.id)!;
      await db(`update assessment set method = 'SELF' where id in (?)`, [saved.map((s) => s.id)]);
      const self = (await ok<{ developmentNeeds: Need[] }>(NEEDS, { c: need.competency.id })).developmentNeeds.find((n) => n.unit.id === need.unit.id)!;
      expect(test.evidence.weightedGap).toBe(test.evidence.competencyGap);
      expect(self.evidence.weightedGap).toBeCloseTo(test.evidence.competencyGap! * 0.4, 1);
      expect(self.priority).toBeLessThan(test.priority);
    } finally {
      for (const s of saved) await db(`update assessment set method = ? where id = ?`, [s.method, s.id]);
    }
  });
});

describe('employee profile and potential', () => {
  it('lists employees above their standard, and their profile shows the surplus beside the gaps and JP', async () => {
    const { potentialEmployees: list } = await ok<{
      potentialEmployees: Array<{ employee: { id: string; name: string }; competency: { code: string }; required: number; assessed: number; surplus: number; activities: Array<{ kind: string }> }>;
    }>(`{ potentialEmployees(regionSlug: "mamuju", first: 100) { employee { id name nip unit { name } position } competency { code } required assessed surplus activities { kind title } } }`);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(p.surplus).toBe(p.assessed - p.required);
    expect(list.every((p) => p.surplus > 0)).toBe(true);
    expect(list.some((p) => p.activities.length > 0)).toBe(true);

    const entry = list[0]!;
    const { employeeProfile: profile } = await ok<{ employeeProfile: Profile }>(PROFILE, { e: entry.employee.id });
    const line = profile.competencies.find((c) => c.competency.code === entry.competency.code)!;
    expect(line).toMatchObject({ required: entry.required, assessed: entry.assessed, surplus: entry.surplus, gap: 0 });
    const [jp] = await db<{ jp: number }>(
      `select coalesce(sum(jp_earned), 0)::int as jp from enrolment where employee_id = ? and status = 'COMPLETED' and extract(year from completed_on) = extract(year from now())`,
      [entry.employee.id],
    );
    expect(profile.jpThisYear).toBe(jp!.jp);
    expect(profile.jpShortfall).toBe(Math.max(0, 20 - jp!.jp));
    const assessed = profile.competencies.filter((c) => c.required !== null && c.assessed !== null);
    expect(profile.jobPersonMatch).toBeCloseTo((assessed.reduce((s, c) => s + c.assessed!, 0) / assessed.reduce((s, c) => s + c.required!, 0)) * 100, 1);
  });

  it('shows the gap and Job-Person Match against a target position, set by HR or asked for', async () => {
    // A front-office employee aiming at the unit head's position, whose standard asks more.
    const [emp] = await db<{ id: string; unit_id: string }>(
      `select e.id, e.unit_id from employee e join region r on r.id = e.region_id join position p on p.id = e.position_id
       where r.slug = 'mamuju' and p.kind = 'PELAKSANA' order by e.nip limit 1`,
    );
    const [head] = await db<{ id: string }>(`select id from position where unit_id = ? and kind = 'STRUKTURAL' order by title limit 1`, [emp!.unit_id]);
    const asked = (await ok<{ employeeProfile: Profile }>(PROFILE, { e: emp!.id, t: head!.id })).employeeProfile;
    expect(asked.targetPosition?.id).toBe(head!.id);
    expect(asked.targetPositionOptions.map((p) => p.id)).toContain(head!.id);
    const withTarget = asked.competencies.filter((c) => c.targetRequired !== null && c.assessed !== null);
    expect(withTarget.length).toBeGreaterThan(0);
    for (const c of withTarget) expect(c.targetGap).toBe(Math.max(0, c.targetRequired! - c.assessed!));
    expect(withTarget.some((c) => c.targetGap! > 0)).toBe(true);
    expect(asked.targetJobPersonMatch).toBeLessThan(asked.jobPersonMatch!);

    const set = await ok<{ setTargetPosition: Profile }>(
      `mutation($e: ID!, $p: ID) { setTargetPosition(employeeId: $e, positionId: $p) { targetPosition { id } targetJobPersonMatch } }`,
      { e: emp!.id, p: head!.id },
    );
    expect(set.setTargetPosition.targetPosition?.id).toBe(head!.id);
    const stored = (await ok<{ employeeProfile: Profile }>(PROFILE, { e: emp!.id })).employeeProfile;
    expect(stored.targetPosition?.id).toBe(head!.id);
    expect(stored.targetJobPersonMatch).toBe(asked.targetJobPersonMatch);

    // A position of another region is refused, and the one set stays.
    const [elsewhere] = await db<{ id: string }>(`select p.id from position p join unit u on u.id = p.unit_id join region r on r.id = u.region_id where r.slug = 'kupang' limit 1`);
    const refused = await api.gql(`mutation($e: ID!, $p: ID) { setTargetPosition(employeeId: $e, positionId: $p) { id } }`, { e: emp!.id, p: elsewhere!.id }, { token: tokens['hr@mamuju.demo']! });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cleared = await ok<{ setTargetPosition: Profile }>(`mutation($e: ID!) { setTargetPosition(employeeId: $e, positionId: null) { targetPosition { id } } }`, { e: emp!.id });
    expect(cleared.setTargetPosition.targetPosition).toBeNull();
  });

  it('records a development activity once, refuses a bad one, and shows it on the profile', async () => {
    const [emp] = await db<{ id: string }>(`select e.id from employee e join region r on r.id = e.region_id where r.slug = 'mamuju' order by e.nip desc limit 1`);
    const MUTATION = `mutation($i: DevelopmentActivityInput!) { recordDevelopmentActivity(input: $i) { id kind title startedOn endedOn note employee { id } } }`;
    const base = { employeeId: emp!.id, kind: 'ACTING_ROLE', title: 'Plt. Kepala Seksi Pelayanan', startedOn: '2026-02-01' };
    for (const bad of [{ title: 'x' }, { endedOn: '2026-01-01' }, { note: 'n'.repeat(1001) }]) {
      const res = await api.gql(MUTATION, { i: { ...base, ...bad } }, { token: tokens['hr@mamuju.demo']! });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const done = await ok<{ recordDevelopmentActivity: { id: string; title: string } }>(MUTATION, { i: { ...base, endedOn: '2026-04-30', note: 'Tiga bulan.' } });
    expect(done.recordDevelopmentActivity.title).toBe(base.title);
    const profile = (await ok<{ employeeProfile: Profile }>(PROFILE, { e: emp!.id })).employeeProfile;
    expect(profile.developmentActivities.map((a) => a.title)).toContain(base.title);
    const [n] = await db<{ n: number }>(`select count(*)::int as n from development_activity where employee_id = ? and title = ?`, [emp!.id, base.title]);
    expect(n!.n).toBe(1);
  });
});

describe('statements of a profile', () => {
  it('stay the same for an employee with few trainings and competencies and one with many', async () => {
    const people = await db<{ id: string; n: number }>(
      `select e.id, (select count(*) from enrolment n where n.employee_id = e.id)::int + (select count(*) from assessment a where a.employee_id = e.id)::int as n
       from employee e join region r on r.id = e.region_id where r.slug = 'mamuju' order by n, e.id`,
    );
    const few = people[0]!;
    const many = people[people.length - 1]!;
    expect(many.n).toBeGreaterThan(few.n);
    const counts: number[] = [];
    for (const who of [few, many]) {
      await ok('{ me { email } }');
      statements = 0;
      counting = true;
      await ok(PROFILE, { e: who.id });
      counting = false;
      counts.push(statements);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('competency heatmap', () => {
  const HEATMAP = `query($r: String!) { competencyHeatmap(regionSlug: $r) { competencies { id code name } units { unit { id name }
    cells { competency { code } averageGap employeesBelowStandard employeesAssessed } } } }`;
  interface Heatmap {
    competencies: Array<{ code: string }>;
    units: Array<{ unit: { id: string }; cells: Array<{ competency: { code: string }; averageGap: number | null; employeesBelowStandard: number; employeesAssessed: number }> }>;
  }

  it('gives every unit one cell per competency, agreeing with competencyGaps, in the same number of statements for any region', async () => {
    const counts: number[] = [];
    for (const [region, email] of [['mamuju', 'hr@mamuju.demo'], ['kupang', 'hr@kupang.demo'], ['mataram', 'admin@suara.demo']] as const) {
      await ok('{ me { email } }', {}, email);
      statements = 0;
      counting = true;
      const { competencyHeatmap: map } = await ok<{ competencyHeatmap: Heatmap }>(HEATMAP, { r: region }, email);
      counting = false;
      counts.push(statements);
      expect(map.units.length).toBeGreaterThan(1);
      for (const row of map.units) expect(row.cells.map((c) => c.competency.code)).toEqual(map.competencies.map((c) => c.code));
      if (region === 'mamuju') {
        const row = map.units[0]!;
        const { competencyGaps } = await ok<{ competencyGaps: Array<{ competency: { code: string }; averageGap: number; employeesAssessed: number; employeesBelowStandard: number }> }>(
          `query($u: ID!) { competencyGaps(unitId: $u) { competency { code } averageGap employeesAssessed employeesBelowStandard } }`,
          { u: row.unit.id },
        );
        for (const g of competencyGaps) {
          expect(row.cells.find((c) => c.competency.code === g.competency.code)).toMatchObject({
            averageGap: g.averageGap,
            employeesAssessed: g.employeesAssessed,
            employeesBelowStandard: g.employeesBelowStandard,
          });
        }
      }
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });
});

describe('people data stays in its region', () => {
  it('refuses HR of another region every coverage, profile, target, potential, activity and heatmap', async () => {
    const [emp] = await db<{ id: string; unit_id: string }>(`select e.id, e.unit_id from employee e join region r on r.id = e.region_id where r.slug = 'mamuju' order by e.nip limit 1`);
    const token = tokens['hr@kupang.demo']!;
    const calls: Array<[string, Record<string, unknown>]> = [
      ['query($u: ID!) { assessmentCoverage(unitId: $u) { employeeCount } }', { u: emp!.unit_id }],
      ['query($e: ID!) { employeeProfile(employeeId: $e) { name } }', { e: emp!.id }],
      ['mutation($e: ID!) { setTargetPosition(employeeId: $e, positionId: null) { name } }', { e: emp!.id }],
      ['{ potentialEmployees(regionSlug: "mamuju") { employee { name } } }', {}],
      ['{ competencyHeatmap(regionSlug: "mamuju") { units { unit { name } } } }', {}],
      ['mutation { setAssessmentCycle(regionSlug: "mamuju", months: 12) { cycleMonths } }', {}],
      [
        'mutation($e: ID!) { recordDevelopmentActivity(input: { employeeId: $e, kind: MENTORING_OTHERS, title: "Bimbingan", startedOn: "2026-01-01" }) { id } }',
        { e: emp!.id },
      ],
    ];
    for (const [query, variables] of calls) {
      const res = await api.gql(query, variables, { token });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(res.data ?? null, query).toBeNull();
    }
    const [row] = await db<{ m: number }>(`select assessment_cycle_months as m from region where slug = 'mamuju'`);
    expect(row!.m).toBe(24);
  });
});
