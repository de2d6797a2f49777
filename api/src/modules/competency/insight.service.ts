import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { Role, type AssessmentMethod, type DevelopmentActivityKind } from '../../common/enums.js';
import { boundedText } from '../../common/bounded-text.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { gapRows, JP_PER_YEAR, loadCompetencies, round2, unitOf } from './competency.service.js';
import { DAYS_PER_MONTH } from './objectivity.js';
import {
  AssessmentCoverageType,
  AssessmentCyclePayloadType,
  CompetencyHeatmapType,
  DevelopmentActivityType,
  EmployeeProfileCardType,
  EmployeeSummaryType,
  HeatmapCellType,
  HeatmapRowType,
  OverdueEmployeeType,
  PotentialEntryType,
  ProfileCompetencyType,
  ProfilePositionType,
  ProfileTrainingType,
  type DevelopmentActivityInput,
} from './insight.types.js';

export const CYCLE_MIN = 6;
export const CYCLE_MAX = 60;
export const MAX_POTENTIAL = 100;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const bad = (field: string, id: string, en: string) => new BadInputError({ id, en }, [{ field, message: { id, en } }]);

function regionOf(catalog: CatalogSnapshot, slug: string) {
  const region = catalog.regionBySlug(String(slug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

const employeeNotFound = () => new NotFoundError({ id: 'Pegawai tidak ditemukan.', en: 'No such employee.' });

/** `setAssessmentCycle`: HR of the region and ADMIN; 6–60 months. */
export async function setAssessmentCycle(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  regionSlug: string,
  months: number,
): Promise<AssessmentCyclePayloadType> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  if (!Number.isInteger(months) || months < CYCLE_MIN || months > CYCLE_MAX) {
    throw bad('months', `Siklus penilaian harus ${CYCLE_MIN}–${CYCLE_MAX} bulan.`, `The assessment cycle must be ${CYCLE_MIN}–${CYCLE_MAX} months.`);
  }
  await em.execute('update region set assessment_cycle_months = ? where id = ?', [months, region.id]);
  return Object.assign(new AssessmentCyclePayloadType(), { regionSlug: region.slug, cycleMonths: months });
}

async function cycleOf(em: EntityManager, regionId: string): Promise<number> {
  const [row] = await rows<{ months: number }>(em, sql`select assessment_cycle_months as months from region where id = ${regionId}`);
  return row?.months ?? 24;
}

interface CoverageRow {
  id: string;
  name: string;
  nip: string;
  cycle: number;
  required: number;
  fresh: number;
  oldest: string | null;
  never: boolean;
  months_since: number | null;
}

/**
 * `assessmentCoverage(unitId)`: HR of the unit's region and ADMIN. One statement: per active employee,
 * how many competencies of the position's standard have a latest assessment within the cycle.
 * An employee without a position is up to date when any assessment of theirs is within the cycle.
 */
export async function assessmentCoverage(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, unitId: string): Promise<AssessmentCoverageType> {
  const unit = unitOf(catalog, unitId);
  authorize(viewer, catalog, [Role.HR], { regionId: unit.regionId });
  const found = await rows<CoverageRow>(
    em,
    sql`with rg as (
          select assessment_cycle_months as cycle, (now() at time zone time_zone)::date as today from region where id = ${unit.regionId}
        ), latest as (
          select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.assessed_on
          from assessment a join employee e on e.id = a.employee_id
          where e.unit_id = ${unit.id} and e.active
          order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc
        ), needed as (
          select e.id as employee_id, r.competency_id from employee e join competency_requirement r on r.position_id = e.position_id
          where e.unit_id = ${unit.id} and e.active
          union
          select e.id, l.competency_id from employee e join latest l on l.employee_id = e.id
          where e.unit_id = ${unit.id} and e.active and e.position_id is null
        )
        select e.id, e.name, e.nip, rg.cycle,
          count(n.competency_id)::int as required,
          count(*) filter (where l.assessed_on >= (rg.today - make_interval(months => rg.cycle))::date)::int as fresh,
          min(l.assessed_on)::text as oldest,
          (count(n.competency_id) = 0 or bool_or(l.assessed_on is null)) as never,
          ((rg.today - min(l.assessed_on)) / ${DAYS_PER_MONTH}::float8) as months_since
        from employee e cross join rg
        left join needed n on n.employee_id = e.id
        left join latest l on l.employee_id = e.id and l.competency_id = n.competency_id
        where e.unit_id = ${unit.id} and e.active
        group by e.id, e.name, e.nip, rg.cycle, rg.today
        order by e.name, e.id`,
  );
  const cycle = found[0]?.cycle ?? (await cycleOf(em, unit.regionId));
  const overdue = found
    .filter((r) => r.never || r.fresh < r.required)
    .map((r) =>
      Object.assign(new OverdueEmployeeType(), {
        employeeId: r.id,
        name: r.name,
        nip: r.nip,
        lastAssessedOn: r.never ? null : r.oldest,
        monthsSince: r.never || r.months_since === null ? null : Math.round(r.months_since * 10) / 10,
      }),
    )
    .sort((a, b) => (b.monthsSince ?? Infinity) - (a.monthsSince ?? Infinity) || a.name.localeCompare(b.name));
  const upToDate = found.length - overdue.length;
  return Object.assign(new AssessmentCoverageType(), {
    unit,
    cycleMonths: cycle,
    employeeCount: found.length,
    upToDate,
    overdue,
    coverage: found.length ? round2((upToDate / found.length) * 100) : null,
  });
}

interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  unit_id: string;
  region_id: string;
  position_id: string | null;
  target_position_id: string | null;
}

interface PositionRow {
  id: string;
  title: string;
  unit_id: string;
  region_id: string;
}

const toPosition = (catalog: CatalogSnapshot, p: PositionRow) =>
  Object.assign(new ProfilePositionType(), { id: p.id, title: p.title, unit: catalog.unit(p.unit_id)! });

async function employeeFor(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, employeeId: string): Promise<EmployeeRow> {
  if (!viewer) throw new UnauthenticatedError();
  if (!UUID.test(String(employeeId))) throw employeeNotFound();
  const [employee] = await rows<EmployeeRow>(
    em,
    sql`select id, nip, name, unit_id, region_id, position_id, target_position_id from employee where id = ${employeeId}`,
  );
  if (!employee) throw employeeNotFound();
  authorize(viewer, catalog, [Role.HR], { regionId: employee.region_id });
  return employee;
}

/** A position of the same region as the employee, or BAD_USER_INPUT. */
async function positionIn(em: EntityManager, regionId: string, positionId: string, field: string): Promise<PositionRow> {
  const refuse = () => bad(field, 'Jabatan tujuan harus jabatan di daerah yang sama.', 'The target position must be a position of the same region.');
  if (!UUID.test(String(positionId))) throw refuse();
  const [position] = await rows<PositionRow>(
    em,
    sql`select p.id, p.title, p.unit_id, u.region_id from position p join unit u on u.id = p.unit_id where p.id = ${positionId}`,
  );
  if (!position || position.region_id !== regionId) throw refuse();
  return position;
}

/** `setTargetPosition`: HR of the employee's region and ADMIN; null clears it. Returns the profile. */
export async function setTargetPosition(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  employeeId: string,
  positionId: string | null | undefined,
): Promise<EmployeeProfileCardType> {
  const employee = await employeeFor(em, catalog, viewer, employeeId);
  const position = positionId ? await positionIn(em, employee.region_id, positionId, 'positionId') : null;
  await em.execute('update employee set target_position_id = ? where id = ?', [position?.id ?? null, employee.id]);
  return profileOf(em, catalog, { ...employee, target_position_id: position?.id ?? null }, null);
}

/** `employeeProfile(employeeId, targetPositionId)`: HR of the employee's region and ADMIN. */
export async function employeeProfile(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  employeeId: string,
  targetPositionId: string | null | undefined,
): Promise<EmployeeProfileCardType> {
  const employee = await employeeFor(em, catalog, viewer, employeeId);
  return profileOf(em, catalog, employee, targetPositionId ?? null);
}

interface CompetencyLine {
  competency_id: string;
  required: number | null;
  target_required: number | null;
  level: number | null;
  assessed_on: string | null;
  method: AssessmentMethod | null;
  stale: boolean | null;
}

interface ActivityRow {
  id: string;
  employee_id: string;
  kind: DevelopmentActivityKind;
  title: string;
  competency_id: string | null;
  started_on: string;
  ended_on: string | null;
  note: string;
}

/** The profile in a fixed number of statements (positions, competencies, trainings, activities, dictionary). */
async function profileOf(em: EntityManager, catalog: CatalogSnapshot, employee: EmployeeRow, targetArg: string | null): Promise<EmployeeProfileCardType> {
  const region = catalog.region(employee.region_id)!;
  const target = targetArg ? await positionIn(em, employee.region_id, targetArg, 'targetPositionId') : null;
  const targetId = target?.id ?? employee.target_position_id;
  const positions = await rows<PositionRow & { cycle: number }>(
    em,
    sql`select p.id, p.title, p.unit_id, u.region_id, rg.assessment_cycle_months as cycle
        from position p join unit u on u.id = p.unit_id join region rg on rg.id = u.region_id
        where u.region_id = ${employee.region_id} order by p.title, p.id`,
  );
  const byId = new Map(positions.map((p) => [p.id, p]));
  const cycle = positions[0]?.cycle ?? (await cycleOf(em, employee.region_id));
  const lines = await rows<CompetencyLine>(
    em,
    sql`with latest as (
          select distinct on (a.competency_id) a.competency_id, a.level, a.assessed_on::text as assessed_on, a.method,
            a.assessed_on < ((now() at time zone ${region.timeZone})::date - make_interval(months => ${cycle}::int))::date as stale
          from assessment a where a.employee_id = ${employee.id}
          order by a.competency_id, a.assessed_on desc, a.created_at desc
        ), req as (
          select competency_id, required_level from competency_requirement where position_id = ${employee.position_id}::uuid
        ), treq as (
          select competency_id, required_level from competency_requirement where position_id = ${targetId}::uuid
        ), ids as (select competency_id from latest union select competency_id from req union select competency_id from treq)
        select i.competency_id, r.required_level as required, t.required_level as target_required, l.level, l.assessed_on, l.method, l.stale
        from ids i left join latest l on l.competency_id = i.competency_id left join req r on r.competency_id = i.competency_id
        left join treq t on t.competency_id = i.competency_id`,
  );
  const trainings = await rows<{ program_id: string; title: string; status: string; completed_on: string | null; jp_earned: number; reason: string | null; created_at: Date }>(
    em,
    sql`select n.program_id, p.title, n.status, n.completed_on::text as completed_on, n.jp_earned, n.reason, n.created_at
        from enrolment n join training_program p on p.id = n.program_id where n.employee_id = ${employee.id}
        order by coalesce(n.completed_on, n.created_at::date) desc, p.title`,
  );
  const activities = await activityRows(em, [employee.id]);
  const competencies = await loadCompetencies(em, [...lines.map((l) => l.competency_id), ...activities.flatMap((a) => (a.competency_id ? [a.competency_id] : []))]);

  const summary = summaryOf(catalog, employee, employee.position_id ? byId.get(employee.position_id)?.title ?? null : null);
  const profileLines = lines
    .map((l) =>
      Object.assign(new ProfileCompetencyType(), {
        competency: competencies.get(l.competency_id)!,
        required: l.required,
        assessed: l.level,
        assessedOn: l.assessed_on,
        method: l.method,
        stale: l.stale ?? false,
        gap: l.required !== null && l.level !== null ? Math.max(0, l.required - l.level) : null,
        surplus: l.required !== null && l.level !== null ? Math.max(0, l.level - l.required) : null,
        targetRequired: l.target_required,
        targetGap: l.target_required !== null && l.level !== null ? Math.max(0, l.target_required - l.level) : null,
      }),
    )
    .sort(
      (a, b) =>
        (b.gap ?? -1) - (a.gap ?? -1) ||
        (b.targetGap ?? -1) - (a.targetGap ?? -1) ||
        (b.surplus ?? -1) - (a.surplus ?? -1) ||
        a.competency.code.localeCompare(b.competency.code),
    );
  const match = (pick: (l: CompetencyLine) => number | null) => {
    const counted = lines.filter((l) => pick(l) !== null && l.level !== null);
    const required = counted.reduce((s, l) => s + pick(l)!, 0);
    return required ? round2((counted.reduce((s, l) => s + l.level!, 0) / required) * 100) : null;
  };
  const year = todayIn(region.timeZone).slice(0, 4);
  const jpThisYear = trainings
    .filter((t) => t.status === 'COMPLETED' && t.completed_on?.startsWith(year))
    .reduce((s, t) => s + Number(t.jp_earned), 0);
  const position = employee.position_id ? byId.get(employee.position_id) : undefined;
  const targetRow = targetId ? byId.get(targetId) : undefined;
  return Object.assign(new EmployeeProfileCardType(), {
    id: employee.id,
    nip: employee.nip,
    name: employee.name,
    unit: catalog.unit(employee.unit_id)!,
    position: position ? toPosition(catalog, position) : null,
    cycleMonths: cycle,
    jobPersonMatch: match((l) => l.required),
    targetPosition: targetRow ? toPosition(catalog, targetRow) : null,
    targetJobPersonMatch: targetRow ? match((l) => l.target_required) : null,
    competencies: profileLines,
    jpThisYear,
    jpShortfall: Math.max(0, JP_PER_YEAR - jpThisYear),
    trainings: trainings.map((t) =>
      Object.assign(new ProfileTrainingType(), {
        programId: t.program_id,
        title: t.title,
        status: t.status,
        completedOn: t.completed_on,
        jpEarned: Number(t.jp_earned),
        reason: t.reason,
      }),
    ),
    developmentActivities: activities.map((a) => toActivity(a, summary, competencies)),
    targetPositionOptions: positions.filter((p) => p.id !== employee.position_id).map((p) => toPosition(catalog, p)),
  });
}

const summaryOf = (catalog: CatalogSnapshot, e: { id: string; nip: string; name: string; unit_id: string }, position: string | null) =>
  Object.assign(new EmployeeSummaryType(), { id: e.id, nip: e.nip, name: e.name, unit: catalog.unit(e.unit_id)!, position });

const toActivity = (a: ActivityRow, employee: EmployeeSummaryType, competencies: Map<string, import('./competency.types.js').CompetencyType>) =>
  Object.assign(new DevelopmentActivityType(), {
    id: a.id,
    employee,
    kind: a.kind,
    title: a.title,
    competency: a.competency_id ? competencies.get(a.competency_id) ?? null : null,
    startedOn: a.started_on,
    endedOn: a.ended_on,
    note: a.note,
  });

async function activityRows(em: EntityManager, employeeIds: readonly string[]): Promise<ActivityRow[]> {
  if (!employeeIds.length) return [];
  return rows<ActivityRow>(
    em,
    sql`select id, employee_id, kind, title, competency_id, started_on::text as started_on, ended_on::text as ended_on, note
        from development_activity where employee_id in (${[...new Set(employeeIds)]}) order by started_on desc, created_at desc`,
  );
}

interface PotentialRow {
  id: string;
  nip: string;
  name: string;
  unit_id: string;
  position: string | null;
  competency_id: string;
  required: number;
  assessed: number;
}

/**
 * `potentialEmployees(regionSlug, competencyId, first)`: employees whose latest assessment is above
 * their position's standard, largest surplus first. HR of the region and ADMIN; three statements.
 */
export async function potentialEmployees(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  regionSlug: string,
  competencyId: string | null | undefined,
  first: number | null | undefined,
): Promise<PotentialEntryType[]> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_POTENTIAL) {
    throw bad('first', `first harus antara 1 dan ${MAX_POTENTIAL}.`, `first must be between 1 and ${MAX_POTENTIAL}.`);
  }
  if (competencyId && !UUID.test(String(competencyId))) throw bad('competencyId', 'Kompetensi tidak dikenal.', 'Unknown competency.');
  const found = await rows<PotentialRow>(
    em,
    sql`with latest as (
          select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
          from assessment a join employee e on e.id = a.employee_id
          where e.region_id = ${region.id} and e.active and (${competencyId ?? null}::uuid is null or a.competency_id = ${competencyId ?? null}::uuid)
          order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc
        )
        select e.id, e.nip, e.name, e.unit_id, p.title as position, r.competency_id, r.required_level as required, l.level as assessed
        from employee e join position p on p.id = e.position_id
        join competency_requirement r on r.position_id = p.id
        join latest l on l.employee_id = e.id and l.competency_id = r.competency_id
        where e.region_id = ${region.id} and e.active and l.level > r.required_level
        order by l.level - r.required_level desc, l.level desc, e.name, e.id, r.competency_id
        limit ${limit}`,
  );
  const activities = await activityRows(em, found.map((f) => f.id));
  const competencies = await loadCompetencies(em, [...found.map((f) => f.competency_id), ...activities.flatMap((a) => (a.competency_id ? [a.competency_id] : []))]);
  return found.map((f) => {
    const employee = summaryOf(catalog, f, f.position);
    return Object.assign(new PotentialEntryType(), {
      employee,
      competency: competencies.get(f.competency_id)!,
      required: f.required,
      assessed: f.assessed,
      surplus: f.assessed - f.required,
      activities: activities
        .filter((a) => a.employee_id === f.id && (a.competency_id === null || a.competency_id === f.competency_id))
        .map((a) => toActivity(a, employee, competencies)),
    });
  });
}

