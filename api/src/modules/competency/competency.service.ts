import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { Role, type CompetencyKind } from '../../common/enums.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { CompetencyGapType, CompetencyType, EmployeeProfileType, UnitCompetencyProfileType } from './competency.types.js';

/** Every civil servant is owed at least 20 JP of development a year (PP 11/2017 as amended by PP 17/2020, facts/KOMPETENSI.md). */
export const JP_PER_YEAR = 20;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

interface CompetencyRow {
  id: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  description: string;
  region_id: string | null;
  levels: string[] | null;
}

const toCompetency = (r: CompetencyRow): CompetencyType =>
  Object.assign(new CompetencyType(), {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    description: r.description,
    regionId: r.region_id,
    levels: r.levels ?? [],
  });

/** Competencies by id, level descriptors included, in one statement. */
export async function loadCompetencies(em: EntityManager, ids: readonly string[]): Promise<Map<string, CompetencyType>> {
  if (!ids.length) return new Map();
  const found = await rows<CompetencyRow>(
    em,
    sql`select c.id, c.code, c.name, c.kind, c.description, c.region_id,
          (select array_agg(l.descriptor order by l.level) from competency_level l where l.competency_id = c.id) as levels
        from competency c where c.id in (${[...new Set(ids)]})`,
  );
  return new Map(found.map((r) => [r.id, toCompetency(r)]));
}

/**
 * The dictionary (HR of any region, ADMIN): the national competencies and every region's technical
 * ones (a dictionary is not personal data; regions learn from each other's); with `regionId`, the
 * national ones and that region's own only (the region's dictionary page).
 */
export async function listCompetencies(em: EntityManager, viewer: Viewer | null, kind: CompetencyKind | null | undefined, regionId: string | null = null): Promise<CompetencyType[]> {
  if (!viewer) throw new Error('resolver lets only signed-in HR through');
  const found = await rows<CompetencyRow>(
    em,
    sql`select c.id, c.code, c.name, c.kind, c.description, c.region_id,
          (select array_agg(l.descriptor order by l.level) from competency_level l where l.competency_id = c.id) as levels
        from competency c where (${kind ?? null}::text is null or c.kind = ${kind ?? null})
          and (${regionId}::uuid is null or c.region_id is null or c.region_id = ${regionId})
        order by c.kind, c.code`,
  );
  return found.map(toCompetency);
}

export interface GapRow {
  unit_id: string;
  competency_id: string;
  assessed: number;
  below: number;
  avg_required: number;
  avg_assessed: number;
  avg_gap: number;
}

/**
 * Gaps per (unit, competency) for the given units, in one statement: the latest assessment of each
 * employee on each competency their position requires; gap = max(0, required − assessed).
 */
export async function gapRows(em: EntityManager, unitIds: readonly string[]): Promise<GapRow[]> {
  if (!unitIds.length) return [];
  const found = await rows<GapRow>(
    em,
    sql`with latest as (
          select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
          from assessment a join employee e on e.id = a.employee_id
          where e.unit_id in (${[...unitIds]}) and e.active
          order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc
        )
        select e.unit_id, r.competency_id,
          count(l.level)::int as assessed,
          count(*) filter (where l.level < r.required_level)::int as below,
          coalesce(avg(r.required_level) filter (where l.level is not null), 0)::float8 as avg_required,
          coalesce(avg(l.level), 0)::float8 as avg_assessed,
          coalesce(avg(greatest(0, r.required_level - l.level)) filter (where l.level is not null), 0)::float8 as avg_gap
        from employee e
        join competency_requirement r on r.position_id = e.position_id
        left join latest l on l.employee_id = e.id and l.competency_id = r.competency_id
        where e.unit_id in (${[...unitIds]}) and e.active
        group by e.unit_id, r.competency_id
        having count(l.level) > 0`,
  );
  return found;
}

function unitOf(catalog: CatalogSnapshot, unitId: string) {
  const unit = /^[0-9a-f-]{36}$/i.test(unitId) ? catalog.unit(unitId) : null;
  if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'No such unit.' });
  return unit;
}

