import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssessmentMethod, EmploymentType } from '../../common/enums.js';
import type { LocalizedText } from '../../common/errors.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { parseNip } from './nip.js';
import { assessmentDayProblem, employmentTypeProblem, levelProblem, methodProblem, nameProblem } from './people.rules.js';

/**
 * Imports for HR (`pnpm suara import employees|assessments FILE.csv`): every row is checked first and
 * each bad row reported (line, column, message in both languages); the good rows are written in
 * batches, each in its own transaction; a row that is already stored as it is changes nothing, so a
 * re-run of the same file writes nothing. Columns: README, "Importing HR data".
 */
export interface ImportProblem {
  line: number;
  column: string;
  message: LocalizedText;
}

export interface ImportResult {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

export const IMPORT_BATCH = 500;

/** RFC 4180 CSV (quotes, doubled quotes, CRLF); the first line names the columns. Returns [line, record] pairs. */
export function parseCsv(text: string): { header: string[]; records: Array<{ line: number; values: string[] }> } {
  const records: Array<{ line: number; values: string[] }> = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((v) => v.trim() !== '')) records.push({ line: rowLine, values: row });
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  row.push(field);
  if (row.some((v) => v.trim() !== '')) records.push({ line: rowLine, values: row });
  const [head, ...rest] = records;
  return { header: (head?.values ?? []).map((h) => h.trim().toLowerCase()), records: rest };
}

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

type Record_ = Record<string, string>;

function records(text: string, required: string[], optional: string[], problems: ImportProblem[]): Array<{ line: number; r: Record_ }> {
  const { header, records: found } = parseCsv(text);
  const missing = required.filter((c) => !header.includes(c));
  for (const column of missing) {
    problems.push({ line: 1, column, message: { id: `Kolom "${column}" tidak ada di baris judul.`, en: `The header has no "${column}" column.` } });
  }
  if (missing.length) return [];
  const known = new Set([...required, ...optional]);
  for (const column of header.filter((h) => !known.has(h))) {
    problems.push({ line: 1, column, message: { id: `Kolom "${column}" tidak dikenal dan diabaikan.`, en: `Unknown column "${column}" is ignored.` } });
  }
  return found.map(({ line, values }) => ({ line, r: Object.fromEntries(header.map((h, i) => [h, (values[i] ?? '').trim()])) }));
}

/**
 * Employees, shaped like a SIASN export: `nip, nama, unit` (the unit's slug in the region), optional
 * `jabatan` (a position title of that unit) and `jenis_pegawai` (PNS or PPPK, default PNS). Keyed by
 * NIP: a known NIP is updated when its row differs.
 */