/** `recordDevelopmentActivity`: HR of the employee's region and ADMIN. */
export async function recordDevelopmentActivity(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  input: DevelopmentActivityInput,
): Promise<DevelopmentActivityType> {
  const employee = await employeeFor(em, catalog, viewer, input.employeeId);
  const title = boundedText(input.title, 'title', 3, 200, { id: 'Judul', en: 'The title' });
  const note = boundedText(input.note, 'note', 0, 1000, { id: 'Catatan', en: 'The note' });
  if (input.endedOn && input.endedOn < input.startedOn) {
    throw bad('endedOn', 'Tanggal selesai tidak boleh sebelum tanggal mulai.', 'The end date cannot be before the start date.');
  }
  let competencyId: string | null = null;
  if (input.competencyId) {
    const [c] = UUID.test(String(input.competencyId))
      ? await rows<{ id: string }>(em, sql`select id from competency where id = ${input.competencyId}`)
      : [];
    if (!c) throw bad('competencyId', 'Kompetensi tidak dikenal.', 'Unknown competency.');
    competencyId = c.id;
  }
  const [row] = await rows<ActivityRow>(
    em,
    sql`insert into development_activity (id, created_at, employee_id, kind, title, competency_id, started_on, ended_on, note)
        values (gen_random_uuid(), now(), ${employee.id}, ${input.kind}, ${title}, ${competencyId}::uuid, ${input.startedOn}::date, ${input.endedOn ?? null}::date, ${note})
        returning id, employee_id, kind, title, competency_id, started_on::text as started_on, ended_on::text as ended_on, note`,
  );
  const [position] = employee.position_id ? await rows<{ title: string }>(em, sql`select title from position where id = ${employee.position_id}`) : [];
  const competencies = await loadCompetencies(em, competencyId ? [competencyId] : []);
  return toActivity(row!, summaryOf(catalog, employee, position?.title ?? null), competencies);
}

