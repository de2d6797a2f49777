import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError, type LocalizedText } from '../../common/errors.js';
import { EnrolmentStatus, PartnerKind, Role, TrainingForm, TrainingMode } from '../../common/enums.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import { boundedText } from '../../common/bounded-text.js';
import { storableText } from '../../common/text.js';
import { isUuid } from '../../common/ids.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, covers, type Viewer } from '../identity/index.js';
import {
  EnrolmentType,
  TrainingPartnerType,
  TrainingProgramType,
  type EnrolmentUpdateInput,
  type PartnerInput,
  type TrainingProgramInput,
} from './development.types.js';

/**
 * Partners, training programs and enrolments (issue 9). Programs hold nothing personal: HR of every
 * region sees another region's shared ones. Enrolments name employees: HR of the program's region
 * and ADMIN only, and only employees of that region can be enrolled.
 */

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

const bad = (field: string, message: LocalizedText) => new BadInputError(message, [{ field, message }]);

function regionOf(catalog: CatalogSnapshot, slug: string) {
  const region = catalog.regionBySlug(String(slug ?? '').trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

/** The BKPSDM office of a region: whom to ask about its programs (an office, never a person). */
export const officeOf = (regionName: string) => `BKPSDM ${regionName}`;

function text(value: string | null | undefined, field: string, min: number, max: number, what: LocalizedText): string {
  if (value !== null && value !== undefined && !storableText(value)) {
    throw bad(field, { id: `${what.id} memuat karakter yang tidak dapat disimpan.`, en: `${what.en} holds characters that cannot be stored.` });
  }
  return boundedText(value, field, min, max, what);
}

// --- Partners -----------------------------------------------------------------------------------

interface PartnerRow {
  id: string;
  region_id: string;
  name: string;
  kind: PartnerKind;
  description: string;
}

export const toPartner = (r: PartnerRow): TrainingPartnerType =>
  Object.assign(new TrainingPartnerType(), { id: r.id, regionId: r.region_id, name: r.name, kind: r.kind, description: r.description });

export async function loadPartners(em: EntityManager, ids: readonly string[]): Promise<Map<string, TrainingPartnerType>> {
  if (!ids.length) return new Map();
  const found = await rows<PartnerRow>(em, sql`select id, region_id, name, kind, description from partner where id in (${[...new Set(ids)]})`);
  return new Map(found.map((r) => [r.id, toPartner(r)]));
}

/** `partners(regionSlug)`: HR of the region and ADMIN, by name. */
export async function listPartners(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string): Promise<TrainingPartnerType[]> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const found = await rows<PartnerRow>(
    em,
    sql`select id, region_id, name, kind, description from partner where region_id = ${region.id} order by name, id`,
  );
  return found.map(toPartner);
}

export async function savePartner(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: PartnerInput): Promise<TrainingPartnerType> {
  const region = regionOf(catalog, input.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const name = text(input.name, 'name', 2, 200, { id: 'Nama mitra', en: 'The partner’s name' });
  const description = text(input.description ?? '', 'description', 0, 2000, { id: 'Uraian', en: 'The description' });
  if (!Object.values(PartnerKind).includes(input.kind)) throw bad('kind', { id: 'Jenis mitra tidak dikenal.', en: 'Unknown partner kind.' });
  if (input.id) {
    const notFound = new NotFoundError({ id: 'Mitra tidak ditemukan di daerah ini.', en: 'No such partner in this region.' });
    if (!isUuid(input.id)) throw notFound;
    const [updated] = await rows<PartnerRow>(
      em,
      sql`update partner set name = ${name}, kind = ${input.kind}, description = ${description}
          where id = ${input.id} and region_id = ${region.id} returning id, region_id, name, kind, description`,
    );
    if (!updated) throw notFound;
    return toPartner(updated);
  }
  const [created] = await rows<PartnerRow>(
    em,
    sql`insert into partner (id, created_at, region_id, name, kind, description)
        values (gen_random_uuid(), now(), ${region.id}, ${name}, ${input.kind}, ${description})
        returning id, region_id, name, kind, description`,
  );
  return toPartner(created!);
}

// --- Programs -----------------------------------------------------------------------------------

interface ProgramRow {
  id: string;
  region_id: string;
  title: string;
  description: string;
  mode: TrainingMode;
  form: TrainingForm;
  jp: number;
  cost_per_participant: number;
  starts_on: string | null;
  ends_on: string | null;
  shared: boolean;
  partner_id: string | null;
  competency_ids: string[];
}

const PROGRAM_COLUMNS = sql`p.id, p.region_id, p.title, p.description, p.mode, p.form, p.jp, p.cost_per_participant,
  to_char(p.starts_on, 'YYYY-MM-DD') as starts_on, to_char(p.ends_on, 'YYYY-MM-DD') as ends_on, p.shared, p.partner_id,
  array(select pc.competency_id from training_program_competency pc where pc.program_id = p.id order by pc.competency_id) as competency_ids`;

function toProgram(catalog: CatalogSnapshot, r: ProgramRow): TrainingProgramType {
  // partner and measuredImpact are left undefined: their field resolvers batch them (DataLoader).
  return Object.assign(new TrainingProgramType(), {
    id: r.id,
    regionId: r.region_id,
    title: r.title,
    description: r.description,
    mode: r.mode,
    form: r.form,
    jp: r.jp,
    costPerParticipant: r.cost_per_participant,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    shared: r.shared,
    partnerId: r.partner_id,
    competencyIds: r.competency_ids,
    ownerOffice: officeOf(catalog.region(r.region_id)?.name ?? ''),
  });
}

export interface ProgramsQuery {
  regionSlug: string;
  includeShared?: boolean | null;
  competencyId?: string | null;
}

/** `trainingPrograms`: the region's own programs, then (includeShared) other regions' shared ones. HR of the region, ADMIN. */
export async function listPrograms(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, q: ProgramsQuery): Promise<TrainingProgramType[]> {
  const region = regionOf(catalog, q.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const competencyId = q.competencyId ?? null;
  if (competencyId !== null && !isUuid(competencyId)) return [];
  const includeShared = q.includeShared ?? true;
  const found = await rows<ProgramRow>(
    em,
    sql`select ${PROGRAM_COLUMNS} from training_program p
        where (p.region_id = ${region.id} or (${includeShared}::boolean and p.shared))
          and (${competencyId}::uuid is null or exists (
            select 1 from training_program_competency pc where pc.program_id = p.id and pc.competency_id = ${competencyId}::uuid))
        order by (p.region_id = ${region.id}) desc, p.title, p.id`,
  );
  return found.map((r) => toProgram(catalog, r));
}

async function programRow(em: EntityManager, id: string): Promise<ProgramRow | null> {
  if (!isUuid(id)) return null;
  const [found] = await rows<ProgramRow>(em, sql`select ${PROGRAM_COLUMNS} from training_program p where p.id = ${id}`);
  return found ?? null;
}

/** Programs by id as read models, unchecked: the caller has authorized what it shows (the mayor's training impact). */
export async function programsByIds(em: EntityManager, catalog: CatalogSnapshot, ids: readonly string[]): Promise<Map<string, TrainingProgramType>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Map();
  const found = await rows<ProgramRow>(em, sql`select ${PROGRAM_COLUMNS} from training_program p where p.id in (${wanted})`);
  return new Map(found.map((r) => [r.id, toProgram(catalog, r)]));
}

const programNotFound = () => new NotFoundError({ id: 'Program pelatihan tidak ditemukan.', en: 'No such training program.' });

/**
 * `trainingProgram(id)`: HR of its region and ADMIN; a shared one also HR of every other region
 * (without its enrolments, see TrainingProgram.enrolments).
 */
export async function getProgram(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string): Promise<TrainingProgramType | null> {
  const found = await programRow(em, id);
  if (!found) return null;
  if (found.shared) {
    // Like trainingImpact: a shared program is offered to HR of every region.
    if (!viewer) throw new UnauthenticatedError();
    if (!viewer.isAdmin && !viewer.hasRole(Role.HR)) throw new ForbiddenError();
  } else {
    authorize(viewer, catalog, [Role.HR], { regionId: found.region_id });
  }
  return toProgram(catalog, found);
}

/** Whether the viewer may see the people of a program: HR of its region and ADMIN. */
export function maySeeEnrolments(viewer: Viewer | null, catalog: CatalogSnapshot, program: { regionId: string }): boolean {
  return viewer !== null && covers(viewer, catalog, [Role.HR], { regionId: program.regionId });
}

const MAX_JP = 1000;
const MAX_COMPETENCIES = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function saveProgram(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: TrainingProgramInput): Promise<TrainingProgramType> {
  const region = regionOf(catalog, input.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const title = text(input.title, 'title', 3, 240, { id: 'Judul', en: 'The title' });
  const description = text(input.description ?? '', 'description', 0, 4000, { id: 'Uraian', en: 'The description' });
  if (!Object.values(TrainingMode).includes(input.mode)) throw bad('mode', { id: 'Jalur tidak dikenal.', en: 'Unknown mode.' });
  if (!Object.values(TrainingForm).includes(input.form)) throw bad('form', { id: 'Bentuk tidak dikenal.', en: 'Unknown form.' });
  if (!Number.isInteger(input.jp) || input.jp < 1 || input.jp > MAX_JP) {
    throw bad('jp', { id: `JP harus bilangan bulat 1–${MAX_JP}.`, en: `JP must be a whole number from 1 to ${MAX_JP}.` });
  }
  const cost = input.costPerParticipant ?? 0;
  if (!Number.isInteger(cost) || cost < 0 || cost > 2_000_000_000) {
    throw bad('costPerParticipant', { id: 'Biaya per peserta harus rupiah bulat 0–2.000.000.000.', en: 'The cost per participant must be whole rupiah, 0 to 2,000,000,000.' });
  }
  for (const [field, value] of [['startsOn', input.startsOn], ['endsOn', input.endsOn]] as const) {
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) throw bad(field, { id: 'Tanggal tidak sah.', en: 'Not a valid date.' });
  }
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
    throw bad('endsOn', { id: 'Tanggal selesai sebelum tanggal mulai.', en: 'The last day is before the first.' });
  }
  const competencyIds = [...new Set(input.competencyIds ?? [])];
  if (competencyIds.length < 1 || competencyIds.length > MAX_COMPETENCIES) {
    throw bad('competencyIds', { id: `Pilih 1–${MAX_COMPETENCIES} kompetensi sasaran.`, en: `Choose 1 to ${MAX_COMPETENCIES} target competencies.` });
  }
  const unknownCompetency = bad('competencyIds', { id: 'Kompetensi tidak dikenal di daerah ini.', en: 'A competency unknown in this region.' });
  if (!competencyIds.every(isUuid)) throw unknownCompetency;
  const known = await rows<{ id: string }>(
    em,
    sql`select id from competency where id in (${competencyIds}) and (region_id is null or region_id = ${region.id})`,
  );
  if (known.length !== competencyIds.length) throw unknownCompetency;
  const partnerId = input.partnerId || null;
  if (partnerId) {
    const wrongPartner = bad('partnerId', { id: 'Mitra harus dari daerah yang sama.', en: 'The partner must be of the same region.' });
    if (!isUuid(partnerId)) throw wrongPartner;
    const [partner] = await rows<{ id: string }>(em, sql`select id from partner where id = ${partnerId} and region_id = ${region.id}`);
    if (!partner) throw wrongPartner;
  }

  return em.transactional(async (tx) => {
    let id = input.id ?? null;
    if (id) {
      const [current] = isUuid(id)
        ? await rows<{ region_id: string }>(tx, sql`select region_id from training_program where id = ${id} for update`)
        : [];
      if (!current || current.region_id !== region.id) throw programNotFound();
      await tx.execute(
        ...args(sql`update training_program set title = ${title}, description = ${description}, mode = ${input.mode}, form = ${input.form},
              jp = ${input.jp}, cost_per_participant = ${cost}, partner_id = ${partnerId}, starts_on = ${input.startsOn ?? null},
              ends_on = ${input.endsOn ?? null}, shared = ${input.shared ?? false}
            where id = ${id}`),
      );
      await tx.execute(...args(sql`delete from training_program_competency where program_id = ${id}`));
    } else {
      const [created] = await rows<{ id: string }>(
        tx,
        sql`insert into training_program (id, created_at, region_id, title, description, mode, form, jp, cost_per_participant, partner_id,
              starts_on, ends_on, shared)
            values (gen_random_uuid(), now(), ${region.id}, ${title}, ${description}, ${input.mode}, ${input.form}, ${input.jp}, ${cost},
              ${partnerId}, ${input.startsOn ?? null}, ${input.endsOn ?? null}, ${input.shared ?? false})
            returning id`,
      );
      id = created!.id;
    }
    await tx.execute(
      ...args(sql`insert into training_program_competency (program_id, competency_id)
          select ${id}::uuid, c.id from competency c where c.id in (${competencyIds})`),
    );
    return toProgram(catalog, (await programRow(tx, id))!);
  });
}

const args = (q: SqlQuery): [string, unknown[]] => [q.text, q.params];

// --- Enrolments ---------------------------------------------------------------------------------

interface EnrolmentRow {
  id: string;
  program_id: string;
  employee_id: string;
  status: EnrolmentStatus;
  completed_on: string | null;
  jp_earned: number;
  reason: string | null;
}

const ENROLMENT_COLUMNS = sql`n.id, n.program_id, n.employee_id, n.status, to_char(n.completed_on, 'YYYY-MM-DD') as completed_on, n.jp_earned, n.reason`;

const toEnrolment = (r: EnrolmentRow): EnrolmentType =>
  Object.assign(new EnrolmentType(), {
    id: r.id,
    programId: r.program_id,
    employeeId: r.employee_id,
    status: r.status,
    completedOn: r.completed_on,
    jpEarned: r.jp_earned,
    reason: r.reason,
  });

/** Enrolments of many programs, by the employee's name, in one statement. */
export async function loadEnrolments(em: EntityManager, programIds: readonly string[]): Promise<Map<string, EnrolmentType[]>> {
  const out = new Map<string, EnrolmentType[]>(programIds.map((id) => [id, []]));
  if (!programIds.length) return out;
  const found = await rows<EnrolmentRow>(
    em,
    sql`select ${ENROLMENT_COLUMNS} from enrolment n join employee e on e.id = n.employee_id
        where n.program_id in (${[...new Set(programIds)]}) order by e.name, n.id`,
  );
  for (const r of found) out.get(r.program_id)?.push(toEnrolment(r));
  return out;
}

export interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  unit_id: string;
}

