import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * HR's lists must not cost one SQL statement per row (STYLE.md, 4; issue 9 "No N+1"): the number of
 * statements of `developmentNeeds` and of a unit's employee list does not grow with the page size.
 */
let api: TestApi;
let statements = 0;
let token: string;
beforeAll(async () => {
  api = await startTestApi({}, { debug: ['query'], logger: () => statements++ });
  token = await api.login('hr@mamuju.demo');
});
afterAll(async () => {
  await api.close();
});

async function countFor(query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; data: Record<string, unknown> }> {
  await api.gql('{ me { email } }', {}, { token }); // session and catalogue warm
  statements = 0;
  const res = await api.gql(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return { n: statements, data: res.data! };
}

const NEEDS = `query($first: Int) { developmentNeeds(regionSlug: "mamuju", first: $first) {
  unit { id name slug parent { name } } competency { id code name kind levels } priority
  evidence { feedbackSignal lowScoreCount scoreCount taggedCount competencyGap jpShortfall periodStart periodEnd }
  suggestedPrograms { id title description mode form jp shared ownerOffice measuredImpact partner { name kind } }
} }`;

describe('SQL statements of HR lists', () => {
  it('stay the same for 2 development needs and for 200', async () => {
    const small = await countFor(NEEDS, { first: 2 });
    const large = await countFor(NEEDS, { first: 200 });
    expect((small.data.developmentNeeds as unknown[]).length).toBe(2);
    expect((large.data.developmentNeeds as unknown[]).length).toBeGreaterThan(20);
    expect(large.n).toBe(small.n);
    expect(large.n).toBeLessThanOrEqual(10);
  });

  it('stay the same for a unit with few employees and one with many', async () => {
    const units = await api.orm.em.fork().execute<Array<{ unit_id: string; n: number }>>(
      `select e.unit_id, count(*)::int as n from employee e join region r on r.id = e.region_id where r.slug = 'mamuju'
       group by e.unit_id order by count(*), e.unit_id`,
    );
    const fewest = units[0]!;
    const most = units[units.length - 1]!;
    expect(most.n).toBeGreaterThan(fewest.n);
    const PROFILE = `query($u: ID!) { unitCompetencyProfile(unitId: $u) { unit { name } year employeeCount jobPersonMatch jpTotal employeesBelow20Jp jpShortfall
      employees { id nip name position jobPersonMatch jpThisYear jpShortfall } } }`;
    const a = await countFor(PROFILE, { u: fewest.unit_id });
    const b = await countFor(PROFILE, { u: most.unit_id });
    expect(b.n).toBe(a.n);
    const profile = b.data.unitCompetencyProfile as { employeeCount: number; employees: Array<{ jpThisYear: number; jpShortfall: number }>; employeesBelow20Jp: number; jpShortfall: number };
    expect(profile.employees).toHaveLength(most.n);
    expect(profile.employeesBelow20Jp).toBe(profile.employees.filter((e) => e.jpThisYear < 20).length);
    expect(profile.jpShortfall).toBe(profile.employees.reduce((s, e) => s + e.jpShortfall, 0));
  });

  it('stay the same for a few training programs and for many, with partners, competencies and enrolled employees', async () => {
    const PROGRAMS = `{ trainingPrograms(regionSlug: "mamuju") { id title costPerParticipant ownerOffice measuredImpact region { slug }
      partner { id name kind } competencies { code } enrolments { status reason employee { name nip unit { name } } } } }`;
    const few = await countFor(PROGRAMS);
    const em = api.orm.em.fork();
    const [region] = await em.execute<Array<{ id: string }>>(`select id from region where slug = 'mamuju'`);
    const partners = await em.execute<Array<{ id: string }>>('select id from partner where region_id = ? order by id', [region!.id]);
    const people = await em.execute<Array<{ id: string }>>('select id from employee where region_id = ? order by nip limit 12', [region!.id]);
    const competencies = await em.execute<Array<{ id: string }>>(`select id from competency where region_id is null order by code limit 3`);
    for (let i = 0; i < 8; i++) {
      const [program] = await em.execute<Array<{ id: string }>>(
        `insert into training_program (id, created_at, region_id, title, description, mode, form, jp, cost_per_participant, partner_id, shared)
         values (gen_random_uuid(), now(), ?, ?, '', 'KLASIKAL', 'SEMINAR', 8, 100000, ?, false) returning id`,
        [region!.id, `Hitung pernyataan ${i}`, partners[i % partners.length]!.id],
      );
      for (const c of competencies) await em.execute('insert into training_program_competency (program_id, competency_id) values (?, ?)', [program!.id, c.id]);
      for (const p of people.slice(i, i + 4)) {
        await em.execute(`insert into enrolment (id, created_at, employee_id, program_id, status, jp_earned) values (gen_random_uuid(), now(), ?, ?, 'PLANNED', 0)`, [p.id, program!.id]);
      }
    }
    const many = await countFor(PROGRAMS);
    expect((many.data.trainingPrograms as unknown[]).length).toBe((few.data.trainingPrograms as unknown[]).length + 8);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(10);
  });

  it('stay the same for a page of 5 employees and one of 100, with positions, standards, gaps and assessments', async () => {
    const EMPLOYEES = `query($first: Int) { employees(regionSlug: "mamuju", first: $first) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id nip name unit { name } position { title requirements { competency { name } requiredLevel } }
        competencies { competency { code } requiredLevel assessedLevel gap } assessments { level assessedOn method assessor competency { code } } } } } }`;
    const small = await countFor(EMPLOYEES, { first: 5 });
    const large = await countFor(EMPLOYEES, { first: 100 });
    type Page = { employees: { edges: Array<{ node: { position: { requirements: unknown[] } | null; competencies: unknown[]; assessments: unknown[] } }> } };
    const edges = (large.data as Page).employees.edges;
    expect((small.data as Page).employees.edges).toHaveLength(5);
    expect(edges.length).toBeGreaterThan(40);
    // The page really reached every relation, so a loader that went per row would show here.
    expect(edges.every((e) => e.node.position && e.node.position.requirements.length > 0 && e.node.competencies.length > 0 && e.node.assessments.length > 0)).toBe(true);
    expect(large.n).toBe(small.n);
    expect(large.n).toBeLessThanOrEqual(8);
  });

  it('accepts a realistic HR query within the operation limits', async () => {
    // Needs with evidence and programs, the unit's gaps and profile, and the dictionary in one request.
    const [unit] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mamuju' order by u.slug limit 1`);
    const res = await api.gql(
      `query($u: ID!) {
        ${NEEDS.slice(NEEDS.indexOf('developmentNeeds'), NEEDS.lastIndexOf('}')).replace('$first', '200')}
        competencyGaps(unitId: $u) { competency { code name } employeesAssessed employeesBelowStandard averageRequired averageAssessed averageGap }
        unitCompetencyProfile(unitId: $u) { employees { nip name jobPersonMatch jpThisYear jpShortfall } }
        competencies { id code name kind levels }
        facilitiesIssues(regionSlug: "mamuju") { unit { name } lowShare }
      }`,
      { u: unit!.id },
      { token },
    );
    expect(res.errors).toBeUndefined();
  });
});
