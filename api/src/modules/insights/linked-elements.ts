import { SKM_ELEMENTS } from '../../common/enums.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { DEFAULT_ELEMENT_MAP, SERVICE_TECHNICAL } from '../competency/index.js';

/**
 * SQL pieces shared by the feedback signal and the training impact: which (service, element)
 * points at which competency, through the region's element → competency map
 * (facts/KOMPETENSI.md; a region without rows of its own uses the default), a
 * `SERVICE_TECHNICAL` row standing for the technical competencies the service declares.
 * SARANA_PRASARANA maps to nothing, so it never reaches a competency.
 */
export function linksOf(regionIds: readonly string[] | SqlQuery): SqlQuery {
  const defaults = Object.entries(DEFAULT_ELEMENT_MAP).flatMap(([element, targets]) =>
    targets.map((t) => `('${element}', ${t === SERVICE_TECHNICAL ? 'null' : `'${t}'`}, ${t === SERVICE_TECHNICAL})`),
  );
  const ids = Array.isArray(regionIds) ? [...regionIds] : regionIds;
  return sql`(
    with own as (
      select m.region_id, m.element::text as element, m.competency_id, m.service_technical from element_competency_map m
      where m.region_id in (${ids})
    ), fallback as (
      select r.id as region_id, d.element, c.id as competency_id, d.service_technical
      from region r cross join (values ${raw(defaults.join(', '))}) d(element, code, service_technical)
      left join competency c on c.code = d.code
      where r.id in (${ids}) and not exists (select 1 from element_competency_map x where x.region_id = r.id)
        and (d.service_technical or c.id is not null)
    ), map as (select * from own union all select * from fallback)
    select s.id as service_id, s.unit_id, m.element, m.competency_id
    from map m join public_service s on s.region_id = m.region_id where not m.service_technical
    union
    select s.id, s.unit_id, m.element, t.competency_id
    from map m join public_service s on s.region_id = m.region_id
    join public_service_technical_competency t on t.service_id = s.id where m.service_technical
  )`;
}

/** `satisfaction_daily d` unpivoted: one row per element with its sum and its count of low scores. */
export const ELEMENT_VALUES = raw(
  `(values ${SKM_ELEMENTS.map((e) => `('${e}', d.sum_${e.toLowerCase()}, d.low_${e.toLowerCase()})`).join(', ')}) v(element, total, low)`,
);
