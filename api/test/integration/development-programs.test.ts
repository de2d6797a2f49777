import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * Partners, programs and enrolments (issue 9): HR enrols employees of its region, records how each
 * enrolment ended (with a reason when it did not end in completion), and sees the JP counted; HR of
 * another region sees a shared program but never its people; a unit's officers see their unit's
 * scores and the impact of programs without a single employee named.
 */
let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const email of ['hr@mamuju.demo', 'hr@kupang.demo', 'officer@sawahlunto.demo', 'officer@mamuju.demo', 'mayor@sawahlunto.demo']) {
    tokens[email] = await api.login(email);
  }
});
afterAll(async () => {
  await api.close();
});

const sql = <T>(query: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(query, params);

async function programId(region: string, title: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    'select p.id from training_program p join region r on r.id = p.region_id where r.slug = ? and p.title = ?',
    [region, title],
  );
  return row!.id;
}

/** Active employees of a region without any enrolment in the program, by NIP. */
async function freeEmployees(region: string, program: string, n: number): Promise<Array<{ id: string; name: string; nip: string; unit_id: string }>> {
  return sql(
    `select e.id, e.name, e.nip, e.unit_id from employee e join region r on r.id = e.region_id
     where r.slug = ? and e.active and not exists (select 1 from enrolment n where n.employee_id = e.id and n.program_id = ?)
     order by e.nip limit ?`,
    [region, program, n],
  );
}

const ENROL = 'mutation($p: ID!, $e: [ID!]!) { enrolEmployees(programId: $p, employeeIds: $e) { id status employee { id name } } }';
const UPDATE = 'mutation($input: EnrolmentUpdateInput!) { updateEnrolment(input: $input) { id status completedOn jpEarned reason } }';

interface Enrolment {
  id: string;
  status: string;
  completedOn: string | null;
  jpEarned: number;
  reason: string | null;
  employee: { id: string; name: string };
}

