import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { Role, SKM_ELEMENTS, type PartnerKind, type TrainingForm, type TrainingMode } from '../../common/enums.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { gapRows, jpRows, loadCompetencies, yearIn, type CompetencyType } from '../competency/index.js';
import { officeOf, TrainingPartnerType, TrainingProgramType } from '../development/index.js';
import { DEFAULT_WINDOW_DAYS, impactRows, MIN_RESPONSES, type ImpactRow } from './impact.service.js';
import { ELEMENT_VALUES, linksOf } from './linked-elements.js';
import { DevelopmentNeedType, FacilitiesIssueType, ImpactWindowType, NeedEvidenceType, TrainingImpactType } from './insights.types.js';

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

function regionOf(catalog: CatalogSnapshot, slug: string) {
  const region = catalog.regionBySlug(String(slug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

/**
 * The feedback period of a year (decision record 0018): the 12 months ending on the year's last day,
 * or today when the year is not over, so that a need in January still rests on a year of feedback.
 */
export function signalPeriod(timeZone: string, year: number): { from: string; to: string } {
  const today = todayIn(timeZone);
  const yearEnd = `${year}-12-31`;
  const to = today < yearEnd ? today : yearEnd;
  return { from: addDays(to, -364), to };
}

export interface SignalRow {
  unit_id: string;
  competency_id: string;
  scores: number;
  low: number;
  tagged: number;
}

/**
 * The feedback signal per (unit, competency) of a region over a period, in one statement: from the
 * daily rollups through the region's element → competency map, plus comments tagged with the competency.
 */
/**
 * The region's rollup rows of [from, to] summed per service first: a year is ~365 rows per service,
 * and unpivoting and joining them to the element links one by one made the planner loop over every
 * day (0.5 s on the demo, seconds under load; `pnpm bench`). Summed first, the join sees one row per
 * service whatever the range.
 */
function serviceTotals(regionId: string, from: string, to: string) {
  const columns = ['response_count', ...SKM_ELEMENTS.flatMap((e) => [`sum_${e.toLowerCase()}`, `low_${e.toLowerCase()}`])];
  return sql`(select service_id, unit_id, ${raw(columns.map((c) => `sum(${c})::int as ${c}`).join(', '))}
    from satisfaction_daily where region_id = ${regionId} and day between ${from}::date and ${to}::date
    group by service_id, unit_id)`;
}

export async function signalRows(em: EntityManager, regionId: string, from: string, to: string): Promise<SignalRow[]> {
  return rows<SignalRow>(
    em,
    sql`with links as (select * from ${linksOf([regionId])} l),
        scored as (
          select d.unit_id, l.competency_id, sum(d.response_count)::int as scores, sum(v.low)::int as low
          from ${serviceTotals(regionId, from, to)} d cross join lateral ${ELEMENT_VALUES}
          join links l on l.service_id = d.service_id and l.element = v.element
          group by d.unit_id, l.competency_id
        ), tagged_items as (
          select s.unit_id, t.competency_id
          from competency_tag t join feedback f on f.id = t.feedback_id join public_service s on s.id = f.service_id
          join region r on r.id = f.region_id
          where f.region_id = ${regionId} and not f.spam
            and (f.submitted_at at time zone r.time_zone)::date between ${from}::date and ${to}::date
          union all
          select th.unit_id, t.competency_id
          from competency_tag t join forum_post p on p.id = t.forum_post_id join forum_thread th on th.id = p.thread_id
          join region r on r.id = p.region_id
          where p.region_id = ${regionId}
            and (p.created_at at time zone r.time_zone)::date between ${from}::date and ${to}::date
        ), tags as (
          select unit_id, competency_id, count(*)::int as tagged from tagged_items group by unit_id, competency_id
        )
        select coalesce(s.unit_id, t.unit_id) as unit_id, coalesce(s.competency_id, t.competency_id) as competency_id,
          coalesce(s.scores, 0) as scores, coalesce(s.low, 0) as low, coalesce(t.tagged, 0) as tagged
        from scored s full join tags t on t.unit_id = s.unit_id and t.competency_id = s.competency_id`,
  );
}

interface ProgramRow {
  id: string;
  region_id: string;
  region_name: string;
  title: string;
  description: string;
  mode: string;
  form: string;
  jp: number;
  shared: boolean;
  cost_per_participant: number;
  starts_on: string | null;
  ends_on: string | null;
  partner_id: string | null;
  partner_name: string | null;
  partner_kind: PartnerKind | null;
  partner_description: string | null;
  competency_ids: string[];
}


/**
 * Programs HR of `regionId` may see (its own and every region's shared ones) that target any of
 * `competencyIds`, with their best measured impact: two statements whatever the number of needs.
 */
async function visiblePrograms(em: EntityManager, regionId: string | null, competencyIds: readonly string[]): Promise<TrainingProgramType[]> {
  if (!competencyIds.length) return [];
  const found = await rows<ProgramRow>(
    em,
    sql`select p.id, p.region_id, r.name as region_name, p.title, p.description, p.mode, p.form, p.jp, p.shared,
          p.cost_per_participant, to_char(p.starts_on, 'YYYY-MM-DD') as starts_on, to_char(p.ends_on, 'YYYY-MM-DD') as ends_on,
          p.partner_id, pa.name as partner_name, pa.kind as partner_kind, pa.description as partner_description,
          array(select pc.competency_id from training_program_competency pc where pc.program_id = p.id) as competency_ids
        from training_program p join region r on r.id = p.region_id left join partner pa on pa.id = p.partner_id
        where (p.shared or ${regionId}::uuid is null or p.region_id = ${regionId}::uuid)
          and exists (select 1 from training_program_competency pc where pc.program_id = p.id and pc.competency_id in (${[...competencyIds]}))`,
  );
  const impacts = await impactRows(em, found.map((p) => p.id), DEFAULT_WINDOW_DAYS);
  const best = new Map<string, number>();
  for (const i of impacts) {
    const change = changeOf(i);
    if (change !== null && change > (best.get(i.program_id) ?? -Infinity)) best.set(i.program_id, change);
  }
  return found.map((p) =>
    Object.assign(new TrainingProgramType(), {
      id: p.id,
      title: p.title,
      description: p.description,
      mode: p.mode as TrainingMode,
      form: p.form as TrainingForm,
      jp: p.jp,
      costPerParticipant: p.cost_per_participant,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      shared: p.shared,
      partnerId: p.partner_id,
      partner: p.partner_id
        ? Object.assign(new TrainingPartnerType(), {
            id: p.partner_id,
            regionId: p.region_id,
            name: p.partner_name!,
            kind: p.partner_kind!,
            description: p.partner_description ?? '',
          })
        : null,
      ownerOffice: officeOf(p.region_name),
      measuredImpact: best.has(p.id) ? round(best.get(p.id)!) : null,
      regionId: p.region_id,
      competencyIds: p.competency_ids,
    }),
  );
}

function changeOf(i: ImpactRow): number | null {
  if (i.before_n < MIN_RESPONSES || i.after_n < MIN_RESPONSES || i.before_avg === null || i.after_avg === null) return null;
  return i.after_avg - i.before_avg;
}

/** Positive measured impact first (largest first), then the region's own, then by title. */
function rankPrograms(programs: TrainingProgramType[], regionId: string): TrainingProgramType[] {
  const score = (p: TrainingProgramType) => (p.measuredImpact !== null && p.measuredImpact > 0 ? p.measuredImpact : -1);
  return [...programs].sort(
    (a, b) => score(b) - score(a) || Number(b.regionId === regionId) - Number(a.regionId === regionId) || a.title.localeCompare(b.title),
  );
}

export interface NeedsQuery {
  regionSlug: string;
  year?: number | null;
  competencyId?: string | null;
  first?: number | null;
}

export const MAX_NEEDS = 200;

/**
 * `developmentNeeds`: every (unit, competency) of the region with a feedback signal or a gap, by the
 * priority of decision record 0018. HR of the region and ADMIN only: needs rest on employees'
 * assessments, which never leave their region. A constant number of statements whatever `first` is.
 */
export async function developmentNeeds(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, q: NeedsQuery): Promise<DevelopmentNeedType[]> {
  const region = regionOf(catalog, q.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const first = q.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_NEEDS) {
    const message = { id: `first harus antara 1 dan ${MAX_NEEDS}.`, en: `first must be between 1 and ${MAX_NEEDS}.` };
    throw new BadInputError(message, [{ field: 'first', message }]);
  }
  const year = yearIn(region.timeZone, q.year);
  const period = signalPeriod(region.timeZone, year);
  const unitIds = catalog.unitsOf(region.id).map((u) => u.id);

  const [signals, gaps, jp] = [
    await signalRows(em, region.id, period.from, period.to),
    await gapRows(em, unitIds),
    await jpRows(em, unitIds, year),
  ];
  const key = (unit: string, competency: string) => `${unit}|${competency}`;
  type GapFacts = { gap: number; weighted: number; ageMonths: number; stale: number };
  const needs = new Map<string, { unitId: string; competencyId: string; signal?: (typeof signals)[number]; gap?: GapFacts }>();
  for (const s of signals) needs.set(key(s.unit_id, s.competency_id), { unitId: s.unit_id, competencyId: s.competency_id, signal: s });
  for (const g of gaps) {
    const k = key(g.unit_id, g.competency_id);
    const gap = { gap: g.avg_gap, weighted: g.weighted_gap, ageMonths: g.avg_age_months, stale: g.stale };
    needs.set(k, { ...(needs.get(k) ?? { unitId: g.unit_id, competencyId: g.competency_id }), gap });
  }
  const jpByUnit = new Map(jp.map((j) => [j.unit_id, j]));

  const scored = [...needs.values()]
    .filter((n) => !q.competencyId || n.competencyId === q.competencyId)
    .map((n) => {
      const scores = n.signal?.scores ?? 0;
      const low = n.signal?.low ?? 0;
      const tagged = n.signal?.tagged ?? 0;
      const feedbackSignal = scores + tagged > 0 ? Math.min(1, (low + tagged) / Math.max(scores, 1)) : 0;
      const unitJp = jpByUnit.get(n.unitId);
      const jpShortfall = unitJp && unitJp.employees > 0 ? unitJp.shortfall / unitJp.employees : null;
      const gap = n.gap?.gap ?? null;
      // Decision record 0020: each assessment's gap weighs by its method's objectivity and half when stale.
      const weightedGap = n.gap?.weighted ?? null;
      const priority = 100 * feedbackSignal + 10 * (weightedGap ?? 0) + 0.5 * (jpShortfall ?? 0);
      return { ...n, facts: n.gap ?? null, feedbackSignal, low, scores, tagged, jpShortfall, gap, weightedGap, priority };
    })
    .filter((n) => n.feedbackSignal > 0 || (n.gap ?? 0) > 0)
    .sort((a, b) => b.priority - a.priority || a.unitId.localeCompare(b.unitId) || a.competencyId.localeCompare(b.competencyId))
    .slice(0, first);

  const competencyIds = [...new Set(scored.map((n) => n.competencyId))];
  const competencies = await loadCompetencies(em, competencyIds);
  const programs = await visiblePrograms(em, region.id, competencyIds);
  return scored.map((n) =>
    Object.assign(new DevelopmentNeedType(), {
      unitId: n.unitId,
      year,
      competency: competencies.get(n.competencyId)!,
      priority: round(n.priority, 2),
      evidence: Object.assign(new NeedEvidenceType(), {
        feedbackSignal: round(n.feedbackSignal, 4),
        lowScoreCount: n.low,
        scoreCount: n.scores,
        taggedCount: n.tagged,
        competencyGap: n.gap === null ? null : round(n.gap, 2),
        weightedGap: n.weightedGap === null ? null : round(n.weightedGap, 2),
        assessmentAgeMonths: n.facts === null ? null : round(n.facts.ageMonths, 1),
        staleAssessments: n.facts === null ? null : n.facts.stale,
        jpShortfall: n.jpShortfall === null ? null : round(n.jpShortfall, 2),
        periodStart: period.from,
        periodEnd: period.to,
      }),
      suggestedPrograms: rankPrograms(
        programs.filter((p) => p.competencyIds.includes(n.competencyId)),
        region.id,
      ).slice(0, 5),
    }),
  );
}

/** SARANA_PRASARANA per unit of a region: reported as facilities, never as a people need. */
export async function facilitiesIssues(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string, yearArg: number | null | undefined): Promise<FacilitiesIssueType[]> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR, Role.MAYOR], { regionId: region.id });
  const period = signalPeriod(region.timeZone, yearIn(region.timeZone, yearArg));
  const found = await rows<{ unit_id: string; n: number; total: number; low: number }>(
    em,
    sql`select unit_id, sum(response_count)::int as n, sum(sum_sarana_prasarana)::float8 as total, sum(low_sarana_prasarana)::int as low
        from satisfaction_daily where region_id = ${region.id} and day between ${period.from}::date and ${period.to}::date
        group by unit_id having sum(response_count) > 0`,
  );
  return found
    .map((r) =>
      Object.assign(new FacilitiesIssueType(), {
        unitId: r.unit_id,
        responseCount: r.n,
        average: r.n >= MIN_RESPONSES ? round(r.total / r.n) : null,
        lowScoreCount: r.low,
        lowShare: round(r.low / r.n, 4),
      }),
    )
    .sort((a, b) => b.lowShare - a.lowShare);
}

