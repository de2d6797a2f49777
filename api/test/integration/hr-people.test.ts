import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { codeOf } from '../support/sign-in.js';

/**
 * Competency management as HR's portal pages use it (issue 9, 1): employees, assessments, positions
 * and the region's own technical competencies. Mataram's data, so the demo stories elsewhere stay.
 */
let api: TestApi;
let hr: string;
let hrKupang: string;
let unitId: string;
let otherUnitId: string;
let kupangUnitId: string;

// A valid NIP: born 1987-07-04, appointed 2012-01, female, sequence `seq`.
const nip = (seq: number) => `19870704 201201 2 ${String(seq).padStart(3, '0')}`;

const SAVE = `mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id nip name active birthDate employmentType unit { id } position { id title } } }`;
const EMPLOYEE = `query($id: ID!) { employee(id: $id) { id nip name active position { title }
  competencies { competency { code } requiredLevel assessedLevel assessedOn gap }
  assessments { competency { code } level assessedOn method assessor } } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id level assessedOn method assessor competency { code } } }`;
const SAVE_POSITION = `mutation($input: PositionInput!) { savePosition(input: $input) { id title kind unit { id } requirements { competency { id code } requiredLevel } } }`;
const GAPS = `query($u: ID!) { competencyGaps(unitId: $u) { competency { code } employeesAssessed employeesBelowStandard averageGap } }`;

async function count(table: string): Promise<number> {
  const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>(`select count(*)::int as n from ${table}`);
  return row!.n;
}

async function competencyId(code: string): Promise<string> {
  const [row] = await api.orm.em.fork().execute<Array<{ id: string }>>('select id from competency where code = ?', [code]);
  return row!.id;
}

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.login('hr@mataram.demo');
  hrKupang = await api.login('hr@kupang.demo');
  const units = await api.orm.em.fork().execute<Array<{ id: string; slug: string }>>(
    `select u.id, r.slug from unit u join region r on r.id = u.region_id where r.slug in ('mataram', 'kupang') order by r.slug, u.slug`,
  );
  const mataram = units.filter((u) => u.slug === 'mataram');
  unitId = mataram[0]!.id;
  otherUnitId = mataram[1]!.id;
  kupangUnitId = units.find((u) => u.slug === 'kupang')!.id;
});
afterAll(async () => {
  await api.close();
});