async function newProgram(token: string, title: string, shared = false): Promise<string> {
  const [competency] = await sql<{ id: string }>(`select id from competency where code = 'M-PELAYANAN-PUBLIK'`);
  const res = await api.gql<{ saveTrainingProgram: { id: string } }>(
    'mutation($input: TrainingProgramInput!) { saveTrainingProgram(input: $input) { id } }',
    { input: { regionSlug: 'mamuju', title, mode: 'KLASIKAL', form: 'PELATIHAN_TEKNIS', jp: 12, costPerParticipant: 450000, competencyIds: [competency!.id], shared } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.saveTrainingProgram.id;
}

describe('training programs', () => {
  it('lists the region’s own programs first, then other regions’ shared ones with their owner office, partner, competencies and cost', async () => {
    const res = await api.gql<{
      trainingPrograms: Array<{ title: string; shared: boolean; ownerOffice: string; costPerParticipant: number; region: { slug: string }; partner: { name: string; kind: string } | null; competencies: Array<{ code: string }>; measuredImpact: number | null }>;
    }>(
      '{ trainingPrograms(regionSlug: "mamuju") { title shared ownerOffice costPerParticipant region { slug } partner { name kind } competencies { code } measuredImpact } }',
      {},
      { token: tokens['hr@mamuju.demo'] },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.trainingPrograms;
    const firstOther = list.findIndex((p) => p.region.slug !== 'mamuju');
    expect(firstOther).toBeGreaterThan(0);
    expect(list.slice(firstOther).every((p) => p.shared && p.region.slug !== 'mamuju')).toBe(true);
    const oss = list.find((p) => p.region.slug === 'sawahlunto' && p.title.includes('OSS'))!;
    expect(oss.ownerOffice).toBe('BKPSDM Kota Sawahlunto');
    expect(oss.measuredImpact).toBeGreaterThan(0);
    expect(oss.partner).not.toBeNull();
    expect(list.every((p) => p.competencies.length > 0 && p.costPerParticipant >= 0)).toBe(true);

    const own = await api.gql<{ trainingPrograms: Array<{ region: { slug: string } }> }>(
      '{ trainingPrograms(regionSlug: "mamuju", includeShared: false) { region { slug } } }',
      {},
      { token: tokens['hr@mamuju.demo'] },
    );
    expect(own.data!.trainingPrograms.every((p) => p.region.slug === 'mamuju')).toBe(true);
  });

  it('refuses a program without competencies, with zero JP, a negative cost or another region’s partner, naming the field', async () => {
    const [competency] = await sql<{ id: string }>(`select id from competency where code = 'M-INTEGRITAS'`);
    const [kupangPartner] = await sql<{ id: string }>(`select p.id from partner p join region r on r.id = p.region_id where r.slug = 'kupang' limit 1`);
    const base = { regionSlug: 'mamuju', title: 'Program uji', mode: 'KLASIKAL', form: 'SEMINAR', jp: 4, costPerParticipant: 0, competencyIds: [competency!.id] };
    for (const [change, field] of [
      [{ competencyIds: [] }, 'competencyIds'],
      [{ jp: 0 }, 'jp'],
      [{ costPerParticipant: -1 }, 'costPerParticipant'],
      [{ partnerId: kupangPartner!.id }, 'partnerId'],
      [{ title: 'a\u0000b' }, 'title'],
    ] as const) {
      const res = await api.gql('mutation($input: TrainingProgramInput!) { saveTrainingProgram(input: $input) { id } }', { input: { ...base, ...change } }, { token: tokens['hr@mamuju.demo'] });
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions), field).toContain(field);
    }
  });
});

describe('enrolments', () => {
  it('enrolling again keeps every existing enrolment as it is and adds only the new employees as PLANNED', async () => {
    const program = await newProgram(tokens['hr@mamuju.demo']!, 'Pelayanan Prima Loket Terpadu');
    const [a, b, c] = await freeEmployees('mamuju', program, 3);
    const first = await api.gql<{ enrolEmployees: Enrolment[] }>(ENROL, { p: program, e: [a!.id, b!.id] }, { token: tokens['hr@mamuju.demo'] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.enrolEmployees.map((e) => [e.employee.id, e.status])).toEqual([[a!.id, 'PLANNED'], [b!.id, 'PLANNED']]);
    const moved = await api.gql(UPDATE, { input: { id: first.data!.enrolEmployees[0]!.id, status: 'ENROLLED' } }, { token: tokens['hr@mamuju.demo'] });
    expect(moved.errors).toBeUndefined();

    const again = await api.gql<{ enrolEmployees: Enrolment[] }>(ENROL, { p: program, e: [a!.id, b!.id, c!.id, a!.id] }, { token: tokens['hr@mamuju.demo'] });
    expect(again.errors).toBeUndefined();
    expect(again.data!.enrolEmployees.map((e) => e.status)).toEqual(['ENROLLED', 'PLANNED', 'PLANNED']);
    expect(again.data!.enrolEmployees[0]!.id).toBe(first.data!.enrolEmployees[0]!.id);
    const [{ n }] = (await sql<{ n: number }>('select count(*)::int as n from enrolment where program_id = ?', [program])) as [{ n: number }];
    expect(n).toBe(3);
  });

  it('enrols only 1–100 active employees of the program’s own region', async () => {
    const program = await programId('mamuju', 'Workshop Manajemen Waktu Layanan');
    const [kupangEmployee] = await freeEmployees('kupang', program, 1);
    const token = tokens['hr@mamuju.demo'];
    for (const ids of [[], [kupangEmployee!.id], Array.from({ length: 101 }, () => kupangEmployee!.id.replace(/.$/, '0'))]) {
      const distinct = ids.length > 100 ? Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) : ids;
      const res = await api.gql(ENROL, { p: program, e: distinct }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const [{ n }] = (await sql<{ n: number }>('select count(*)::int as n from enrolment where employee_id = ? and program_id = ?', [kupangEmployee!.id, program])) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('follows PLANNED → ENROLLED → COMPLETED, asks reasons for DECLINED, NO_SHOW and DROPPED, and counts the JP earned this year', async () => {
    const token = tokens['hr@mamuju.demo'];
    const program = await newProgram(token!, 'Komunikasi Efektif di Loket');
    const people = await freeEmployees('mamuju', program, 4);
    const enrolled = (await api.gql<{ enrolEmployees: Enrolment[] }>(ENROL, { p: program, e: people.map((p) => p.id) }, { token })).data!.enrolEmployees;
    const [done, declined, noShow, dropped] = enrolled;
    const step = (input: Record<string, unknown>) => api.gql<{ updateEnrolment: Enrolment }>(UPDATE, { input }, { token });

    // Straight from PLANNED to COMPLETED is not a step: the message says which are.
    const skip = await step({ id: done!.id, status: 'COMPLETED', completedOn: '2026-01-05' });
    expect(skip.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0]?.message).toMatch(/ENROLLED, DECLINED, CANCELLED/);

    expect((await step({ id: declined!.id, status: 'DECLINED' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step({ id: declined!.id, status: 'DECLINED', reason: 'x'.repeat(501) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const said = await step({ id: declined!.id, status: 'DECLINED', reason: '  Beban kerja loket sedang tinggi ' });
    expect(said.errors).toBeUndefined();
    expect(said.data!.updateEnrolment).toMatchObject({ status: 'DECLINED', reason: 'Beban kerja loket sedang tinggi', jpEarned: 0 });
    expect((await step({ id: declined!.id, status: 'ENROLLED' })).errors?.[0]?.message).toMatch(/final/);

    for (const e of [done, noShow, dropped]) expect((await step({ id: e!.id, status: 'ENROLLED' })).errors).toBeUndefined();
    expect((await step({ id: noShow!.id, status: 'NO_SHOW', reason: 'Sakit' })).data!.updateEnrolment.status).toBe('NO_SHOW');
    expect((await step({ id: dropped!.id, status: 'DROPPED', reason: '' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step({ id: dropped!.id, status: 'DROPPED', reason: 'Tidak mendapat izin atasan' })).data!.updateEnrolment.reason).toBe('Tidak mendapat izin atasan');

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await step({ id: done!.id, status: 'COMPLETED' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step({ id: done!.id, status: 'COMPLETED', completedOn: tomorrow })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step({ id: done!.id, status: 'COMPLETED', completedOn: today, jpEarned: 13 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const profileJp = async () => {
      const res = await api.gql<{ unitCompetencyProfile: { employees: Array<{ id: string; jpThisYear: number }> } }>(
        'query($u: ID!) { unitCompetencyProfile(unitId: $u) { employees { id jpThisYear } } }',
        { u: people[0]!.unit_id },
        { token },
      );
      return res.data!.unitCompetencyProfile.employees.find((e) => e.id === people[0]!.id)!.jpThisYear;
    };
    const before = await profileJp();
    const completed = await step({ id: done!.id, status: 'COMPLETED', completedOn: todayInWita() });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.updateEnrolment).toMatchObject({ status: 'COMPLETED', jpEarned: 12, reason: null });
    expect(await profileJp()).toBe(before + 12);
  });

  it('serves many different changes of one enrolment at once one after the other: exactly one step is taken', async () => {
    const token = tokens['hr@mamuju.demo'];
    const program = await newProgram(token!, 'Etika Pelayanan Publik');
    const [person] = await freeEmployees('mamuju', program, 1);
    const [enrolment] = (await api.gql<{ enrolEmployees: Enrolment[] }>(ENROL, { p: program, e: [person!.id] }, { token })).data!.enrolEmployees;
    const reasons = ['Sakit', 'Beban kerja loket sedang tinggi', 'Tidak mendapat izin atasan', 'Cuti melahirkan', 'Tugas luar daerah', 'Jadwal bentrok dengan pelayanan keliling'];
    const requests = [
      ...reasons.map((reason) => ({ id: enrolment!.id, status: 'DECLINED', reason })),
      ...Array.from({ length: 6 }, () => ({ id: enrolment!.id, status: 'ENROLLED' })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: enrolment!.id, status: 'CANCELLED', reason: `Anggaran dipotong ${i}` })),
    ];
    const results = await Promise.all(requests.map((input) => api.gql<{ updateEnrolment: Enrolment }>(UPDATE, { input }, { token })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0]!.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    const [row] = await sql<{ status: string; reason: string | null }>('select status, reason from enrolment where id = ?', [enrolment!.id]);
    expect(row).toEqual({ status: ok[0]!.data!.updateEnrolment.status, reason: ok[0]!.data!.updateEnrolment.reason });

    // From ENROLLED, completions on different days race with drops: still exactly one.
    const [other] = await freeEmployees('mamuju', program, 1);
    const [second] = (await api.gql<{ enrolEmployees: Enrolment[] }>(ENROL, { p: program, e: [other!.id] }, { token })).data!.enrolEmployees;
    expect((await api.gql(UPDATE, { input: { id: second!.id, status: 'ENROLLED' } }, { token })).errors).toBeUndefined();
    const race = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api.gql(UPDATE, { input: i % 2 ? { id: second!.id, status: 'COMPLETED', completedOn: `2026-01-${String(i + 1).padStart(2, '0')}`, jpEarned: i } : { id: second!.id, status: 'DROPPED', reason: `Alasan ${i}` } }, { token }),
      ),
    );
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
  });
});

describe('the demo world', () => {
  it('has invitations that ended declined, as no-shows or dropped, each with a reason HR hears', async () => {
    const found = await sql<{ status: string; n: number; reasons: number }>(
      `select status, count(*)::int as n, count(distinct reason)::int as reasons from enrolment
       where status in ('DECLINED', 'NO_SHOW', 'DROPPED') group by status order by status`,
    );
    expect(found.map((r) => r.status)).toEqual(['DECLINED', 'DROPPED', 'NO_SHOW']);
    expect(found.every((r) => r.n >= 3 && r.reasons >= 2)).toBe(true);
    const [{ missing }] = (await sql<{ missing: number }>(
      `select count(*)::int as missing from enrolment where status in ('DECLINED', 'NO_SHOW', 'DROPPED') and (reason is null or reason = '')`,
    )) as [{ missing: number }];
    expect(missing).toBe(0);
  });
});

describe('a shared program seen from another region', () => {
  it('shows HR of Kupang the program, its owner office and impact, but not one of its participants', async () => {
    const oss = await programId('sawahlunto', 'Bimbingan Teknis Perizinan Berusaha Berbasis Risiko (OSS RBA)');
    const [{ n }] = (await sql<{ n: number }>('select count(*)::int as n from enrolment where program_id = ?', [oss])) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    const token = tokens['hr@kupang.demo'];
    const one = await api.gql<{ trainingProgram: { ownerOffice: string; measuredImpact: number; enrolments: unknown[] } }>(
      'query($id: ID!) { trainingProgram(id: $id) { ownerOffice measuredImpact enrolments { id employee { name nip } } } }',
      { id: oss },
      { token },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.trainingProgram).toMatchObject({ ownerOffice: 'BKPSDM Kota Sawahlunto', enrolments: [] });
    expect(one.data!.trainingProgram.measuredImpact).toBeGreaterThan(0);
    const list = await api.gql<{ trainingPrograms: Array<{ id: string; enrolments: unknown[] }> }>(
      '{ trainingPrograms(regionSlug: "kupang") { id enrolments { id } } }',
      {},
      { token },
    );
    expect(list.data!.trainingPrograms.find((p) => p.id === oss)!.enrolments).toEqual([]);
    const [someone] = await freeEmployees('kupang', oss, 1);
    expect((await api.gql(ENROL, { p: oss, e: [someone!.id] }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await programId('mamuju', 'Workshop Manajemen Waktu Layanan');
    expect((await api.gql('query($id: ID!) { trainingProgram(id: $id) { id } }', { id: own }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the unit officer’s overview', () => {
  const OVERVIEW = `query($u: ID!) { unitOverview(unitId: $u) { unit { name } periodStart periodEnd satisfaction { responseCount ikm }
    services { service { name } satisfaction { responseCount elements { element average } } }
    recentComments { service { name } feedback { id comment submittedAt } }
    completedPrograms { programId title completions impact { competency { code } completedAt change before { responseCount average } after { responseCount average } } } } }`;

  it('shows the officer their unit’s scores, comments and the OSS program’s positive impact, and no employee’s name or NIP', async () => {
    const [unit] = await sql<{ unit_id: string }>(
      `select g.unit_id from role_grant g join staff_account a on a.id = g.account_id where a.email = 'officer@sawahlunto.demo' and g.role = 'UNIT_OFFICER'`,
    );
    const res = await api.gql<{
      unitOverview: { services: Array<{ satisfaction: { responseCount: number } }>; recentComments: unknown[]; completedPrograms: Array<{ title: string; completions: number; impact: Array<{ change: number | null }> }> };
    }>(OVERVIEW, { u: unit!.unit_id }, { token: tokens['officer@sawahlunto.demo'] });
    expect(res.errors).toBeUndefined();
    const overview = res.data!.unitOverview;
    expect(overview.services.some((s) => s.satisfaction.responseCount > 0)).toBe(true);
    expect(overview.recentComments.length).toBeGreaterThan(0);
    const oss = overview.completedPrograms.find((p) => p.title.includes('OSS'))!;
    expect(oss.completions).toBeGreaterThan(0);
    expect(oss.impact.some((i) => (i.change ?? 0) > 0)).toBe(true);

    const staff = await sql<{ name: string; nip: string }>('select name, nip from employee where unit_id = ?', [unit!.unit_id]);
    const body = JSON.stringify(res.data);
    for (const person of staff) {
      expect(body).not.toContain(person.nip);
      expect(body).not.toContain(person.name);
    }
    // Nor can the officer ask for them: the type has no such field.
    const sneaky = await api.gql('query($u: ID!) { unitOverview(unitId: $u) { employees { name } } }', { u: unit!.unit_id }, { token: tokens['officer@sawahlunto.demo'] });
    expect(sneaky.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is refused to an officer of another region’s unit and readable by the region’s mayor', async () => {
    const [unit] = await sql<{ unit_id: string }>(
      `select g.unit_id from role_grant g join staff_account a on a.id = g.account_id where a.email = 'officer@sawahlunto.demo' and g.role = 'UNIT_OFFICER'`,
    );
    expect((await api.gql(OVERVIEW, { u: unit!.unit_id }, { token: tokens['officer@mamuju.demo'] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(OVERVIEW, { u: unit!.unit_id }, { token: tokens['mayor@sawahlunto.demo'] })).errors).toBeUndefined();
  });
});

/** Today in Mamuju (WITA, UTC+8): a completion day that is never in the region's future, and in this year. */
function todayInWita(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
