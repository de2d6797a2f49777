import type { EntityManager } from '@mikro-orm/postgresql';
import {
  SKM_ELEMENTS,
  addDays,
  bucketsBetween,
  daysInclusive,
  nextBucket,
  periodState,
  previousPeriod,
  surveyPeriodOf,
  type Grade,
  type Granularity,
  type SurveyPeriod,
} from '@suara/skm';
import { Role, SurveyPeriodKind } from '../../common/enums.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { todayIn } from '../../common/calendar.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import { loadTotals, toSatisfaction, type RollupTotals } from '../feedback/index.js';
import type { CatalogSnapshot, RegionType } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import {
  AlertScope,
  DeclineAlertType,
  ElementChangeType,
  GradeCountType,
  PeriodScoreType,
  type PeriodStateEnum,
  RegionOverviewType,
  TrendPointType,
  UnitScoreType,
} from './quality.types.js';
import { feedbackFollowUp } from './quality-feedback.js';

/**
 * The mayor's reads (issue 10, decision record 0024). Every number comes from `satisfaction_daily`
 * through the same sums and `summarize` as the service pages (feedback/satisfaction.service.ts), so a
 * trend point or ranking row equals `satisfaction(from, to)` of the same scope and days.
 */

/** The longest range a trend or ranking accepts: two years (a 2-year range of weeks is ≤ 106 points). */
export const MAX_RANGE_DAYS = 731;
/** Decline alerts: at least this many responses on each side (decision record 0024). */
export const ALERT_MIN_RESPONSES = 30;
/** Decline alerts: a fall of this many IKM points or more (decision record 0024). */
export const ALERT_IKM_DROP = 5;
export const ALERT_DAYS_MIN = 28;
export const ALERT_DAYS_MAX = 366;
export const ALERT_DAYS_DEFAULT = 90;
/** The roles that see service quality (besides ADMIN, whom authorize lets through). */
export const QUALITY_ROLES = [Role.MAYOR, Role.HR] as const;

const round2 = (n: number) => Math.round(n * 100) / 100;
const GRADE_ORDER: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 };

function badInput(field: string, id: string, en: string): BadInputError {
  return new BadInputError({ id, en }, [{ field, message: { id, en } }]);
}

/** The region by slug, with the caller's grant checked: MAYOR or HR of the region, or ADMIN. */
export function qualityRegion(catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string): RegionType {
  const region = catalog.regionBySlug(String(regionSlug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  authorize(viewer, catalog, [...QUALITY_ROLES], { regionId: region.id });
  return region;
}

/** from ≤ to, at most two years. Days themselves are checked by the Date scalar. */
export function checkQualityRange(from: string, to: string): void {
  if (from > to) throw badInput('from', 'Tanggal awal (from) harus sebelum atau sama dengan tanggal akhir (to).', 'The start date (from) must be on or before the end date (to).');
  if (daysInclusive(from, to) > MAX_RANGE_DAYS) {
    throw badInput('to', 'Rentang paling lama dua tahun (731 hari).', 'The range may be at most two years (731 days).');
  }
}

export interface TrendArgs {
  regionSlug: string;
  from: string;
  to: string;
  granularity?: Granularity | null;
  unitId?: string | null;
  serviceId?: string | null;
}

/** The scope a trend reads: the region, one of its units, or one of its services. */
function trendScope(catalog: CatalogSnapshot, region: RegionType, unitId?: string | null, serviceId?: string | null): { column: string; id: string } {
  if (serviceId) {
    const service = catalog.service(String(serviceId));
    if (!service || service.regionId !== region.id) throw badInput('serviceId', 'Layanan tidak ada di daerah ini.', 'No such service in this region.');
    if (unitId && service.unitId !== String(unitId)) throw badInput('serviceId', 'Layanan ini bukan milik unit yang dipilih.', 'This service does not belong to the chosen unit.');
    return { column: 'service_id', id: service.id };
  }
  if (unitId) {
    const unit = catalog.unit(String(unitId));
    if (!unit || unit.regionId !== region.id) throw badInput('unitId', 'Unit tidak ada di daerah ini.', 'No such unit in this region.');
    return { column: 'unit_id', id: unit.id };
  }
  return { column: 'region_id', id: region.id };
}

const SUMS = SKM_ELEMENTS.map((e) => `sum(sum_${ELEMENT_STEM[e]})::int as "${e}"`).join(', ');

function toTotals(row: Record<string, string | number | null> | undefined): RollupTotals {
  if (!row) return { responseCount: 0, sums: {}, firstDay: null, lastDay: null };
  return {
    responseCount: Number(row.n),
    sums: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, Number(row[e] ?? 0)])),
    firstDay: (row.first_day as string | null) ?? null,
    lastDay: (row.last_day as string | null) ?? null,
  };
}

