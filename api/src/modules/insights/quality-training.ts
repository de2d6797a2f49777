import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { loadCompetencies } from '../competency/index.js';
import { programsByIds } from '../development/index.js';
import type { Viewer } from '../identity/index.js';
import { DEFAULT_WINDOW_DAYS, impactRows } from './impact.service.js';
import { toImpact } from './needs.service.js';
import { ProgramImpactType } from './quality.types.js';
import { qualityRegion } from './quality.service.js';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * `trainingImpactSummary`: every program that employees of the region completed (in `year`, or ever),
 * with the effect the existing trainingImpact rule measures (impact.service.ts: linked elements in the
 * 90 days before the unit's first completion and after its last one), restricted to the region's
 * units. Best measured change first, unmeasured last. Two statements plus the programs' rows.
 */
export async function trainingImpactSummary(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  regionSlug: string,
  year: number | null | undefined,
): Promise<ProgramImpactType[]> {
  const region = qualityRegion(catalog, viewer, regionSlug);
  if (year != null && (!Number.isInteger(year) || year < 2000 || year > 2999)) {
    const message = { id: 'Tahun harus antara 2000 dan 2999.', en: 'The year must be between 2000 and 2999.' };
    throw new BadInputError(message, [{ field: 'year', message }]);
  }
  const q = sql`select n.program_id, count(*)::int as completions, count(distinct e.unit_id)::int as units
    from enrolment n join employee e on e.id = n.employee_id
    where e.region_id = ${region.id} and n.status = 'COMPLETED' and n.completed_on is not null
      and (${year ?? null}::int is null or extract(year from n.completed_on)::int = ${year ?? null}::int)
    group by n.program_id`;
  const done = await em.execute<Array<{ program_id: string; completions: number; units: number }>>(q.text, q.params);
  if (!done.length) return [];
  const ids = done.map((d) => d.program_id);
  const programs = await programsByIds(em, catalog, ids);
  const found = (await impactRows(em, ids, DEFAULT_WINDOW_DAYS)).filter((r) => r.region_id === region.id);
  const competencies = await loadCompetencies(em, [...new Set(found.map((r) => r.competency_id))]);
  const out = done
    .filter((d) => programs.has(d.program_id))
    .map((d) => {
      const program = programs.get(d.program_id)!;
      const impacts = found.filter((r) => r.program_id === d.program_id).map((r) => toImpact(r, competencies));
      const measured = impacts.filter((i) => i.change !== null);
      const changes = measured.map((i) => i.change!);
      return Object.assign(new ProgramImpactType(), {
        program,
        completions: d.completions,
        units: d.units,
        cost: program.costPerParticipant != null ? program.costPerParticipant * d.completions : null,
        measuredUnits: new Set(measured.map((i) => i.unitId)).size,
        averageChange: changes.length ? round3(changes.reduce((a, b) => a + b, 0) / changes.length) : null,
        bestChange: changes.length ? Math.max(...changes) : null,
        impacts,
      });
    });
  return out.sort(
    (a, b) =>
      (b.bestChange ?? -Infinity) - (a.bestChange ?? -Infinity) ||
      b.completions - a.completions ||
      a.program.title.localeCompare(b.program.title, 'id') ||
      a.program.id.localeCompare(b.program.id),
  );
}
