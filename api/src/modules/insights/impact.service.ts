import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlQuery } from '../../common/sql.js';
import { ELEMENT_VALUES, linksOf } from './linked-elements.js';

/** Fewer responses than this on either side of a completion: no average is shown (too few to mean anything). */
export const MIN_RESPONSES = 5;
export const DEFAULT_WINDOW_DAYS = 90;

export interface ImpactRow {
  program_id: string;
  unit_id: string;
  region_id: string;
  competency_id: string;
  completed_on: string;
  before_n: number;
  before_avg: number | null;
  after_n: number;
  after_avg: number | null;
}

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

/**
 * Training impact for the given programs, in one statement. For each unit whose employees completed
 * a program and each competency the program targets: the average score of the elements linked to the
 * competency (through the unit's region's map) in the `windowDays` before the unit's FIRST completion
 * and in the `windowDays` after its LAST completion (`completed_on`), the days in between (while the
 * unit's staff were still training) belonging to neither. Response counts are responses to the unit's
 * services that rate at least one linked element.
 */
export async function impactRows(em: EntityManager, programIds: readonly string[], windowDays: number): Promise<ImpactRow[]> {
  if (!programIds.length) return [];
  const ids = [...programIds];
  return rows<ImpactRow>(
    em,
    sql`with done as (
          select n.program_id, e.unit_id, min(n.completed_on) as first_on, max(n.completed_on) as last_on
          from enrolment n join employee e on e.id = n.employee_id
          where n.program_id in (${ids}) and n.status = 'COMPLETED' and n.completed_on is not null
          group by n.program_id, e.unit_id
        ), targets as (
          select d.program_id, d.unit_id, u.region_id, pc.competency_id, d.first_on, d.last_on
          from done d join training_program_competency pc on pc.program_id = d.program_id join unit u on u.id = d.unit_id
        ), links as (
          select * from ${linksOf(sql`select distinct region_id from targets`)} l
        ), scored as (
          select t.program_id, t.unit_id, t.region_id, t.competency_id, t.first_on, t.last_on, d.day, d.service_id,
            d.response_count as responses, sum(v.total)::float8 as total, count(*)::int as elements
          from targets t
          join satisfaction_daily d on d.unit_id = t.unit_id
            and d.day >= t.first_on - ${windowDays}::int and d.day <= t.last_on + ${windowDays}::int
          cross join lateral ${ELEMENT_VALUES}
          join links l on l.service_id = d.service_id and l.element = v.element and l.competency_id = t.competency_id
          group by t.program_id, t.unit_id, t.region_id, t.competency_id, t.first_on, t.last_on, d.day, d.service_id, d.response_count
        )
        select t.program_id, t.unit_id, t.region_id, t.competency_id, to_char(t.last_on, 'YYYY-MM-DD') as completed_on,
          coalesce(sum(s.responses) filter (where s.day < t.first_on), 0)::int as before_n,
          (sum(s.total) filter (where s.day < t.first_on) / nullif(sum(s.responses * s.elements) filter (where s.day < t.first_on), 0))::float8 as before_avg,
          coalesce(sum(s.responses) filter (where s.day > t.last_on), 0)::int as after_n,
          (sum(s.total) filter (where s.day > t.last_on) / nullif(sum(s.responses * s.elements) filter (where s.day > t.last_on), 0))::float8 as after_avg
        from targets t
        left join scored s on s.program_id = t.program_id and s.unit_id = t.unit_id and s.competency_id = t.competency_id
        group by t.program_id, t.unit_id, t.region_id, t.competency_id, t.first_on, t.last_on
        order by t.program_id, t.last_on, t.unit_id, t.competency_id`,
  );
}