const TRUNC: Record<Granularity, string> = { WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };

export interface TrendBucket {
  /** First day of the whole bucket (an ISO Monday, the 1st of a month or quarter). */
  periodStart: string;
  /** The first day counted: periodStart, or `from` when the range cuts the bucket. */
  countedFrom: string;
  /** The last day counted: the bucket's last day, clipped to `to`. */
  periodEnd: string;
  /** Whole inside [from, to] and over by today (region time): a partial bucket is not compared as whole. */
  complete: boolean;
}

/** Every bucket overlapping [from, to], oldest first. */
export function trendBuckets(from: string, to: string, granularity: Granularity, today: string): TrendBucket[] {
  return bucketsBetween(from, to, granularity).map((start) => {
    const lastDay = addDays(nextBucket(start, granularity), -1);
    return {
      periodStart: start,
      countedFrom: start < from ? from : start,
      periodEnd: lastDay > to ? to : lastDay,
      complete: start >= from && lastDay <= to && lastDay < today,
    };
  });
}

/**
 * `serviceQualityTrend`: one statement on satisfaction_daily, grouped by bucket (date_trunc on the
 * region-local day; ISO weeks start Monday), reading the (region, day) or (unit, day) index or the
 * (service, day) primary key. Every bucket of the range is returned, empty ones included.
 */
export async function serviceQualityTrend(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, args: TrendArgs): Promise<TrendPointType[]> {
  const region = qualityRegion(catalog, viewer, args.regionSlug);
  checkQualityRange(args.from, args.to);
  const granularity: Granularity = args.granularity ?? 'MONTH';
  const scope = trendScope(catalog, region, args.unitId, args.serviceId);
  const rows = await em.execute<Array<Record<string, string | number | null>>>(
    `select to_char(date_trunc('${TRUNC[granularity]}', day::timestamp), 'YYYY-MM-DD') as bucket, sum(response_count)::int as n, ${SUMS},
            to_char(min(day), 'YYYY-MM-DD') as first_day, to_char(max(day), 'YYYY-MM-DD') as last_day
     from satisfaction_daily where ${scope.column} = ? and day >= ? and day <= ? group by 1`,
    [scope.id, args.from, args.to],
  );
  const byBucket = new Map(rows.map((r) => [String(r.bucket), r]));
  return trendBuckets(args.from, args.to, granularity, todayIn(region.timeZone)).map((b) => {
    const s = toSatisfaction(toTotals(byBucket.get(b.periodStart)), 0, { from: b.countedFrom, to: b.periodEnd });
    return Object.assign(new TrendPointType(), {
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      complete: b.complete,
      responseCount: s.responseCount,
      ikm: s.ikm,
      grade: s.grade,
      elements: s.elements,
    });
  });
}

/** The equal-length range just before [from, to]. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const days = daysInclusive(from, to);
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** Units of the region that deliver at least one service. */
function deliveringUnits(catalog: CatalogSnapshot, regionId: string) {
  return catalog.unitsOf(regionId).filter((u) => catalog.servicesOfUnit(u.id).length > 0);
}

export interface RankingArgs {
  regionSlug: string;
  from: string;
  to: string;
}