export async function loadEmployees(em: EntityManager, ids: readonly string[]): Promise<Map<string, EmployeeRow>> {
  if (!ids.length) return new Map();
  const found = await rows<EmployeeRow>(em, sql`select id, nip, name, unit_id from employee where id in (${[...new Set(ids)]})`);
  return new Map(found.map((r) => [r.id, r]));
}

export const MAX_ENROL = 100;

/**
 * `enrolEmployees`: PLANNED places for employees of the program's region; an employee already in the
 * program keeps their enrolment as it is (idempotent, safe to repeat or to run twice at once: the
 * unique key decides). Returns the enrolments of the given employees, in the order given.
 */
export async function enrolEmployees(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  programId: string,
  employeeIds: readonly string[],
): Promise<EnrolmentType[]> {
  const program = await programRow(em, programId);
  if (!program) throw programNotFound();
  authorize(viewer, catalog, [Role.HR], { regionId: program.region_id });
  const ids = [...new Set((employeeIds ?? []).map((id) => String(id).toLowerCase()))];
  if (ids.length < 1 || ids.length > MAX_ENROL) {
    throw bad('employeeIds', { id: `Pilih 1–${MAX_ENROL} pegawai.`, en: `Choose 1 to ${MAX_ENROL} employees.` });
  }
  const notHere = bad('employeeIds', {
    id: 'Hanya pegawai aktif dari daerah program yang dapat didaftarkan.',
    en: 'Only active employees of the program’s region can be enrolled.',
  });
  if (!ids.every(isUuid)) throw notHere;
  const found = await rows<{ id: string }>(
    em,
    sql`select id from employee where id in (${ids}) and region_id = ${program.region_id} and active`,
  );
  if (found.length !== ids.length) throw notHere;
  await em.execute(
    ...args(sql`insert into enrolment (id, created_at, employee_id, program_id, status, jp_earned)
        select gen_random_uuid(), now(), e.id, ${program.id}::uuid, 'PLANNED', 0 from employee e where e.id in (${ids})
        on conflict (employee_id, program_id) do nothing`),
  );
  const enrolments = await rows<EnrolmentRow>(
    em,
    sql`select ${ENROLMENT_COLUMNS} from enrolment n where n.program_id = ${program.id} and n.employee_id in (${ids})`,
  );
  const byEmployee = new Map(enrolments.map((r) => [r.employee_id, toEnrolment(r)]));
  return ids.map((id) => byEmployee.get(id)!);
}