/**
 * `trainingImpact(programId, windowDays)`: HR of the program's region, and, for a program its region
 * shares, HR of every region (the units are offices, not people; no employee is named).
 */
export async function trainingImpact(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  programId: string,
  windowDays: number | null | undefined,
): Promise<TrainingImpactType[]> {
  const window = windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(window) || window < 7 || window > 365) {
    const message = { id: 'Jendela harus 7 sampai 365 hari.', en: 'The window must be 7 to 365 days.' };
    throw new BadInputError(message, [{ field: 'windowDays', message }]);
  }
  const notFound = new NotFoundError({ id: 'Program pelatihan tidak ditemukan.', en: 'No such training program.' });
  if (!/^[0-9a-f-]{36}$/i.test(programId)) throw notFound;
  const [program] = await rows<{ region_id: string; shared: boolean }>(em, sql`select region_id, shared from training_program where id = ${programId}`);
  if (!program) throw notFound;
  if (program.shared) {
    // A shared program's impact is offered to HR of every region: units are offices, nobody is named.
    if (!viewer) throw new UnauthenticatedError();
    if (!viewer.hasRole(Role.HR)) throw new ForbiddenError();
  } else {
    authorize(viewer, catalog, [Role.HR], { regionId: program.region_id });
  }
  const found = await impactRows(em, [programId], window);
  const competencies = await loadCompetencies(em, found.map((r) => r.competency_id));
  return found.map((r) => toImpact(r, competencies));
}