export async function importEmployees(em: EntityManager, regionSlug: string, text: string, opts: { dryRun: boolean; progress?: (done: number, total: number) => void }): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const [region] = await rows<{ id: string }>(em, sql`select id from region where slug = ${regionSlug}`);
  if (!region) throw new Error(`Daerah "${regionSlug}" tidak ada. / No region "${regionSlug}".`);
  const input = records(text, ['nip', 'nama', 'unit'], ['jabatan', 'jenis_pegawai'], problems);
  const units = await rows<{ id: string; slug: string }>(em, sql`select id, slug from unit where region_id = ${region.id}`);
  const unitBySlug = new Map(units.map((u) => [u.slug, u.id]));
  const positions = await rows<{ id: string; unit_id: string; title: string }>(
    em,
    sql`select p.id, p.unit_id, p.title from position p join unit u on u.id = p.unit_id where u.region_id = ${region.id}`,
  );
  const positionOf = new Map(positions.map((p) => [`${p.unit_id}|${p.title.toLowerCase()}`, p.id]));
  const good: Array<{ line: number; nip: string; name: string; unitId: string; positionId: string | null; type: EmploymentType; birthDate: string; tmt: string; sex: number }> = [];
  const seen = new Map<string, number>();
  for (const { line, r } of input) {
    const before = problems.length;
    const nip = parseNip(r.nip ?? '');
    if (!nip.ok) problems.push(...nip.problems.map((message) => ({ line, column: 'nip', message })));
    else if (seen.has(nip.nip)) problems.push({ line, column: 'nip', message: { id: `NIP sama dengan baris ${seen.get(nip.nip)}.`, en: `Same NIP as line ${seen.get(nip.nip)}.` } });
    const name = r.nama ?? '';
    const badName = nameProblem(name);
    if (badName) problems.push({ line, column: 'nama', message: badName });
    const unitId = unitBySlug.get((r.unit ?? '').toLowerCase());
    if (!unitId) problems.push({ line, column: 'unit', message: { id: `Unit "${r.unit}" tidak ada di daerah ini.`, en: `No unit "${r.unit}" in this region.` } });
    let positionId: string | null = null;
    if (r.jabatan && unitId) {
      positionId = positionOf.get(`${unitId}|${r.jabatan.toLowerCase()}`) ?? null;
      if (!positionId) problems.push({ line, column: 'jabatan', message: { id: `Jabatan "${r.jabatan}" tidak ada di unit ini.`, en: `No position "${r.jabatan}" in this unit.` } });
    }
    const type = ((r.jenis_pegawai || 'PNS').toUpperCase()) as EmploymentType;
    const badType = employmentTypeProblem(type);
    if (badType) problems.push({ line, column: 'jenis_pegawai', message: badType });
    if (problems.length === before && nip.ok && unitId) {
      seen.set(nip.nip, line);
      good.push({ line, nip: nip.nip, name, unitId, positionId, type, birthDate: nip.birthDate, tmt: nip.tmt, sex: nip.sex });
    }
  }
  const result: ImportResult = { rows: input.length, inserted: 0, updated: 0, unchanged: 0, problems };
  for (let i = 0; i < good.length; i += IMPORT_BATCH) {
    const batch = good.slice(i, i + IMPORT_BATCH);
    await em.transactional(async (tx) => {
      const stored = await rows<{ nip: string; name: string; unit_id: string; position_id: string | null; employment_type: string; region_id: string }>(
        tx,
        sql`select nip, name, unit_id, position_id, employment_type, region_id from employee where nip in (${batch.map((b) => b.nip)}) for update`,
      );
      const byNip = new Map(stored.map((s) => [s.nip, s]));
      for (const b of batch) {
        const s = byNip.get(b.nip);
        if (s && s.region_id !== region.id) {
          problems.push({ line: b.line, column: 'nip', message: { id: 'NIP ini terdaftar di daerah lain.', en: 'This NIP is registered in another region.' } });
        } else if (!s) {
          result.inserted++;
          if (!opts.dryRun) {
            await tx.execute(
              ...args(sql`insert into employee (id, created_at, nip, name, region_id, unit_id, position_id, employment_type, birth_date, tmt, sex, active)
                values (gen_random_uuid(), now(), ${b.nip}, ${b.name}, ${region.id}, ${b.unitId}, ${b.positionId}, ${b.type}, ${b.birthDate}, ${b.tmt}, ${b.sex}, true)`),
            );
          }
        } else if (s.name !== b.name || s.unit_id !== b.unitId || s.position_id !== b.positionId || s.employment_type !== b.type) {
          result.updated++;
          if (!opts.dryRun) {
            await tx.execute(
              ...args(sql`update employee set name = ${b.name}, unit_id = ${b.unitId}, position_id = ${b.positionId}, employment_type = ${b.type} where nip = ${b.nip}`),
            );
          }
        } else result.unchanged++;
      }
    });
    opts.progress?.(Math.min(i + IMPORT_BATCH, good.length), good.length);
  }
  problems.sort((a, b) => a.line - b.line);
  return result;
}

const args = (q: SqlQuery): [string, unknown[]] => [q.text, q.params];

/**
 * Assessments: `nip, kompetensi` (code), `level` (1–5), `tanggal` (YYYY-MM-DD, not in the future),
 * `metode` (ASSESSMENT_CENTER, UJI_KOMPETENSI, SUPERVISOR, SELF, MULTI_RATER). One assessment per
 * employee, competency and day: a row for a stored day is updated when its level or method differs.
 */