describe('employees for HR of a region', () => {
  it('adds an employee and finds them by a part of the name or of the NIP', async () => {
    const res = await api.gql<{ saveEmployee: { id: string; nip: string; birthDate: string; active: boolean } }>(
      SAVE,
      { input: { nip: nip(901), name: 'Baiq Uji Kompetensi', unitId, employmentType: 'PNS' } },
      { token: hr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveEmployee).toMatchObject({ nip: '198707042012012901', birthDate: '1987-07-04', active: true });
    const byName = await api.gql<{ employees: { totalCount: number; edges: Array<{ node: { nip: string } }> } }>(
      `{ employees(regionSlug: "mataram", search: "uji kompetensi") { totalCount edges { node { nip } } } }`,
      {},
      { token: hr },
    );
    expect(byName.data!.employees.edges.map((e) => e.node.nip)).toEqual(['198707042012012901']);
    const byNip = await api.gql<{ employees: { edges: Array<{ node: { nip: string } }> } }>(
      `{ employees(regionSlug: "mataram", search: "2012012 901") { edges { node { nip } } } }`,
      {},
      { token: hr },
    );
    expect(byNip.data!.employees.edges.map((e) => e.node.nip)).toEqual(['198707042012012901']);
  });

  it('edits an employee: a new name, another unit of the region and one of its positions, then deactivates them', async () => {
    const made = await api.gql<{ saveEmployee: { id: string } }>(SAVE, { input: { nip: nip(902), name: 'Lalu Sebelum', unitId, employmentType: 'PNS' } }, { token: hr });
    const id = made.data!.saveEmployee.id;
    const [position] = await api.orm.em.fork().execute<Array<{ id: string; title: string }>>('select id, title from position where unit_id = ? order by title limit 1', [otherUnitId]);
    const edited = await api.gql<{ saveEmployee: { name: string; unit: { id: string }; position: { title: string }; employmentType: string } }>(
      SAVE,
      { input: { id, nip: nip(902), name: 'Lalu Sesudah', unitId: otherUnitId, positionId: position!.id, employmentType: 'PPPK' } },
      { token: hr },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.saveEmployee).toMatchObject({ name: 'Lalu Sesudah', unit: { id: otherUnitId }, position: { title: position!.title }, employmentType: 'PPPK' });
    const off = await api.gql<{ setEmployeeActive: { active: boolean } }>(`mutation($id: ID!) { setEmployeeActive(id: $id, active: false) { active } }`, { id }, { token: hr });
    expect(off.data!.setEmployeeActive.active).toBe(false);
    const read = await api.gql<{ employee: { active: boolean; name: string } }>(EMPLOYEE, { id }, { token: hr });
    expect(read.data!.employee).toMatchObject({ active: false, name: 'Lalu Sesudah' });
  });

  it('refuses a bad NIP beside the nip field and stores nothing', async () => {
    const before = await count('employee');
    const res = await api.gql(SAVE, { input: { nip: '19900231 201503 1 002', name: 'Pegawai Tanggal Salah', unitId, employmentType: 'PNS' } }, { token: hr, lang: 'en' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0]!.extensions!.fields as Array<{ field: string; message: string }>;
    expect(fields.map((f) => f.field)).toContain('nip');
    expect(fields.find((f) => f.field === 'nip')!.message).toMatch(/not a real date/);
    expect(await count('employee')).toBe(before);
  });

  it('answers CONFLICT with a clear message for an NIP already registered', async () => {
    const [taken] = await api.orm.em.fork().execute<Array<{ nip: string }>>(`select e.nip from employee e join region r on r.id = e.region_id where r.slug = 'kupang' limit 1`);
    const before = await count('employee');
    const res = await api.gql(SAVE, { input: { nip: taken!.nip, name: 'Pegawai Kembar', unitId, employmentType: 'PNS' } }, { token: hr, lang: 'en' });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toMatch(/already registered/);
    // Which region holds it is not said: nothing personal leaves its region.
    expect(res.errors![0]!.message).not.toMatch(/kupang/i);
    expect(await count('employee')).toBe(before);
  });

  it('refuses HR of another region: FORBIDDEN to add to, read or change Mataram’s employees', async () => {
    const add = await api.gql(SAVE, { input: { nip: nip(903), name: 'Bukan Wewenang', unitId, employmentType: 'PNS' } }, { token: hrKupang });
    expect(codeOf(add)).toBe('FORBIDDEN');
    const [someone] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select e.id from employee e join region r on r.id = e.region_id where r.slug = 'mataram' limit 1`);
    expect(codeOf(await api.gql(EMPLOYEE, { id: someone!.id }, { token: hrKupang }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(`{ employees(regionSlug: "mataram") { totalCount } }`, {}, { token: hrKupang }))).toBe('FORBIDDEN');
    // Nor may HR of Mataram move an employee into Kupang's unit.
    const move = await api.gql(SAVE, { input: { nip: nip(904), name: 'Pindah Daerah', unitId: kupangUnitId, employmentType: 'PNS' } }, { token: hr });
    expect(codeOf(move)).toBe('FORBIDDEN');
  });
});

describe('assessments and standards', () => {
  it('counts the latest assessment in the employee’s gaps, and a standard edit changes the unit’s gaps', async () => {
    const api_ = api;
    const made = await api_.gql<{ createCompetency: { id: string; code: string; levels: string[] } }>(
      `mutation($input: CompetencyInput!) { createCompetency(input: $input) { id code kind levels region { slug } } }`,
      { input: { regionSlug: 'mataram', code: 't-uji-arsip', name: 'Pengelolaan Arsip Digital (uji)', levels: ['1 a', '2 b', '3 c', '4 d', '5 e'] } },
      { token: hr },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createCompetency).toMatchObject({ code: 'T-UJI-ARSIP', kind: 'TEKNIS', region: { slug: 'mataram' } });
    const tech = made.data!.createCompetency.id;
    const integrity = await competencyId('M-INTEGRITAS');

    const position = await api_.gql<{ savePosition: { id: string; requirements: Array<{ requiredLevel: number }> } }>(
      SAVE_POSITION,
      { input: { unitId, title: 'Arsiparis Uji', kind: 'FUNGSIONAL', requirements: [{ competencyId: tech, requiredLevel: 3 }] } },
      { token: hr },
    );
    expect(position.errors).toBeUndefined();
    const positionId = position.data!.savePosition.id;
    const employee = await api_.gql<{ saveEmployee: { id: string } }>(SAVE, { input: { nip: nip(905), name: 'Arsiparis Pertama', unitId, positionId, employmentType: 'PNS' } }, { token: hr });
    const id = employee.data!.saveEmployee.id;

    const record = (level: number, assessedOn: string) =>
      api_.gql(RECORD, { input: { employeeId: id, competencyId: tech, level, assessedOn, method: 'UJI_KOMPETENSI', assessor: 'UPT Penilaian Kompetensi BKN' } }, { token: hr });
    const today = inject('today');
    expect((await record(1, '2024-02-01')).errors).toBeUndefined();
    expect((await record(2, today)).errors).toBeUndefined();
    // An older record entered later does not win: the newest day counts.
    expect((await record(3, '2023-05-05')).errors).toBeUndefined();

    const read = await api_.gql<{ employee: { competencies: Array<{ competency: { code: string }; requiredLevel: number; assessedLevel: number; gap: number }>; assessments: Array<{ level: number; assessor: string }> } }>(
      EMPLOYEE,
      { id },
      { token: hr },
    );
    expect(read.data!.employee.competencies).toEqual([{ competency: { code: 'T-UJI-ARSIP' }, requiredLevel: 3, assessedLevel: 2, assessedOn: today, gap: 1 }]);
    expect(read.data!.employee.assessments.map((a) => a.level)).toEqual([2, 1, 3]);
    expect(read.data!.employee.assessments[0]!.assessor).toBe('UPT Penilaian Kompetensi BKN');

    const gapOf = async () => {
      const res = await api_.gql<{ competencyGaps: Array<{ competency: { code: string }; averageGap: number; employeesBelowStandard: number }> }>(GAPS, { u: unitId }, { token: hr });
      return res.data!.competencyGaps.find((g) => g.competency.code === 'T-UJI-ARSIP') ?? null;
    };
    expect(await gapOf()).toMatchObject({ averageGap: 1, employeesBelowStandard: 1 });

    // The standard now asks level 2: the gap closes. Requirements are replaced as a whole.
    const edited = await api_.gql<{ savePosition: { requirements: Array<{ competency: { code: string }; requiredLevel: number }> } }>(
      SAVE_POSITION,
      { input: { id: positionId, unitId, title: 'Arsiparis Uji', kind: 'FUNGSIONAL', requirements: [{ competencyId: tech, requiredLevel: 2 }, { competencyId: integrity, requiredLevel: 1 }] } },
      { token: hr },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.savePosition.requirements).toHaveLength(2);
    expect(await gapOf()).toMatchObject({ averageGap: 0, employeesBelowStandard: 0 });
  });

  it('refuses an assessment in the future, a level outside 1–5 and a 201-character assessor, each beside its field', async () => {
    const [someone] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select e.id from employee e join region r on r.id = e.region_id where r.slug = 'mataram' order by e.nip limit 1`);
    const before = await count('assessment');
    const res = await api.gql(
      RECORD,
      { input: { employeeId: someone!.id, competencyId: await competencyId('M-INTEGRITAS'), level: 6, assessedOn: '2999-01-01', method: 'SELF', assessor: 'x'.repeat(201) } },
      { token: hr },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual(['assessedOn', 'assessor', 'level']);
    expect(await count('assessment')).toBe(before);
  });

  it('refuses a standard that lists a competency twice or asks level 6, and keeps the stored one', async () => {
    const integrity = await competencyId('M-INTEGRITAS');
    const [position] = await api.orm.em.fork().execute<Array<{ id: string; title: string; kind: string }>>('select id, title, kind from position where unit_id = ? order by title limit 1', [unitId]);
    const before = await count('competency_requirement');
    const res = await api.gql(
      SAVE_POSITION,
      { input: { id: position!.id, unitId, title: position!.title, kind: position!.kind, requirements: [{ competencyId: integrity, requiredLevel: 2 }, { competencyId: integrity, requiredLevel: 6 }] } },
      { token: hr },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await count('competency_requirement')).toBe(before);
  });

  it('keeps national competencies read-only and a technical code unique and unchanged', async () => {
    const national = await api.gql(
      `mutation($id: ID!, $input: CompetencyInput!) { updateCompetency(id: $id, input: $input) { id } }`,
      { id: await competencyId('M-INTEGRITAS'), input: { regionSlug: 'mataram', code: 'M-INTEGRITAS', name: 'Integritas', levels: ['a', 'b', 'c', 'd', 'e'] } },
      { token: hr },
    );
    expect(codeOf(national)).toBe('FORBIDDEN');
    const create = (code: string, levels = ['a', 'b', 'c', 'd', 'e']) =>
      api.gql<{ createCompetency: { id: string } }>(`mutation($input: CompetencyInput!) { createCompetency(input: $input) { id } }`, { input: { regionSlug: 'mataram', code, name: 'Uji Kode', levels } }, { token: hr });
    const first = await create('T-UJI-KODE');
    expect(first.errors).toBeUndefined();
    expect(codeOf(await create('T-UJI-KODE'))).toBe('CONFLICT');
    expect(codeOf(await create('T-UJI-EMPAT', ['a', 'b', 'c', 'd']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create('T-UJI-KOSONG', ['a', 'b', ' ', 'd', 'e']))).toBe('BAD_USER_INPUT');
    const renamed = await api.gql(
      `mutation($id: ID!, $input: CompetencyInput!) { updateCompetency(id: $id, input: $input) { id } }`,
      { id: first.data!.createCompetency.id, input: { regionSlug: 'mataram', code: 'T-UJI-LAIN', name: 'Uji Kode', levels: ['a', 'b', 'c', 'd', 'e'] } },
      { token: hr },
    );
    expect(codeOf(renamed)).toBe('BAD_USER_INPUT');
    const kupangEdit = await api.gql(
      `mutation($id: ID!, $input: CompetencyInput!) { updateCompetency(id: $id, input: $input) { id } }`,
      { id: first.data!.createCompetency.id, input: { regionSlug: 'mataram', code: 'T-UJI-KODE', name: 'Diubah Kupang', levels: ['a', 'b', 'c', 'd', 'e'] } },
      { token: hrKupang },
    );
    expect(codeOf(kupangEdit)).toBe('FORBIDDEN');
    // Kupang's dictionary page does not list Mataram's own competency.
    const kupangDictionary = await api.gql<{ competencies: Array<{ code: string }> }>(`{ competencies(kind: TEKNIS, regionSlug: "kupang") { code } }`, {}, { token: hrKupang });
    expect(kupangDictionary.data!.competencies.map((c) => c.code)).not.toContain('T-UJI-KODE');
  });
});