/** `competencyGaps(unitId)`: HR of the unit's region and ADMIN. Largest average gap first. */
export async function competencyGaps(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, unitId: string): Promise<CompetencyGapType[]> {
  const unit = unitOf(catalog, unitId);
  authorize(viewer, catalog, [Role.HR], { regionId: unit.regionId });
  const found = await gapRows(em, [unit.id]);
  const competencies = await loadCompetencies(em, found.map((r) => r.competency_id));
  return found
    .map((r) =>
      Object.assign(new CompetencyGapType(), {
        competency: competencies.get(r.competency_id)!,
        employeesAssessed: r.assessed,
        employeesBelowStandard: r.below,
        averageRequired: round2(r.avg_required),
        averageAssessed: round2(r.avg_assessed),
        averageGap: round2(r.avg_gap),
      }),
    )
    .sort((a, b) => b.averageGap - a.averageGap || a.competency.code.localeCompare(b.competency.code));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The calendar year it is in a time zone, or the given one when it is plausible. */
export function yearIn(timeZone: string, year: number | null | undefined): number {
  const current = Number(todayIn(timeZone).slice(0, 4));
  if (year === null || year === undefined) return current;
  if (!Number.isInteger(year) || year < 2000 || year > current + 1) {
    throw new BadInputError(
      { id: `Tahun harus antara 2000 dan ${current + 1}.`, en: `The year must be between 2000 and ${current + 1}.` },
      [{ field: 'year', message: { id: `Tahun harus antara 2000 dan ${current + 1}.`, en: `The year must be between 2000 and ${current + 1}.` } }],
    );
  }
  return year;
}

export interface JpRow {
  unit_id: string;
  employees: number;
  jp_total: number;
  below: number;
  shortfall: number;
}

/**
 * The 20 JP rule per unit for a calendar year, in one statement: JP of completed enrolments whose
 * completion day falls in the year (days are the region's own, so January–December counts there).
 */
export async function jpRows(em: EntityManager, unitIds: readonly string[], year: number): Promise<JpRow[]> {
  if (!unitIds.length) return [];
  return rows<JpRow>(
    em,
    sql`with per_employee as (
          select e.id, e.unit_id, coalesce(sum(n.jp_earned) filter (where n.status = 'COMPLETED'
            and n.completed_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date), 0)::float8 as jp
          from employee e left join enrolment n on n.employee_id = e.id
          where e.unit_id in (${[...unitIds]}) and e.active
          group by e.id, e.unit_id
        )
        select unit_id, count(*)::int as employees, sum(jp)::float8 as jp_total,
          count(*) filter (where jp < ${JP_PER_YEAR})::int as below,
          sum(greatest(0, ${JP_PER_YEAR} - jp))::float8 as shortfall
        from per_employee group by unit_id`,
  );
}

interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  position: string | null;
  assessed_sum: number | null;
  required_sum: number | null;
  jp: number;
}

/**
 * `unitCompetencyProfile(unitId, year)`: Job-Person Match per employee and for the unit, and the 20 JP
 * rule. Names and NIPs: HR of the unit's region and ADMIN only. Three statements whatever the size.
 */
export async function unitCompetencyProfile(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  unitId: string,
  year: number | null | undefined,
): Promise<UnitCompetencyProfileType> {
  const unit = unitOf(catalog, unitId);
  authorize(viewer, catalog, [Role.HR], { regionId: unit.regionId });
  const region = catalog.region(unit.regionId)!;
  const y = yearIn(region.timeZone, year);
  const people = await rows<EmployeeRow>(
    em,
    sql`with latest as (
          select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
          from assessment a join employee e on e.id = a.employee_id
          where e.unit_id = ${unit.id} and e.active
          order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc
        ), match as (
          select e.id, sum(l.level)::float8 as assessed_sum, sum(r.required_level)::float8 as required_sum
          from employee e
          join competency_requirement r on r.position_id = e.position_id
          join latest l on l.employee_id = e.id and l.competency_id = r.competency_id
          where e.unit_id = ${unit.id} and e.active group by e.id
        ), jp as (
          select n.employee_id, sum(n.jp_earned)::float8 as jp from enrolment n join employee e on e.id = n.employee_id
          where e.unit_id = ${unit.id} and n.status = 'COMPLETED'
            and n.completed_on between ${`${y}-01-01`}::date and ${`${y}-12-31`}::date
          group by n.employee_id
        )
        select e.id, e.nip, e.name, p.title as position, m.assessed_sum, m.required_sum, coalesce(jp.jp, 0)::float8 as jp
        from employee e left join position p on p.id = e.position_id
        left join match m on m.id = e.id left join jp on jp.employee_id = e.id
        where e.unit_id = ${unit.id} and e.active
        order by e.name, e.id`,
  );
  const employees = people.map((p) =>
    Object.assign(new EmployeeProfileType(), {
      id: p.id,
      nip: p.nip,
      name: p.name,
      position: p.position,
      jobPersonMatch: p.required_sum ? round2(((p.assessed_sum ?? 0) / p.required_sum) * 100) : null,
      jpThisYear: p.jp,
      jpShortfall: Math.max(0, JP_PER_YEAR - p.jp),
    }),
  );
  const assessed = people.reduce((s, p) => s + (p.assessed_sum ?? 0), 0);
  const required = people.reduce((s, p) => s + (p.required_sum ?? 0), 0);
  return Object.assign(new UnitCompetencyProfileType(), {
    unitId: unit.id,
    year: y,
    employeeCount: employees.length,
    jobPersonMatch: required ? round2((assessed / required) * 100) : null,
    jpTotal: employees.reduce((s, e) => s + e.jpThisYear, 0),
    employeesBelow20Jp: employees.filter((e) => e.jpThisYear < JP_PER_YEAR).length,
    jpShortfall: employees.reduce((s, e) => s + e.jpShortfall, 0),
    employees,
  });
}
