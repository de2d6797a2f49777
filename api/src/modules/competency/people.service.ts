import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayIn } from '../../common/calendar.js';
import { CompetencyKind, Role } from '../../common/enums.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, type FieldProblem, type LocalizedText } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { storableText } from '../../common/text.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot, RegionType, UnitType } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { Assessment } from './assessment.entity.js';
import { loadCompetencies } from './competency.service.js';
import type { CompetencyType } from './competency.types.js';
import { Employee } from './employee.entity.js';
import { parseNip } from './nip.js';
import type { CompetencyInput, EmployeeInput, PositionInput, RecordAssessmentInput } from './people.inputs.js';
import { toAssessment, toPosition } from './people.loaders.js';
import { assessmentDayProblem, assessorProblem, levelProblem, nameProblem } from './people.rules.js';
import { EmployeeType, PositionType, type AssessmentType } from './people.types.js';

/**
 * Competency management for HR of a region (issue 9, 1): the region's own technical competencies,
 * positions with their standards, employees and assessments. Every read and write checks the
 * caller's HR grant for the region of the data (ADMIN everywhere); nothing personal leaves it.
 */

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

/** Every problem of one form at once, each beside its field; nothing is written while any remains. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: LocalizedText | null): void {
    if (message) this.list.push({ field, message });
  }
  /** Trimmed one-line text of `min`–`max` characters. */
  text(field: string, value: string | null | undefined, min: number, max: number, label: LocalizedText, multiline = false): string {
    const text = (value ?? '').trim();
    const length = [...text].length;
    const control = [...text].some((c) => c.charCodeAt(0) < 0x20 && !(multiline && (c === '\n' || c === '\r' || c === '\t')));
    if (length < min || length > max || !storableText(text) || control) {
      this.add(
        field,
        min > 0 && length === 0
          ? { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` }
          : { id: `${label.id} harus ${min}–${max} karakter${multiline ? '' : ', satu baris'}.`, en: `${label.en} must be ${min}–${max} characters${multiline ? '' : ', on one line'}.` },
      );
    }
    return text;
  }
  throwIfAny(): void {
    if (!this.list.length) return;
    const first = this.list[0]!.message;
    throw new BadInputError(this.list.length === 1 ? first : { id: `Ada ${this.list.length} isian yang perlu diperbaiki.`, en: `${this.list.length} fields need fixing.` }, this.list);
  }
}

/** The resolver's `@Authorized(Role.HR)` let the viewer through; the data's region is checked next. */
function signedInHr(viewer: Viewer | null): void {
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.hasRole(Role.HR)) throw new ForbiddenError();
}

const badField = (field: string, message: LocalizedText) => new BadInputError(message, [{ field, message }]);

function regionOf(catalog: CatalogSnapshot, slug: string): RegionType {
  const region = typeof slug === 'string' && slug.length <= 100 ? catalog.regionBySlug(slug) : null;
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

function unitIn(catalog: CatalogSnapshot, unitId: string | null | undefined, field = 'unitId'): UnitType | null {
  if (unitId === null || unitId === undefined) return null;
  const unit = isUuid(unitId) ? catalog.unit(unitId.toLowerCase()) : null;
  if (!unit) throw badField(field, { id: 'Unit tidak ditemukan.', en: 'No such unit.' });
  return unit;
}

/** A national competency or one of `regionId`'s own; anything else is not in this region's dictionary. */
async function competenciesUsable(em: EntityManager, regionId: string, ids: readonly string[]): Promise<Map<string, CompetencyType>> {
  const wanted = ids.filter(isUuid).map((id) => id.toLowerCase());
  const found = await loadCompetencies(em, wanted);
  for (const [id, c] of found) if (c.regionId !== null && c.regionId !== regionId) found.delete(id);
  return found;
}

// --- Dictionary ----------------------------------------------------------------------------

const CODE = /^T-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const LEVEL_DESCRIPTOR_MAX = 1000;

function checkCompetency(input: CompetencyInput): { code: string; name: string; description: string; levels: string[] } {
  const problems = new Problems();
  const code = (input.code ?? '').trim().toUpperCase();
  if (code.length < 3 || code.length > 64 || !CODE.test(code)) {
    problems.add('code', {
      id: 'Kode diawali T- lalu huruf besar, angka dan tanda hubung, paling banyak 64 karakter (mis. T-ARSIP-DIGITAL).',
      en: 'The code starts with T- followed by capital letters, digits and hyphens, at most 64 characters (e.g. T-ARSIP-DIGITAL).',
    });
  }
  const name = problems.text('name', input.name, 2, 200, { id: 'Nama', en: 'The name' });
  const description = problems.text('description', input.description, 0, 2000, { id: 'Uraian', en: 'The description' }, true);
  const levels = Array.isArray(input.levels) ? input.levels : [];
  if (levels.length !== 5) {
    problems.add('levels', { id: 'Isi tepat lima deskripsi level, level 1 sampai 5.', en: 'Give exactly five level descriptors, level 1 to 5.' });
  }
  const trimmed = levels.slice(0, 5).map((l, i) => problems.text(`levels.${i}`, l, 1, LEVEL_DESCRIPTOR_MAX, { id: `Deskripsi level ${i + 1}`, en: `The level ${i + 1} descriptor` }, true));
  problems.throwIfAny();
  return { code, name, description, levels: trimmed };
}

/** `createCompetency`: a technical competency of the region's own dictionary (HR of the region, ADMIN). */
export async function createCompetency(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: CompetencyInput): Promise<CompetencyType> {
  const region = regionOf(catalog, input.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const c = checkCompetency(input);
  const id = await em.transactional(async (tx) => {
    const [taken] = await rows<{ id: string }>(tx, sql`select id from competency where upper(code) = ${c.code}`);
    if (taken) throw codeTaken(c.code);
    const [made] = await rows<{ id: string }>(
      tx,
      sql`insert into competency (id, created_at, code, name, kind, description, region_id)
          values (gen_random_uuid(), now(), ${c.code}, ${c.name}, ${CompetencyKind.TEKNIS}, ${c.description}, ${region.id}) returning id`,
    );
    await writeLevels(tx, made!.id, c.levels);
    return made!.id;
  }).catch(uniqueAs(codeTaken(c.code)));
  return (await loadCompetencies(em, [id])).get(id)!;
}

/** `updateCompetency`: the region's own technical competency; the code never changes, national ones are read-only. */
export async function updateCompetency(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string, input: CompetencyInput): Promise<CompetencyType> {
  const existing = isUuid(id) ? (await loadCompetencies(em, [id.toLowerCase()])).get(id.toLowerCase()) : undefined;
  if (!existing) throw new NotFoundError({ id: 'Kompetensi tidak ditemukan.', en: 'No such competency.' });
  if (existing.regionId === null) {
    signedInHr(viewer);
    throw new ForbiddenError({
      id: 'Kompetensi nasional (PermenPANRB 38/2017) tidak dapat diubah; tambahkan kompetensi teknis daerah Anda sendiri.',
      en: 'National competencies (PermenPANRB 38/2017) are read-only; add a technical competency of your own region instead.',
    });
  }
  authorize(viewer, catalog, [Role.HR], { regionId: existing.regionId });
  const region = regionOf(catalog, input.regionSlug);
  if (region.id !== existing.regionId) throw badField('regionSlug', { id: 'Kompetensi tidak berpindah daerah.', en: 'A competency does not move to another region.' });
  const c = checkCompetency(input);
  if (c.code !== existing.code.toUpperCase()) {
    throw badField('code', { id: `Kode tetap ${existing.code}: kode tidak dapat diubah.`, en: `The code stays ${existing.code}: a code never changes.` });
  }
  await em.transactional(async (tx) => {
    await tx.execute(...args(sql`update competency set name = ${c.name}, description = ${c.description} where id = ${existing.id}`));
    await tx.execute(...args(sql`delete from competency_level where competency_id = ${existing.id}`));
    await writeLevels(tx, existing.id, c.levels);
  });
  return (await loadCompetencies(em, [existing.id])).get(existing.id)!;
}

const codeTaken = (code: string) =>
  new ConflictError({ id: `Kode ${code} sudah dipakai kompetensi lain.`, en: `The code ${code} is already used by another competency.` }, { field: 'code' });

async function writeLevels(tx: EntityManager, competencyId: string, levels: string[]): Promise<void> {
  for (const [i, descriptor] of levels.entries()) {
    await tx.execute(...args(sql`insert into competency_level (id, created_at, competency_id, level, descriptor) values (gen_random_uuid(), now(), ${competencyId}, ${i + 1}, ${descriptor})`));
  }
}

const args = (q: SqlQuery): [string, unknown[]] => [q.text, q.params];

/** A unique violation that slipped past the check (two saves at once) is the same conflict. */
const uniqueAs = (conflict: Error) => (error: unknown): never => {
  if (error instanceof UniqueConstraintViolationException) throw conflict;
  throw error;
};

// --- Positions -----------------------------------------------------------------------------

export const REQUIREMENTS_MAX = 30;

/** `positions(regionSlug, unitId)`: positions of the region (or one unit of it), by unit and title. */
export async function listPositions(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string, unitId: string | null | undefined): Promise<PositionType[]> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const unit = unitIn(catalog, unitId);
  if (unit && unit.regionId !== region.id) throw badField('unitId', { id: 'Unit ini bukan unit daerah tersebut.', en: 'This unit is not one of the region’s.' });
  const found = await rows<{ id: string; title: string; kind: PositionType['kind']; unit_id: string }>(
    em,
    sql`select p.id, p.title, p.kind, p.unit_id from position p join unit u on u.id = p.unit_id
        where u.region_id = ${region.id} and (${unit?.id ?? null}::uuid is null or p.unit_id = ${unit?.id ?? null})
        order by u.name, p.title, p.id`,
  );
  return found.map(toPosition);
}

/** `savePosition`: creates or updates a position and replaces its standard as a whole. */
export async function savePosition(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: PositionInput): Promise<PositionType> {
  const unit = unitIn(catalog, input.unitId)!;
  authorize(viewer, catalog, [Role.HR], { regionId: unit.regionId });
  let existingId: string | null = null;
  if (input.id !== null && input.id !== undefined) {
    const [found] = isUuid(input.id) ? await rows<{ id: string; region_id: string }>(em, sql`select p.id, u.region_id from position p join unit u on u.id = p.unit_id where p.id = ${input.id.toLowerCase()}`) : [];
    if (!found) throw new NotFoundError({ id: 'Jabatan tidak ditemukan.', en: 'No such position.' });
    authorize(viewer, catalog, [Role.HR], { regionId: found.region_id });
    if (found.region_id !== unit.regionId) throw badField('unitId', { id: 'Jabatan tidak berpindah ke daerah lain.', en: 'A position does not move to another region.' });
    existingId = found.id;
  }
  const problems = new Problems();
  const title = problems.text('title', input.title, 2, 200, { id: 'Nama jabatan', en: 'The title' });
  const requirements = Array.isArray(input.requirements) ? input.requirements : [];
  if (requirements.length > REQUIREMENTS_MAX) problems.add('requirements', { id: `Paling banyak ${REQUIREMENTS_MAX} kompetensi.`, en: `At most ${REQUIREMENTS_MAX} competencies.` });
  const usable = await competenciesUsable(em, unit.regionId, requirements.slice(0, REQUIREMENTS_MAX).map((r) => r.competencyId));
  const seen = new Set<string>();
  requirements.slice(0, REQUIREMENTS_MAX).forEach((r, i) => {
    const id = (r.competencyId ?? '').toLowerCase();
    if (!usable.has(id)) problems.add(`requirements.${i}.competencyId`, { id: 'Kompetensi tidak ada di kamus daerah ini.', en: 'This competency is not in the region’s dictionary.' });
    else if (seen.has(id)) problems.add(`requirements.${i}.competencyId`, { id: `${usable.get(id)!.name} tercantum dua kali.`, en: `${usable.get(id)!.name} is listed twice.` });
    seen.add(id);
    problems.add(`requirements.${i}.requiredLevel`, levelProblem(r.requiredLevel));
  });
  problems.throwIfAny();
  const id = await em.transactional(async (tx) => {
    let positionId = existingId;
    if (positionId) {
      await tx.execute(...args(sql`update position set title = ${title}, kind = ${input.kind}, unit_id = ${unit.id} where id = ${positionId}`));
      await tx.execute(...args(sql`delete from competency_requirement where position_id = ${positionId}`));
    } else {
      const [made] = await rows<{ id: string }>(tx, sql`insert into position (id, created_at, unit_id, title, kind) values (gen_random_uuid(), now(), ${unit.id}, ${title}, ${input.kind}) returning id`);
      positionId = made!.id;
    }
    for (const r of requirements) {
      await tx.execute(
        ...args(sql`insert into competency_requirement (id, created_at, position_id, competency_id, required_level)
          values (gen_random_uuid(), now(), ${positionId}, ${r.competencyId.toLowerCase()}, ${r.requiredLevel})`),
      );
    }
    return positionId;
  });
  return Object.assign(new PositionType(), { id, title, kind: input.kind, unitId: unit.id });
}

// --- Employees -----------------------------------------------------------------------------

interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  employment_type: EmployeeType['employmentType'];
  active: boolean;
  birth_date: string;
  region_id: string;
  unit_id: string;
  position_id: string | null;
}

const EMPLOYEE_COLUMNS = sql`e.id, e.nip, e.name, e.employment_type, e.active, to_char(e.birth_date, 'YYYY-MM-DD') as birth_date, e.region_id, e.unit_id, e.position_id`;

const toEmployee = (r: EmployeeRow): EmployeeType =>
  Object.assign(new EmployeeType(), {
    id: r.id,
    nip: r.nip,
    name: r.name,
    employmentType: r.employment_type,
    active: r.active,
    birthDate: r.birth_date,
    regionId: r.region_id,
    unitId: r.unit_id,
    positionId: r.position_id,
  });

export const SEARCH_MAX = 100;

/**
 * `employees(regionSlug, unitId, search, first, after)`: by name, then id. `search` matches a part of
 * the name (any case) or of the NIP (spaces and dots ignored). Two statements whatever the page size.
 */
export async function listEmployees(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args_: { regionSlug: string; unitId?: string | null; search?: string | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<EmployeeType>> {
  const region = regionOf(catalog, args_.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const unit = unitIn(catalog, args_.unitId);
  if (unit && unit.regionId !== region.id) throw badField('unitId', { id: 'Unit ini bukan unit daerah tersebut.', en: 'This unit is not one of the region’s.' });
  const size = pageSize(args_.first);
  const search = (args_.search ?? '').trim();
  if ([...search].length > SEARCH_MAX || !storableText(search)) {
    throw badField('search', { id: `Kata pencarian paling banyak ${SEARCH_MAX} karakter.`, en: `The search is at most ${SEARCH_MAX} characters.` });
  }
  const after = args_.after ? decodeCursor(args_.after, ['text', 'uuid'] as const) : null;
  const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const digits = search.replace(/[\s.]/g, '');
  const nipLike = /^\d+$/.test(digits) ? `%${digits}%` : null;
  const where = sql`e.region_id = ${region.id}
    and (${unit?.id ?? null}::uuid is null or e.unit_id = ${unit?.id ?? null})
    and (${like}::text is null or e.name ilike ${like} or (${nipLike}::text is not null and e.nip like ${nipLike}))`;
  const [count] = await rows<{ n: number }>(em, sql`select count(*)::int as n from employee e where ${where}`);
  const found = await rows<EmployeeRow>(
    em,
    sql`select ${EMPLOYEE_COLUMNS} from employee e where ${where}
        and (${after?.[0] ?? null}::text is null or (e.name, e.id) > (${after?.[0] ?? null}, ${after?.[1] ?? null}::uuid))
        order by e.name, e.id limit ${size + 1}`,
  );
  return toConnection(found.map(toEmployee), size, count!.n, (e) => [e.name, e.id]);
}

async function employeeRow(em: EntityManager, id: string): Promise<EmployeeRow | null> {
  if (!isUuid(id)) return null;
  const [found] = await rows<EmployeeRow>(em, sql`select ${EMPLOYEE_COLUMNS} from employee e where e.id = ${id.toLowerCase()}`);
  return found ?? null;
}

/** `employee(id)`: null when there is none; FORBIDDEN unless HR of its region or ADMIN. */
export async function getEmployee(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string): Promise<EmployeeType | null> {
  signedInHr(viewer);
  const found = await employeeRow(em, id);
  if (!found) return null;
  authorize(viewer, catalog, [Role.HR], { regionId: found.region_id });
  return toEmployee(found);
}

async function requireEmployee(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string, field = 'id'): Promise<EmployeeRow> {
  signedInHr(viewer);
  const found = await employeeRow(em, id);
  if (!found) throw new NotFoundError({ id: 'Pegawai tidak ditemukan.', en: 'No such employee.' }, { field });
  authorize(viewer, catalog, [Role.HR], { regionId: found.region_id });
  return found;
}

const nipTaken = () =>
  new ConflictError(
    { id: 'NIP ini sudah terdaftar untuk pegawai lain. Periksa NIP-nya, atau cari pegawai itu di daftar.', en: 'This NIP is already registered for another employee. Check the NIP, or find that employee in the list.' },
    { field: 'nip' },
  );

/**
 * `saveEmployee`: adds or updates an employee of the unit's region. The NIP follows the rules of
 * nip.ts (each refusal beside the `nip` field) and is unique: a taken one is CONFLICT.
 */
export async function saveEmployee(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: EmployeeInput): Promise<EmployeeType> {
  const unit = unitIn(catalog, input.unitId)!;
  authorize(viewer, catalog, [Role.HR], { regionId: unit.regionId });
  const existing = input.id !== null && input.id !== undefined ? await requireEmployee(em, catalog, viewer, input.id) : null;
  if (existing && existing.region_id !== unit.regionId) throw badField('unitId', { id: 'Unit harus di daerah pegawai.', en: 'The unit must be in the employee’s region.' });
  const problems = new Problems();
  const nipText = typeof input.nip === 'string' && input.nip.length <= 40 ? input.nip : '';
  const nip = parseNip(nipText);
  if (!nip.ok) for (const message of nip.problems) problems.add('nip', message);
  const name = (input.name ?? '').trim();
  problems.add('name', nameProblem(name));
  let positionId: string | null = null;
  if (input.positionId) {
    const [position] = isUuid(input.positionId) ? await rows<{ id: string }>(em, sql`select id from position where id = ${input.positionId.toLowerCase()} and unit_id = ${unit.id}`) : [];
    if (!position) problems.add('positionId', { id: 'Jabatan ini tidak ada di unit tersebut.', en: 'This position is not one of the unit’s.' });
    else positionId = position.id;
  }
  problems.throwIfAny();
  if (!nip.ok) throw new Error('unreachable');
  const [other] = await rows<{ id: string }>(em, sql`select id from employee where nip = ${nip.nip} and id <> ${existing?.id ?? '00000000-0000-0000-0000-000000000000'}`);
  if (other) throw nipTaken();
  const region = em.getReference('Region', unit.regionId) as never;
  const unitRef = em.getReference('Unit', unit.id) as never;
  const positionRef = positionId ? (em.getReference('Position', positionId) as never) : null;
  try {
    // Through the entity, so that its hook (Employee.checkNip) has the last word on every write path.
    const entity = existing
      ? await em.findOneOrFail(Employee, { id: existing.id })
      : em.create(Employee, { nip: nip.nip, name, region, unit: unitRef, employmentType: input.employmentType, birthDate: nip.birthDate, tmt: nip.tmt, sex: nip.sex });
    em.assign(entity, { nip: nip.nip, name, unit: unitRef, position: positionRef, employmentType: input.employmentType });
    await em.flush();
    return toEmployee((await employeeRow(em, entity.id))!);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw nipTaken();
    throw error;
  }
}

/** `setEmployeeActive`: deactivates (left, retired) or reactivates an employee; history stays. */
export async function setEmployeeActive(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string, active: boolean): Promise<EmployeeType> {
  const found = await requireEmployee(em, catalog, viewer, id);
  await em.execute(...args(sql`update employee set active = ${active} where id = ${found.id}`));
  return toEmployee({ ...found, active });
}

// --- Assessments ---------------------------------------------------------------------------

/** `recordAssessment`: one assessment of an employee; the newest per competency is the one that counts. */
export async function recordAssessment(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: RecordAssessmentInput): Promise<AssessmentType> {
  const employee = await requireEmployee(em, catalog, viewer, input.employeeId, 'employeeId');
  const region = catalog.region(employee.region_id)!;
  const problems = new Problems();
  const usable = await competenciesUsable(em, employee.region_id, [input.competencyId]);
  const competency = usable.get((input.competencyId ?? '').toLowerCase());
  if (!competency) problems.add('competencyId', { id: 'Kompetensi tidak ada di kamus daerah ini.', en: 'This competency is not in the region’s dictionary.' });
  problems.add('level', levelProblem(input.level));
  problems.add('assessedOn', assessmentDayProblem(input.assessedOn ?? '', todayIn(region.timeZone)));
  const assessor = (input.assessor ?? '').trim();
  problems.add('assessor', assessorProblem(assessor));
  problems.throwIfAny();
  const entity = em.create(Assessment, {
    employee: em.getReference(Employee, employee.id),
    competency: em.getReference('Competency', competency!.id) as never,
    level: input.level,
    assessedOn: input.assessedOn,
    method: input.method,
    assessor: assessor || null,
  });
  await em.flush();
  return toAssessment({
    id: entity.id,
    competency_id: competency!.id,
    level: entity.level,
    assessed_on: input.assessedOn,
    method: entity.method,
    assessor: entity.assessor,
    created_at: new Date().toISOString(),
  });
}

export interface EmployeeCompetencyRow {
  competencyId: string;
  requiredLevel: number | null;
  assessedLevel: number | null;
  assessedOn: string | null;
  gap: number | null;
}

/**
 * An employee's competencies: each one the position requires (by kind and code) with the latest
 * assessment of it, then the assessed ones it does not require. The latest assessment counts
 * (newest day; of one day, the last recorded).
 */
export function employeeCompetencies(
  requirements: ReadonlyArray<{ competencyId: string; requiredLevel: number }>,
  assessments: readonly AssessmentType[],
): EmployeeCompetencyRow[] {
  const latest = new Map<string, AssessmentType>();
  for (const a of assessments) {
    const known = latest.get(a.competencyId);
    if (!known || a.assessedOn > known.assessedOn || (a.assessedOn === known.assessedOn && a.createdAt > known.createdAt)) latest.set(a.competencyId, a);
  }
  const out = requirements.map((r): EmployeeCompetencyRow => {
    const a = latest.get(r.competencyId);
    return { competencyId: r.competencyId, requiredLevel: r.requiredLevel, assessedLevel: a?.level ?? null, assessedOn: a?.assessedOn ?? null, gap: a ? Math.max(0, r.requiredLevel - a.level) : null };
  });
  const required = new Set(requirements.map((r) => r.competencyId));
  for (const [competencyId, a] of latest) {
    if (!required.has(competencyId)) out.push({ competencyId, requiredLevel: null, assessedLevel: a.level, assessedOn: a.assessedOn, gap: null });
  }
  return out;
}
