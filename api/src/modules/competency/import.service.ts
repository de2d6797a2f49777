import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssessmentMethod, EmploymentType } from '../../common/enums.js';
import type { LocalizedText } from '../../common/errors.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { parseNip } from './nip.js';
import { assessmentDayProblem, employmentTypeProblem, levelProblem, methodProblem, nameProblem } from './people.rules.js';
import { checkPaperRating, paperKey, storedPaperRatings, storePaperRatings, type PaperRating } from '../feedback/index.js';
import { countRatings } from '../../common/metrics.js';
import { publishDuePeriods } from '../opendata/index.js';
import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { Role } from '../../common/enums.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { storableText } from '../../common/text.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { IMPORT_CSV_MAX_BYTES, IMPORT_PROBLEMS_SHOWN, ImportKind, type ImportReportType } from './import.types.js';

/** A short single-line cell: within `max` characters, no control characters. */
const bounded = (v: string, max: number) => v.length <= max && ![...v].some((c) => c.charCodeAt(0) < 0x20);

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
  /** Services, units and regions whose cached reads the import changed (SKM ratings). */
  touched?: string[];
}

/** Progress of an import: rows written (or, in a dry run, checked) out of the good rows. */
export type ImportProgress = (done: number, total: number) => void;

/** Rows with at least one problem (a header problem on line 1 rejects no row by itself). */
export function rejectedRows(result: ImportResult): number {
  return new Set(result.problems.filter((p) => p.line > 1).map((p) => p.line)).size;
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
  opts.progress?.(0, good.length);
  for (let i = 0; i < good.length; i += IMPORT_BATCH) {
    const batch = good.slice(i, i + IMPORT_BATCH);
    await em.transactional(async (tx) => {
      const stored = await rows<{ nip: string; name: string; unit_id: string; position_id: string | null; employment_type: string; region_id: string }>(
        tx,
        sql`select nip, name, unit_id, position_id, employment_type, region_id from employee where nip in (${batch.map((b) => b.nip)}) for update`,
      );
      const byNip = new Map(stored.map((s) => [s.nip, s]));
      const inserts: typeof batch = [];
      const updates: typeof batch = [];
      for (const b of batch) {
        const s = byNip.get(b.nip);
        if (s && s.region_id !== region.id) {
          problems.push({ line: b.line, column: 'nip', message: { id: 'NIP ini terdaftar di daerah lain.', en: 'This NIP is registered in another region.' } });
        } else if (!s) inserts.push(b);
        else if (s.name !== b.name || s.unit_id !== b.unitId || s.position_id !== b.positionId || s.employment_type !== b.type) updates.push(b);
        else result.unchanged++;
      }
      result.updated += updates.length;
      if (opts.dryRun) {
        result.inserted += inserts.length;
        return;
      }
      // One statement each for the batch's new and changed rows (a statement per row took minutes for a region's staff).
      const json = (list: typeof batch) =>
        JSON.stringify(list.map((b) => ({ nip: b.nip, name: b.name, unit_id: b.unitId, position_id: b.positionId, type: b.type, birth_date: b.birthDate, tmt: b.tmt, sex: b.sex })));
      const recordset = raw('(nip text, name text, unit_id uuid, position_id uuid, type text, birth_date date, tmt text, sex smallint)');
      if (inserts.length) {
        // A twin import that stored the same NIP a moment ago: unchanged for this one, not a failed batch.
        const stored = await tx.execute<Array<{ nip: string }>>(
          ...args(sql`insert into employee (id, created_at, nip, name, region_id, unit_id, position_id, employment_type, birth_date, tmt, sex, active)
            select gen_random_uuid(), now(), i.nip, i.name, ${region.id}, i.unit_id, i.position_id, i.type, i.birth_date, i.tmt, i.sex, true
            from json_to_recordset(${json(inserts)}::json) as i${recordset} order by i.nip
            on conflict do nothing returning nip`),
        );
        result.inserted += stored.length;
        result.unchanged += inserts.length - stored.length;
      }
      if (updates.length) {
        await tx.execute(
          ...args(sql`update employee e set name = i.name, unit_id = i.unit_id, position_id = i.position_id, employment_type = i.type
            from json_to_recordset(${json(updates)}::json) as i${recordset} where e.nip = i.nip`),
        );
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
  opts.progress?.(0, good.length);
  for (let i = 0; i < good.length; i += IMPORT_BATCH) {
    const batch = good.slice(i, i + IMPORT_BATCH);
    await em.transactional(async (tx) => {
      const stored = await rows<{ id: string; employee_id: string; competency_id: string; day: string; level: number; method: string }>(
        tx,
        sql`select id, employee_id, competency_id, to_char(assessed_on, 'YYYY-MM-DD') as day, level, method from assessment
            where employee_id in (${[...new Set(batch.map((b) => b.employeeId))]}) for update`,
      );
      const byKey = new Map(stored.map((s) => [`${s.employee_id}|${s.competency_id}|${s.day}`, s]));
      const inserts: typeof batch = [];
      const updates: Array<(typeof batch)[number] & { id: string }> = [];
      for (const b of batch) {
        const s = byKey.get(`${b.employeeId}|${b.competencyId}|${b.day}`);
        if (!s) inserts.push(b);
        else if (s.level !== b.level || s.method !== b.method) updates.push({ ...b, id: s.id });
        else result.unchanged++;
      }
      result.inserted += inserts.length;
      result.updated += updates.length;
      if (opts.dryRun) return;
      if (inserts.length) {
        const json = JSON.stringify(inserts.map((b) => ({ employee_id: b.employeeId, competency_id: b.competencyId, level: b.level, day: b.day, method: b.method })));
        await tx.execute(
          ...args(sql`insert into assessment (id, created_at, employee_id, competency_id, level, assessed_on, method)
            select gen_random_uuid(), now(), i.employee_id, i.competency_id, i.level, i.day, i.method
            from json_to_recordset(${json}::json) as i(employee_id uuid, competency_id uuid, level smallint, day date, method text)`),
        );
      }
      if (updates.length) {
        const json = JSON.stringify(updates.map((b) => ({ id: b.id, level: b.level, method: b.method })));
        await tx.execute(
          ...args(sql`update assessment a set level = i.level, method = i.method
            from json_to_recordset(${json}::json) as i(id uuid, level smallint, method text) where a.id = i.id`),
        );
      }
    });
    opts.progress?.(Math.min(i + IMPORT_BATCH, good.length), good.length);
  }
  return result;
}

/** The columns of `import skm`, in the order of the template (README, "Importing HR data"). */
export const SKM_SCORE_COLUMNS = SKM_ELEMENTS.map((_, i) => `u${i + 1}`);
const SKM_RESPONDENT_COLUMNS: Record<string, string> = {
  'respondent.ageGroup': 'umur',
  'respondent.gender': 'jenis_kelamin',
  'respondent.education': 'pendidikan',
  'respondent.occupation': 'pekerjaan',
  comment: 'komentar',
};
export const PAPER_REF_MAX = 64;

/**
 * Paper SKM questionnaires with their original dates: `layanan` (the service's slug, of this
 * region), `tanggal` (YYYY-MM-DD the citizen answered), `u1`…`u9` (the nine elements in the
 * regulation's order, 1–4), `no_kuesioner` (the questionnaire's number, unique per service), and
 * optional `komentar`, `umur`, `jenis_kelamin`, `pendidikan`, `pekerjaan`. Each row is a rating with
 * the channel PAPER counted on its own day; its comment waits for moderation. Keyed by (service,
 * questionnaire number): a stored questionnaire is unchanged by a re-run, and one whose answers differ
 * is reported, never changed (nobody edits a citizen's scores). Dates from 1 January of last year to
 * today, in the region's time zone (decision record 0022).
 */
export async function importSkm(em: EntityManager, regionSlug: string, text: string, opts: { dryRun: boolean; progress?: ImportProgress }): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const [region] = await rows<{ id: string; today: string; earliest: string }>(
    em,
    sql`select id, to_char((now() at time zone time_zone)::date, 'YYYY-MM-DD') as today,
          to_char(date_trunc('year', now() at time zone time_zone) - interval '1 year', 'YYYY-MM-DD') as earliest
        from region where slug = ${regionSlug}`,
  );
  if (!region) throw new Error(`Daerah "${regionSlug}" tidak ada. / No region "${regionSlug}".`);
  const input = records(text, ['layanan', 'tanggal', ...SKM_SCORE_COLUMNS, 'no_kuesioner'], ['komentar', 'umur', 'jenis_kelamin', 'pendidikan', 'pekerjaan'], problems);
  const services = await rows<{ id: string; slug: string; unit_id: string }>(em, sql`select id, slug, unit_id from public_service where region_id = ${region.id}`);
  const serviceBySlug = new Map(services.map((s) => [s.slug.toLowerCase(), s]));
  const good: Array<PaperRating & { line: number; key: string; unitId: string }> = [];
  const seen = new Map<string, number>();
  for (const { line, r } of input) {
    const before = problems.length;
    const add = (column: string, id: string, en: string) => problems.push({ line, column, message: { id, en } });
    const service = serviceBySlug.get((r.layanan ?? '').toLowerCase());
    if (!service) add('layanan', `Layanan "${(r.layanan ?? '').slice(0, 120)}" tidak ada di daerah ini.`, `No service "${(r.layanan ?? '').slice(0, 120)}" in this region.`);
    const day = r.tanggal ?? '';
    const real = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    if (!real) add('tanggal', 'Tanggal harus YYYY-MM-DD yang ada.', 'The date must be a real YYYY-MM-DD.');
    else if (day > region.today) add('tanggal', 'Tanggal pengisian tidak boleh di masa depan.', 'The date answered cannot be in the future.');
    else if (day < region.earliest) {
      add('tanggal', `Kuesioner kertas diterima sejak ${region.earliest} (tahun lalu dan tahun ini).`, `Paper questionnaires are accepted from ${region.earliest} (last year and this year).`);
    }
    const ref = r.no_kuesioner ?? '';
    if (!ref || !bounded(ref, PAPER_REF_MAX)) add('no_kuesioner', `Nomor kuesioner wajib diisi, paling banyak ${PAPER_REF_MAX} karakter.`, `A questionnaire number is required, at most ${PAPER_REF_MAX} characters.`);
    const scores: Array<{ element: SkmElement; score: number }> = [];
    SKM_ELEMENTS.forEach((element, i) => {
      const cell = r[`u${i + 1}`] ?? '';
      if (/^\d$/.test(cell)) scores.push({ element, score: Number(cell) });
      else add(`u${i + 1}`, 'Nilai harus 1, 2, 3 atau 4.', 'The score must be 1, 2, 3 or 4.');
    });
    // The rules of a web rating (submitFeedback), for the cells that are there.
    const checked = checkPaperRating({
      scores,
      comment: r.komentar || null,
      respondent: { ageGroup: r.umur || null, gender: r.jenis_kelamin || null, education: r.pendidikan || null, occupation: r.pekerjaan || null },
    });
    if (!checked.ok) {
      for (const p of checked.problems) {
        const element = p.field.startsWith('scores.') ? (p.field.slice(7) as SkmElement) : null;
        const column = element ? `u${SKM_ELEMENTS.indexOf(element) + 1}` : (SKM_RESPONDENT_COLUMNS[p.field] ?? p.field);
        // A score cell already reported above (not a number) is not reported twice.
        if (!problems.slice(before).some((q) => q.column === column)) problems.push({ line, column, message: p.message });
      }
    }
    if (problems.length === before && service && checked.ok) {
      const key = paperKey(service.id, ref);
      if (seen.has(key)) add('no_kuesioner', `Nomor kuesioner yang sama untuk layanan ini dengan baris ${seen.get(key)}.`, `Same questionnaire number for this service as line ${seen.get(key)}.`);
      else {
        seen.set(key, line);
        good.push({ line, key, unitId: service.unit_id, serviceId: service.id, answeredOn: day, paperRef: ref, ...checked.value });
      }
    }
  }
  const result: ImportResult = { rows: input.length, inserted: 0, updated: 0, unchanged: 0, problems, touched: [] };
  const touched = new Set<string>();
  opts.progress?.(0, good.length);
  for (let i = 0; i < good.length; i += IMPORT_BATCH) {
    const batch = good.slice(i, i + IMPORT_BATCH);
    const insertedBefore = result.inserted;
    await em.transactional(async (tx) => {
      const stored = await storedPaperRatings(tx, batch.map((b) => b.key));
      const fresh: typeof batch = [];
      for (const b of batch) {
        const s = stored.get(b.key);
        if (!s) fresh.push(b);
        else if (s.day === b.answeredOn && s.comment === b.comment && SKM_ELEMENTS.every((e, j) => s.scores[j] === b.scores[e])) result.unchanged++;
        else {
          problems.push({
            line: b.line,
            column: 'no_kuesioner',
            message: {
              id: 'Kuesioner ini sudah diimpor dengan jawaban lain; penilaian yang tersimpan tidak diubah.',
              en: 'This questionnaire was imported before with other answers; a stored rating is never changed.',
            },
          });
        }
      }
      if (opts.dryRun) result.inserted += fresh.length;
      else if (fresh.length) {
        const ids = await storePaperRatings(tx, fresh);
        result.inserted += ids.length;
        // A twin import stored the others a moment ago: they are unchanged for this one.
        result.unchanged += fresh.length - ids.length;
        for (const b of fresh) touched.add(b.serviceId).add(b.unitId);
      }
    });
    // Committed now (the batch's transaction ended without an error).
    if (!opts.dryRun) countRatings('paper', result.inserted - insertedBefore);
    opts.progress?.(Math.min(i + IMPORT_BATCH, good.length), good.length);
  }
  if (touched.size) {
    touched.add(region.id);
    // Paper questionnaires dated in a published period revise its open data at once, as a new
    // numbered version (facts/LAPORAN.md, Periods; decision record 0027).
    await publishDuePeriods(em, { regionId: region.id });
  }
  result.touched = [...touched];
  problems.sort((a, b) => a.line - b.line);
  return result;
}

/**
 * `importHrData` (the portal's upload page): HR of the region or ADMIN; the CSV is bounded in size
 * and must be storable text; messages in the caller's language, at most IMPORT_PROBLEMS_SHOWN of them.
 * Runs on the request's EntityManager, one batch transaction at a time, so an import holds at most
 * one pooled connection and never waits for a second one (decision record 0007).
 */
export async function importHrData(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  input: { kind: ImportKind; regionSlug: string; csv: string; dryRun: boolean },
  lang: 'id' | 'en',
): Promise<{ report: ImportReportType; touched: string[] }> {
  const region = catalog.regionBySlug(String(input.regionSlug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const bytes = Buffer.byteLength(input.csv, 'utf8');
  if (bytes > IMPORT_CSV_MAX_BYTES) {
    const text = {
      id: `Berkas CSV paling besar ${Math.round(IMPORT_CSV_MAX_BYTES / 1000)} KB (ini ${Math.ceil(bytes / 1000)} KB). Bagi berkasnya, atau impor lewat \`pnpm suara import\`.`,
      en: `A CSV file can be at most ${Math.round(IMPORT_CSV_MAX_BYTES / 1000)} KB (this one is ${Math.ceil(bytes / 1000)} KB). Split it, or import it with \`pnpm suara import\`.`,
    };
    throw new BadInputError(text, [{ field: 'csv', message: text }]);
  }
  if (!storableText(input.csv)) {
    const text = { id: 'Berkas berisi karakter yang tidak dapat disimpan (misalnya NUL).', en: 'The file holds a character that cannot be stored (a NUL, for example).' };
    throw new BadInputError(text, [{ field: 'csv', message: text }]);
  }
  const opts = { dryRun: input.dryRun };
  const result =
    input.kind === ImportKind.EMPLOYEES
      ? await importEmployees(em, region.slug, input.csv, opts)
      : input.kind === ImportKind.ASSESSMENTS
        ? await importAssessments(em, region.slug, input.csv, { ...opts, today: todayIn(region.timeZone) })
        : await importSkm(em, region.slug, input.csv, opts);
  // Late paper ratings for a published period make a revised report version (decision record 0026).
  // Loaded when needed: the reports module reads follow-up plans from insights, which reads this one.
  if (input.kind === ImportKind.SKM && !input.dryRun && result.inserted > 0) {
    const { reviseStaleReports } = await import('../reports/index.js');
    await reviseStaleReports(em, catalog, { unitIds: result.touched ?? [] });
  }
  const report: ImportReportType = {
    kind: input.kind,
    dryRun: input.dryRun,
    rowsRead: result.rows,
    imported: result.inserted + result.updated,
    unchanged: result.unchanged,
    rejected: rejectedRows(result),
    problemCount: result.problems.length,
    problems: result.problems.slice(0, IMPORT_PROBLEMS_SHOWN).map((p) => ({ line: p.line, column: p.column, message: p.message[lang] })),
  };
  return { report, touched: result.touched ?? [] };
}