const windowOf = (n: number, avg: number | null) =>
  Object.assign(new ImpactWindowType(), { responseCount: n, average: n >= MIN_RESPONSES && avg !== null ? round(avg) : null });

export function toImpact(r: ImpactRow, competencies: Map<string, CompetencyType>): TrainingImpactType {
  const change = changeOf(r);
  return Object.assign(new TrainingImpactType(), {
    unitId: r.unit_id,
    competency: competencies.get(r.competency_id)!,
    completedAt: r.completed_on,
    before: windowOf(r.before_n, r.before_avg),
    after: windowOf(r.after_n, r.after_avg),
    change: change === null ? null : round(change),
  });
}

/** The best measured change of each program (as in visiblePrograms), for TrainingProgram.measuredImpact: one statement per request. */
export async function bestImpacts(em: EntityManager, programIds: readonly string[]): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>(programIds.map((id) => [id, null]));
  for (const i of await impactRows(em, [...new Set(programIds)], DEFAULT_WINDOW_DAYS)) {
    const change = changeOf(i);
    const best = out.get(i.program_id);
    if (change !== null && (best === null || best === undefined || change > best)) out.set(i.program_id, change);
  }
  for (const [id, best] of out) out.set(id, best === null || best === undefined ? null : round(best));
  return out;
}
