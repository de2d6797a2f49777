import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../common/errors.js';
import { EnrolmentStatus, Role } from '../../common/enums.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import { isUuid } from '../../common/ids.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { loadCompetencies } from '../competency/index.js';
import type { Loaders } from '../../graphql/loaders.js';
import { DEFAULT_WINDOW_DAYS, impactRows } from './impact.service.js';
import { toImpact } from './needs.service.js';
import { UnitCommentType, UnitOverviewType, UnitProgramImpactType, UnitServiceScoresType } from './insights.types.js';

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const RECENT_COMMENTS = 10;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

/**
 * `unitOverview(unitId)`: the read-only page of a unit's officers (issue 9, 12c), also open to HR and
 * the MAYOR of the region and ADMIN. Scores and comments are what the public pages already show;
 * programs are counted, never named after the people who took them, and no assessment is read.
 */
export async function unitOverview(
  em: EntityManager,
  catalog: CatalogSnapshot,
  loaders: Pick<Loaders, 'satisfaction' | 'publishedComments'>,
  viewer: Viewer | null,
  unitId: string,
): Promise<UnitOverviewType> {
  const unit = isUuid(String(unitId)) ? catalog.unit(unitId) : null;
  if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'No such unit.' });
  authorize(viewer, catalog, [Role.UNIT_OFFICER, Role.HR, Role.MAYOR], { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  const to = todayIn(region.timeZone);
  const from = addDays(to, -364);
  const services = catalog.servicesOfUnit(unit.id);

  const [unitScores, serviceScores, comments, completed] = await Promise.all([
    loaders.satisfaction.load({ scope: 'unit', id: unit.id, from, to }),
    Promise.all(services.map((s) => loaders.satisfaction.load({ scope: 'service', id: s.id, from, to }))),
    Promise.all(services.map((s) => loaders.publishedComments.load({ serviceId: s.id, first: RECENT_COMMENTS, after: null }))),
    rows<{ program_id: string; title: string; completions: number }>(
      em,
      sql`select p.id as program_id, p.title, count(*)::int as completions
            from enrolment n join employee e on e.id = n.employee_id join training_program p on p.id = n.program_id
            where e.unit_id = ${unit.id} and n.status = ${EnrolmentStatus.COMPLETED}
            group by p.id, p.title order by count(*) desc, p.title`,
    ),
  ]);

  const impacts = (await impactRows(em, completed.map((c) => c.program_id), DEFAULT_WINDOW_DAYS)).filter((r) => r.unit_id === unit.id);
  const competencies = await loadCompetencies(em, impacts.map((r) => r.competency_id));

  const recent = services
    .flatMap((service, i) => comments[i]!.edges.map((edge) => ({ service, feedback: edge.node })))
    .sort((a, b) => b.feedback.submittedAt.getTime() - a.feedback.submittedAt.getTime() || b.feedback.id.localeCompare(a.feedback.id))
    .slice(0, RECENT_COMMENTS);

  return Object.assign(new UnitOverviewType(), {
    unitId: unit.id,
    periodStart: from,
    periodEnd: to,
    satisfaction: unitScores,
    services: services.map((service, i) => Object.assign(new UnitServiceScoresType(), { service, satisfaction: serviceScores[i]! })),
    recentComments: recent.map((c) => Object.assign(new UnitCommentType(), c)),
    completedPrograms: completed.map((c) =>
      Object.assign(new UnitProgramImpactType(), {
        programId: c.program_id,
        title: c.title,
        completions: c.completions,
        impact: impacts.filter((r) => r.program_id === c.program_id).map((r) => toImpact(r, competencies)),
      }),
    ),
  });
}
