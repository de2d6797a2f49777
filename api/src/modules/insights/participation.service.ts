import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/enums.js';
import { NotFoundError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { yearIn } from '../competency/index.js';
import { UnitParticipationType } from './plan.types.js';

/** Below this share of invitations completed, a unit's participation is low (decision record 0021). */
export const LOW_PARTICIPATION_RATE = 0.6;
/** …counted only from this many invitations on: two refusals out of three say little. */
export const LOW_PARTICIPATION_MIN_INVITED = 5;

interface ParticipationRow {
  unit_id: string;
  invited: number;
  completed: number;
  declined: number;
  no_show: number;
  dropped: number;
  pending: number;
}

/**
 * Enrolments per unit of a region whose program falls in `year` — by the program's start date, or,
 * for a program without dates, the day the enrolment was completed or made (region's time zone).
 * One statement.
 */
async function participationRows(em: EntityManager, regionId: string, timeZone: string, year: number): Promise<ParticipationRow[]> {
  const today = todayIn(timeZone);
  const q = sql`with counted as (
      select e.unit_id, n.status,
        n.status in ('PLANNED', 'ENROLLED') and coalesce(p.ends_on, p.starts_on, ${today}::date) >= ${today}::date as open
      from enrolment n join employee e on e.id = n.employee_id join training_program p on p.id = n.program_id
      where e.region_id = ${regionId} and n.status <> 'CANCELLED'
        and coalesce(p.starts_on, n.completed_on, (n.created_at at time zone ${timeZone})::date)
          between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    )
    select unit_id,
      count(*) filter (where not open)::int as invited,
      count(*) filter (where status = 'COMPLETED')::int as completed,
      count(*) filter (where status = 'DECLINED')::int as declined,
      count(*) filter (where status = 'NO_SHOW')::int as no_show,
      count(*) filter (where status = 'DROPPED')::int as dropped,
      count(*) filter (where open)::int as pending
    from counted group by unit_id`;
  return em.execute<ParticipationRow[]>(q.text, q.params);
}

function toParticipation(unitId: string, year: number, r: ParticipationRow | undefined): UnitParticipationType {
  const invited = r?.invited ?? 0;
  const completed = r?.completed ?? 0;
  const rate = invited > 0 ? Math.round((completed / invited) * 10_000) / 10_000 : null;
  return Object.assign(new UnitParticipationType(), {
    unitId,
    year,
    invited,
    completed,
    declined: r?.declined ?? 0,
    noShow: r?.no_show ?? 0,
    dropped: r?.dropped ?? 0,
    pending: r?.pending ?? 0,
    rate,
    low: rate !== null && invited >= LOW_PARTICIPATION_MIN_INVITED && rate < LOW_PARTICIPATION_RATE,
  });
}

/** `participation(regionSlug, year)`: every unit of the region (HR and MAYOR of the region, ADMIN). */
export async function participation(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  regionSlug: string,
  yearArg: number | null | undefined,
): Promise<UnitParticipationType[]> {
  const region = catalog.regionBySlug(String(regionSlug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  authorize(viewer, catalog, [Role.HR, Role.MAYOR], { regionId: region.id });
  const year = yearIn(region.timeZone, yearArg);
  const byUnit = new Map((await participationRows(em, region.id, region.timeZone, year)).map((r) => [r.unit_id, r]));
  return catalog.unitsOf(region.id).map((u) => toParticipation(u.id, year, byUnit.get(u.id)));
}

/**
 * `DevelopmentNeed.participation`: the needs of one request share one statement per (region, year),
 * whatever their number. The need was already authorized with its list.
 */
export function participationLoader(em: () => EntityManager, catalog: () => Promise<CatalogSnapshot>): DataLoader<{ unitId: string; year: number }, UnitParticipationType, string> {
  return new DataLoader<{ unitId: string; year: number }, UnitParticipationType, string>(
    async (keys) => {
      const snapshot = await catalog();
      const groups = new Map<string, { regionId: string; timeZone: string; year: number }>();
      for (const k of keys) {
        const unit = snapshot.unit(k.unitId)!;
        const region = snapshot.region(unit.regionId)!;
        groups.set(`${region.id}|${k.year}`, { regionId: region.id, timeZone: region.timeZone, year: k.year });
      }
      const found = new Map<string, ParticipationRow>();
      for (const [group, g] of groups) {
        for (const r of await participationRows(em(), g.regionId, g.timeZone, g.year)) found.set(`${group}|${r.unit_id}`, r);
      }
      return keys.map((k) => {
        const regionId = snapshot.unit(k.unitId)!.regionId;
        return toParticipation(k.unitId, k.year, found.get(`${regionId}|${k.year}|${k.unitId}`));
      });
    },
    { cacheKeyFn: (k) => `${k.unitId}|${k.year}` },
  );
}