export async function importAssessments(em: EntityManager, regionSlug: string, text: string, opts: { dryRun: boolean; today: string; progress?: (done: number, total: number) => void }): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const [region] = await rows<{ id: string }>(em, sql`select id from region where slug = ${regionSlug}`);
  if (!region) throw new Error(`Daerah "${regionSlug}" tidak ada. / No region "${regionSlug}".`);
  const input = records(text, ['nip', 'kompetensi', 'level', 'tanggal', 'metode'], [], problems);
  const nips = [...new Set(input.map(({ r }) => (r.nip ?? '').replace(/[\s.]/g, '')).filter((n) => /^\d{18}$/.test(n)))];
  const employees = nips.length ? await rows<{ id: string; nip: string }>(em, sql`select id, nip from employee where region_id = ${region.id} and nip in (${nips})`) : [];
  const employeeOf = new Map(employees.map((e) => [e.nip, e.id]));
  const competencies = await rows<{ id: string; code: string }>(em, sql`select id, code from competency where region_id is null or region_id = ${region.id}`);
  const competencyOf = new Map(competencies.map((c) => [c.code.toUpperCase(), c.id]));
  const good: Array<{ line: number; employeeId: string; competencyId: string; level: number; day: string; method: AssessmentMethod }> = [];
  const seen = new Map<string, number>();
  for (const { line, r } of input) {
    const before = problems.length;
    const employeeId = employeeOf.get((r.nip ?? '').replace(/[\s.]/g, ''));
    if (!employeeId) problems.push({ line, column: 'nip', message: { id: 'Tidak ada pegawai dengan NIP ini di daerah ini.', en: 'No employee with this NIP in this region.' } });
    const competencyId = competencyOf.get((r.kompetensi ?? '').toUpperCase());
    if (!competencyId) problems.push({ line, column: 'kompetensi', message: { id: `Kode kompetensi "${r.kompetensi}" tidak dikenal.`, en: `Unknown competency code "${r.kompetensi}".` } });
    const level = Number(r.level);
    const badLevel = /^\d$/.test(r.level ?? '') ? levelProblem(level) : levelProblem(NaN);
    if (badLevel) problems.push({ line, column: 'level', message: badLevel });
    const day = r.tanggal ?? '';
    const badDay = assessmentDayProblem(day, opts.today);
    if (badDay) problems.push({ line, column: 'tanggal', message: badDay });
    const method = (r.metode ?? '').toUpperCase() as AssessmentMethod;
    const badMethod = methodProblem(method);
    if (badMethod) problems.push({ line, column: 'metode', message: badMethod });
    const key = `${employeeId}|${competencyId}|${day}`;
    if (problems.length === before && seen.has(key)) problems.push({ line, column: 'tanggal', message: { id: `Penilaian yang sama dengan baris ${seen.get(key)}.`, en: `Same assessment as line ${seen.get(key)}.` } });
    if (problems.length === before) {
      seen.set(key, line);
      good.push({ line, employeeId: employeeId!, competencyId: competencyId!, level, day, method });
    }
  }
  const result: ImportResult = { rows: input.length, inserted: 0, updated: 0, unchanged: 0, problems };
  for (let i = 0; i < good.length; i += IMPORT_BATCH) {
    const batch = good.slice(i, i + IMPORT_BATCH);
    await em.transactional(async (tx) => {
      const stored = await rows<{ id: string; employee_id: string; competency_id: string; day: string; level: number; method: string }>(
        tx,
        sql`select id, employee_id, competency_id, to_char(assessed_on, 'YYYY-MM-DD') as day, level, method from assessment
            where employee_id in (${[...new Set(batch.map((b) => b.employeeId))]}) for update`,
      );
      const byKey = new Map(stored.map((s) => [`${s.employee_id}|${s.competency_id}|${s.day}`, s]));
      for (const b of batch) {
        const s = byKey.get(`${b.employeeId}|${b.competencyId}|${b.day}`);
        if (!s) {
          result.inserted++;
          if (!opts.dryRun) {
            await tx.execute(
              ...args(sql`insert into assessment (id, created_at, employee_id, competency_id, level, assessed_on, method)
                values (gen_random_uuid(), now(), ${b.employeeId}, ${b.competencyId}, ${b.level}, ${b.day}, ${b.method})`),
            );
          }
        } else if (s.level !== b.level || s.method !== b.method) {
          result.updated++;
          if (!opts.dryRun) await tx.execute(...args(sql`update assessment set level = ${b.level}, method = ${b.method} where id = ${s.id}`));
        } else result.unchanged++;
      }
    });
    opts.progress?.(Math.min(i + IMPORT_BATCH, good.length), good.length);
  }
  return result;
}