/**
 * `competencyHeatmap(regionSlug)`: the average gap per (unit, competency) of the region, HR of the
 * region and ADMIN; two statements (the gaps of every unit at once, then the dictionary).
 */
export async function competencyHeatmap(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string): Promise<CompetencyHeatmapType> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const units = catalog.unitsOf(region.id);
  const gaps = await gapRows(em, units.map((u) => u.id));
  const competencies = await loadCompetencies(em, gaps.map((g) => g.competency_id));
  const kindOrder = (k: string) => ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'].indexOf(k);
  const columns = [...competencies.values()].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.code.localeCompare(b.code));
  const byKey = new Map(gaps.map((g) => [`${g.unit_id}|${g.competency_id}`, g]));
  const withData = new Set(gaps.map((g) => g.unit_id));
  return Object.assign(new CompetencyHeatmapType(), {
    competencies: columns,
    units: units
      .filter((u) => withData.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((u) =>
        Object.assign(new HeatmapRowType(), {
          unit: u,
          cells: columns.map((c) => {
            const g = byKey.get(`${u.id}|${c.id}`);
            return Object.assign(new HeatmapCellType(), {
              competency: c,
              averageGap: g ? round2(g.avg_gap) : null,
              employeesBelowStandard: g?.below ?? 0,
              employeesAssessed: g?.assessed ?? 0,
            });
          }),
        }),
      ),
  });
}