/** `unitRanking`: best IKM first, units under 5 responses last; change against the previous equal range. */
export async function unitRanking(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, args: RankingArgs): Promise<UnitScoreType[]> {
  const region = qualityRegion(catalog, viewer, args.regionSlug);
  checkQualityRange(args.from, args.to);
  const units = deliveringUnits(catalog, region.id);
  const ids = units.map((u) => u.id);
  if (!ids.length) return [];
  const prev = previousRange(args.from, args.to);
  const now = await loadTotals(em, 'unit', ids, { from: args.from, to: args.to });
  const before = await loadTotals(em, 'unit', ids, prev);
  const scores = units.map((unit) => {
    const s = toSatisfaction(now.get(unit.id)!, catalog.expectedAnnualUsers(unit.id), { from: args.from, to: args.to });
    const p = toSatisfaction(before.get(unit.id)!, catalog.expectedAnnualUsers(unit.id), prev);
    return Object.assign(new UnitScoreType(), {
      unit,
      responseCount: s.responseCount,
      ikm: s.ikm,
      grade: s.grade,
      change: s.ikm !== null && p.ikm !== null ? round2(s.ikm - p.ikm) : null,
      previousIkm: p.ikm,
      previousResponseCount: p.responseCount,
    });
  });
  return scores.sort(
    (a, b) =>
      (b.ikm ?? -1) - (a.ikm ?? -1) || b.responseCount - a.responseCount || a.unit.name.localeCompare(b.unit.name, 'id') || a.unit.id.localeCompare(b.unit.id),
  );
}

function periodScore(period: SurveyPeriod, today: string, totals: RollupTotals | undefined): PeriodScoreType {
  const s = toSatisfaction(totals ?? { responseCount: 0, sums: {}, firstDay: null, lastDay: null }, 0, period);
  return Object.assign(new PeriodScoreType(), {
    key: period.key,
    from: period.from,
    to: period.to,
    state: periodState(period, today) as PeriodStateEnum,
    responseCount: s.responseCount,
    ikm: s.ikm,
    grade: s.grade,
  });
}

/**
 * `regionOverview`: the running survey period (so far), the last complete one and the one before it
 * (facts/LAPORAN.md, Periods: the running period is never compared as complete), the services by
 * grade in the last complete period, and the answers to citizens' comments.
 */
export async function regionOverview(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string, now = new Date()): Promise<RegionOverviewType> {
  const region = qualityRegion(catalog, viewer, regionSlug);
  const kind = (region.surveyPeriod ?? SurveyPeriodKind.SEMESTER) as SurveyPeriodKind;
  const today = todayIn(region.timeZone, now);
  const current = surveyPeriodOf(today, kind);
  const previous = previousPeriod(current);
  const beforePrevious = previousPeriod(previous);
  const regionTotals = async (p: SurveyPeriod) => (await loadTotals(em, 'region', [region.id], p)).get(region.id);
  const currentTotals = await regionTotals(current);
  const previousTotals = await regionTotals(previous);
  const beforeTotals = await regionTotals(beforePrevious);
  const services = catalog.servicesOfRegion(region.id);
  const byService = services.length ? await loadTotals(em, 'service', services.map((s) => s.id), previous) : new Map<string, RollupTotals>();
  const counts = new Map<Grade | null, number>([['A', 0], ['B', 0], ['C', 0], ['D', 0], [null, 0]]);
  for (const service of services) {
    const s = toSatisfaction(byService.get(service.id)!, service.expectedAnnualUsers, previous);
    counts.set(s.grade, (counts.get(s.grade) ?? 0) + 1);
  }
  return Object.assign(new RegionOverviewType(), {
    surveyPeriod: kind,
    current: periodScore(current, today, currentTotals),
    previous: periodScore(previous, today, previousTotals),
    beforePrevious: periodScore(beforePrevious, today, beforeTotals),
    gradeDistribution: [...counts].map(([grade, n]) => Object.assign(new GradeCountType(), { grade, services: n })),
    feedback: await feedbackFollowUp(em, catalog, region, now),
  });
}

/** The two ranges an alert compares: the last `days` days up to yesterday and the `days` before. */
export function alertRanges(today: string, days: number): { from: string; to: string; previousFrom: string; previousTo: string } {
  const to = addDays(today, -1);
  const from = addDays(to, -(days - 1));
  const previousTo = addDays(from, -1);
  return { from, to, previousFrom: addDays(previousTo, -(days - 1)), previousTo };
}

export interface AlertSide {
  responseCount: number;
  ikm: number | null;
  grade: Grade | null;
  elements: ReadonlyArray<{ element: string; average: number }>;
}