/** The steps an enrolment may take; every other change is refused. */
export const NEXT_STATUS: Readonly<Record<EnrolmentStatus, readonly EnrolmentStatus[]>> = {
  [EnrolmentStatus.PLANNED]: [EnrolmentStatus.ENROLLED, EnrolmentStatus.DECLINED, EnrolmentStatus.CANCELLED],
  [EnrolmentStatus.ENROLLED]: [EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW, EnrolmentStatus.DROPPED, EnrolmentStatus.CANCELLED],
  [EnrolmentStatus.COMPLETED]: [],
  [EnrolmentStatus.DECLINED]: [],
  [EnrolmentStatus.NO_SHOW]: [],
  [EnrolmentStatus.DROPPED]: [],
  [EnrolmentStatus.CANCELLED]: [],
};

const NEEDS_REASON = new Set([EnrolmentStatus.DECLINED, EnrolmentStatus.NO_SHOW, EnrolmentStatus.DROPPED]);
export const REASON_MAX = 500;

/**
 * `updateEnrolment`: one step of NEXT_STATUS. The enrolment's row is locked (`for update`) from the
 * moment its status is read until the change is written, so two HR users changing it at once are
 * served one after the other: the second sees the first's result and its step is judged from there.
 */
export async function updateEnrolment(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: EnrolmentUpdateInput): Promise<EnrolmentType> {
  const notFound = new NotFoundError({ id: 'Keikutsertaan tidak ditemukan.', en: 'No such enrolment.' });
  if (!isUuid(String(input.id))) throw notFound;
  const status = input.status;
  if (!Object.values(EnrolmentStatus).includes(status)) throw bad('status', { id: 'Status tidak dikenal.', en: 'Unknown status.' });
  // What can be checked without the row is checked before the lock is taken.
  let reason: string | null = null;
  if (NEEDS_REASON.has(status) || (status === EnrolmentStatus.CANCELLED && input.reason)) {
    reason = text(input.reason, 'reason', NEEDS_REASON.has(status) ? 1 : 0, REASON_MAX, { id: 'Alasan', en: 'The reason' }) || null;
  }
  if (status === EnrolmentStatus.COMPLETED) {
    const day = input.completedOn ?? '';
    if (!DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
      throw bad('completedOn', { id: 'Tanggal selesai wajib diisi.', en: 'The day of completion is required.' });
    }
  }

  return em.transactional(async (tx) => {
    const [current] = await rows<EnrolmentRow & { region_id: string; program_jp: number }>(
      tx,
      sql`select ${ENROLMENT_COLUMNS}, p.region_id, p.jp as program_jp
          from enrolment n join training_program p on p.id = n.program_id where n.id = ${input.id} for update of n`,
    );
    if (!current) throw notFound;
    authorize(viewer, catalog, [Role.HR], { regionId: current.region_id });
    const allowed = NEXT_STATUS[current.status];
    if (!allowed.includes(status)) {
      const steps = allowed.length ? allowed.join(', ') : null;
      throw bad('status', {
        id: `Keikutsertaan berstatus ${current.status} tidak dapat diubah menjadi ${status}; ${steps ? `yang diizinkan: ${steps}.` : 'status ini sudah final.'}`,
        en: `An enrolment that is ${current.status} cannot become ${status}; ${steps ? `allowed: ${steps}.` : 'this status is final.'}`,
      });
    }
    let completedOn: string | null = null;
    let jpEarned = 0;
    if (status === EnrolmentStatus.COMPLETED) {
      completedOn = input.completedOn!;
      const today = todayIn(catalog.region(current.region_id)?.timeZone ?? 'Asia/Jakarta');
      if (completedOn > today) throw bad('completedOn', { id: 'Tanggal selesai tidak boleh di masa depan.', en: 'The day of completion cannot be in the future.' });
      if (completedOn < '2000-01-01') throw bad('completedOn', { id: 'Tanggal selesai tidak masuk akal.', en: 'The day of completion is implausible.' });
      jpEarned = input.jpEarned ?? current.program_jp;
      if (!Number.isInteger(jpEarned) || jpEarned < 0 || jpEarned > current.program_jp) {
        throw bad('jpEarned', {
          id: `JP yang diperoleh harus 0–${current.program_jp} (JP program).`,
          en: `JP earned must be 0 to ${current.program_jp} (the program’s JP).`,
        });
      }
    }
    const [updated] = await rows<EnrolmentRow>(
      tx,
      sql`update enrolment n set status = ${status}, completed_on = ${completedOn}, jp_earned = ${jpEarned}, reason = ${reason}
          where n.id = ${current.id} returning ${ENROLMENT_COLUMNS}`,
    );
    return toEnrolment(updated!);
  });
}