/**
 * The alert rule (decision record 0024): enough responses on both sides, and the IKM fell by
 * ALERT_IKM_DROP points or more, or the grade fell. Returns the change, or null when no alert.
 */
export function declineOf(now: AlertSide, before: AlertSide, minResponses = ALERT_MIN_RESPONSES): number | null {
  if (now.responseCount < minResponses || before.responseCount < minResponses) return null;
  if (now.ikm === null || before.ikm === null || now.grade === null || before.grade === null) return null;
  const change = round2(now.ikm - before.ikm);
  const gradeFell = GRADE_ORDER[now.grade] > GRADE_ORDER[before.grade];
  return change <= -ALERT_IKM_DROP || gradeFell ? change : null;
}

/** The (up to) three elements that fell most, largest fall first; only elements that fell. */
export function fallingElements(now: AlertSide, before: AlertSide, n = 3): ElementChangeType[] {
  const previous = new Map(before.elements.map((e) => [e.element, e.average]));
  return now.elements
    .filter((e) => previous.has(e.element))
    .map((e) =>
      Object.assign(new ElementChangeType(), {
        element: e.element,
        average: e.average,
        previousAverage: previous.get(e.element)!,
        change: e.average - previous.get(e.element)!,
      }),
    )
    .filter((e) => e.change < 0)
    .sort((a, b) => a.change - b.change)
    .slice(0, n);
}

/** `declineAlerts`: units and services of the region whose scores fell, worst first. */
export async function declineAlerts(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  regionSlug: string,
  daysArg: number | null | undefined,
  now = new Date(),
): Promise<DeclineAlertType[]> {
  const region = qualityRegion(catalog, viewer, regionSlug);
  const days = daysArg ?? ALERT_DAYS_DEFAULT;
  if (!Number.isInteger(days) || days < ALERT_DAYS_MIN || days > ALERT_DAYS_MAX) {
    throw badInput('days', `Jumlah hari harus ${ALERT_DAYS_MIN} sampai ${ALERT_DAYS_MAX}.`, `days must be ${ALERT_DAYS_MIN} to ${ALERT_DAYS_MAX}.`);
  }
  const r = alertRanges(todayIn(region.timeZone, now), days);
  const recent = { from: r.from, to: r.to };
  const earlier = { from: r.previousFrom, to: r.previousTo };
  const units = deliveringUnits(catalog, region.id);
  const services = catalog.servicesOfRegion(region.id);
  const out: DeclineAlertType[] = [];
  const compare = async (scope: 'unit' | 'service', ids: string[]) => {
    if (!ids.length) return new Map<string, [AlertSide, AlertSide]>();
    const a = await loadTotals(em, scope, ids, recent);
    const b = await loadTotals(em, scope, ids, earlier);
    return new Map(ids.map((id) => [id, [toSatisfaction(a.get(id)!, 0, recent), toSatisfaction(b.get(id)!, 0, earlier)] as [AlertSide, AlertSide]]));
  };
  const push = (scope: AlertScope, unitId: string, serviceId: string | null, sides: [AlertSide, AlertSide] | undefined) => {
    if (!sides) return;
    const [n, p] = sides;
    const change = declineOf(n, p);
    if (change === null) return;
    out.push(
      Object.assign(new DeclineAlertType(), {
        scope,
        unit: catalog.unit(unitId)!,
        service: serviceId ? catalog.service(serviceId)! : null,
        ...r,
        responseCount: n.responseCount,
        previousResponseCount: p.responseCount,
        ikm: n.ikm!,
        previousIkm: p.ikm!,
        change,
        grade: n.grade!,
        previousGrade: p.grade!,
        elements: fallingElements(n, p),
      }),
    );
  };
  const unitSides = await compare('unit', units.map((u) => u.id));
  for (const u of units) push(AlertScope.UNIT, u.id, null, unitSides.get(u.id));
  const serviceSides = await compare('service', services.map((s) => s.id));
  for (const s of services) push(AlertScope.SERVICE, s.unitId, s.id, serviceSides.get(s.id));
  return out.sort((a, b) => a.change - b.change || (a.scope === b.scope ? 0 : a.scope === AlertScope.UNIT ? -1 : 1));
}
