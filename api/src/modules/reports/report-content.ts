import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AGE_GROUPS,
  EDUCATION_LEVELS,
  GENDERS,
  OCCUPATIONS,
  SKM_ELEMENTS,
  previousPeriod,
  type Grade,
  type SkmElement,
  type SurveyPeriod,
} from '@suara/skm';
import { raw, sql } from '../../common/sql.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import { LOW_SCORE_MAX, loadTotals, toSatisfaction, type RollupTotals } from '../feedback/index.js';
import type { CatalogSnapshot, RegionType, UnitType } from '../catalog/index.js';
import { followUpForReport, publicationsForReport, type ReportAction } from '../insights/index.js';

/**
 * The snapshot a Laporan SKM prints (facts/LAPORAN.md, "What a Laporan SKM contains", sections 1–6
 * and annexes). Built once at publication and stored as JSON with the report's row: the PDF of a
 * version is drawn from this alone, so it never changes afterwards (decision record 0026).
 *
 * Scores come only from the daily rollups (`loadTotals` / `toSatisfaction`, the same code as the
 * service pages), so the report's numbers are the pages' numbers for the same days. The respondent
 * profile, channels, comments and answers are small aggregate queries bounded to the unit's services
 * and the period. Nothing personal is kept: comments are their public (published or redacted) text,
 * never a contact; a profile is counts only.
 */

export const CONTENT_SCHEMA = 1;

export interface ContentScore {
  responseCount: number;
  ikm: number | null;
  grade: Grade | null;
  elements: Array<{ element: SkmElement; average: number }>;
}

export interface ContentService extends ContentScore {
  id: string;
  name: string;
  slug: string;
  expectedAnnualUsers: number;
}

export interface ContentCount {
  code: string;
  count: number;
}

export interface ContentComment {
  element: SkmElement;
  /** LOW: the citizen scored the element 1–2; HIGH: 4. */
  tone: 'LOW' | 'HIGH';
  service: string;
  day: string;
  text: string;
  answered: boolean;
}

export interface ContentAction {
  element: SkmElement;
  action: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
  evidence: string | null;
  dropReason: string | null;
  closedOn: string | null;
}

export interface ContentPublication {
  channel: string;
  at: string | null;
  url: string | null;
}

export interface SkmReportContent {
  schema: number;
  region: { id: string; slug: string; name: string; timeZone: string; surveyPeriod: string };
  unit: { id: string; name: string; abbreviation: string | null; kind: string };
  period: { key: string; kind: string; from: string; to: string };
  /** 1. Introduction: the legal basis, as printed. */
  legalBasis: string[];
  /** 2. Method. */
  method: {
    channels: ContentCount[];
    respondents: number;
    /** Expected users in the period (the population N for Krejcie–Morgan, facts/SKM.md). */
    population: number;
    requiredSampleSize: number;
    provisional: boolean;
    profile: { ageGroup: ContentCount[]; gender: ContentCount[]; education: ContentCount[]; occupation: ContentCount[] };
  };
  /** 3. Results: the unit's score; `sums` are what a later revision compares with the rollups. */
  results: ContentScore & { sums: Record<SkmElement, number> };
  services: ContentService[];
  /** Earlier complete periods of the same length, oldest first, then this one. */
  trend: Array<{ key: string; from: string; to: string; responseCount: number; ikm: number | null; grade: Grade | null }>;
  /** 4. Analysis. */
  analysis: {
    weakest: Array<{ element: SkmElement; average: number }>;
    strongest: Array<{ element: SkmElement; average: number }>;
    comments: ContentComment[];
    complaints: { received: number; answered: number };
  };
  /** 5. Follow-up plan: this period's actions and the previous period's, with their state. */
  followUp: {
    /** NONE (no plan yet), DRAFT or AGREED. */
    state: string;
    agreedAt: string | null;
    actions: ContentAction[];
    previous: { key: string; state: string; actions: ContentAction[]; done: number; total: number; completion: number | null; medianDays: number | null };
  };
  publications: ContentPublication[];
  /** What changed against the previous version (revisions only). */
  revision: null | {
    previousVersion: number;
    previousResponseCount: number;
    previousIkm: number | null;
    addedResponses: number;
  };
}

/** The legal basis every Laporan SKM cites (facts/SKM.md, facts/LAPORAN.md section 1). */
export const LEGAL_BASIS = [
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
];

const TREND_PERIODS = 4;
/** Stands in for an empty id list (`in ()` is not SQL). */
const NO_ID = '00000000-0000-0000-0000-000000000000';
const WEAK_COUNT = 3;
const STRONG_COUNT = 2;
const COMMENTS_PER_ELEMENT = 2;

function score(totals: RollupTotals, expected: number, period: { from: string; to: string }) {
  const s = toSatisfaction(totals, expected, period);
  return { responseCount: s.responseCount, ikm: s.ikm, grade: s.grade, elements: s.elements.map((e) => ({ element: e.element, average: e.average })) };
}

function emptyTotals(): RollupTotals {
  return { responseCount: 0, sums: {}, firstDay: null, lastDay: null };
}

/** The unit's rollup totals for the period: what publication and revision compare. */
export async function unitTotals(em: EntityManager, unitIds: readonly string[], period: { from: string; to: string }): Promise<Map<string, RollupTotals>> {
  return loadTotals(em, 'unit', unitIds, period);
}

/** True when the rollups now hold other numbers than the snapshot (a late rating, a rating marked as spam). */
export function numbersDiffer(content: SkmReportContent, totals: RollupTotals): boolean {
  if (content.results.responseCount !== totals.responseCount) return true;
  return SKM_ELEMENTS.some((e) => (content.results.sums[e] ?? 0) !== (totals.sums[e] ?? 0));
}

function counts(rows: Array<{ code: string | null; n: number }>, order: readonly string[]): ContentCount[] {
  const byCode = new Map(rows.map((r) => [r.code ?? '', Number(r.n)]));
  const out = order.map((code) => ({ code, count: byCode.get(code) ?? 0 }));
  const unknown = [...byCode.entries()].filter(([code]) => !order.includes(code)).reduce((a, [, n]) => a + n, 0);
  if (unknown) out.push({ code: '', count: unknown });
  return out;
}

/**
 * Everything the report of `unit` for `period` prints, as of now. `region` is the unit's region;
 * `revision` is set when the content is a later version of a published report.
 */
export async function buildReportContent(
  em: EntityManager,
  catalog: CatalogSnapshot,
  region: RegionType,
  unit: UnitType,
  period: SurveyPeriod,
  revision: SkmReportContent['revision'] = null,
): Promise<SkmReportContent> {
  const range = { from: period.from, to: period.to };
  const services = catalog.servicesOfUnit(unit.id);
  const serviceIds = services.map((s) => s.id);

  // 3. Results, from the rollups like the service pages.
  const unitTotal = (await unitTotals(em, [unit.id], range)).get(unit.id) ?? emptyTotals();
  const unitScore = toSatisfaction(unitTotal, catalog.expectedAnnualUsers(unit.id), range);
  const serviceTotals = serviceIds.length ? await loadTotals(em, 'service', serviceIds, range) : new Map<string, RollupTotals>();
  const serviceScores: ContentService[] = services.map((s) => ({
    id: s.id,
    name: s.name,
    slug: s.slug,
    expectedAnnualUsers: s.expectedAnnualUsers,
    ...score(serviceTotals.get(s.id) ?? emptyTotals(), s.expectedAnnualUsers, range),
  }));

  // Trend: the earlier complete periods of the same length (facts/LAPORAN.md, Periods).
  const periods: SurveyPeriod[] = [period];
  while (periods.length < TREND_PERIODS) periods.unshift(previousPeriod(periods[0]!));
  const trend = [];
  for (const p of periods) {
    const t = p.key === period.key ? unitTotal : ((await unitTotals(em, [unit.id], p)).get(unit.id) ?? emptyTotals());
    const s = toSatisfaction(t, catalog.expectedAnnualUsers(unit.id), p);
    trend.push({ key: p.key, from: p.from, to: p.to, responseCount: s.responseCount, ikm: s.ikm, grade: s.grade });
  }

  // Instants bounding the period's days in the region's time zone: the (service, submitted_at) index.
  const bounds = sql`f.service_id in (${serviceIds.length ? serviceIds : [NO_ID]})
    and f.submitted_at >= (${period.from}::date::timestamp at time zone ${region.timeZone})
    and f.submitted_at < ((${period.to}::date + 1)::timestamp at time zone ${region.timeZone})
    and not f.spam`;

  // 2. Method: channels and the respondents' profile, counts only.
  const grouped = async (column: string) => {
    const q = sql`select ${raw(column)} as code, count(*)::int as n from feedback f where ${bounds} group by 1`;
    return em.execute<Array<{ code: string | null; n: number }>>(q.text, q.params);
  };
  // One after another: in a transaction they share one connection.
  const channels = await grouped('f.channel');
  const age = await grouped('f.respondent_age_group');
  const gender = await grouped('f.respondent_gender');
  const education = await grouped('f.respondent_education');
  const occupation = await grouped('f.respondent_occupation');

  // 4. Analysis: weakest and strongest elements, a few public comments on them, complaints answered.
  const byAverage = [...unitScore.elements].sort((a, b) => a.average - b.average || SKM_ELEMENTS.indexOf(a.element) - SKM_ELEMENTS.indexOf(b.element));
  const weakest = byAverage.slice(0, WEAK_COUNT);
  const strongest = byAverage.slice(-STRONG_COUNT).reverse();
  const comments: ContentComment[] = [];
  const seen: string[] = [];
  const commentsOn = async (element: SkmElement, tone: 'LOW' | 'HIGH') => {
    const column = raw(`f.score_${ELEMENT_STEM[element]}`);
    const condition = tone === 'LOW' ? sql`${column} <= ${LOW_SCORE_MAX}` : sql`${column} = 4`;
    const q = sql`select f.id, coalesce(f.redacted_comment, f.comment) as text, s.name as service,
        to_char((f.submitted_at at time zone ${region.timeZone})::date, 'YYYY-MM-DD') as day,
        exists (select 1 from official_response o where o.feedback_id = f.id) as answered
      from feedback f join public_service s on s.id = f.service_id
      where ${bounds} and f.moderation_status = 'PUBLISHED' and f.comment is not null and ${condition}
        and f.id not in (${seen.length ? seen : [NO_ID]})
      order by f.submitted_at desc, f.id limit ${COMMENTS_PER_ELEMENT}`;
    const rows = await em.execute<Array<{ id: string; text: string; service: string; day: string; answered: boolean }>>(q.text, q.params);
    // A comment is quoted once, under the first element it speaks to.
    seen.push(...rows.map((r) => r.id));
    for (const r of rows) comments.push({ element, tone, service: r.service, day: r.day, text: r.text, answered: Boolean(r.answered) });
  };
  for (const w of weakest) await commentsOn(w.element, 'LOW');
  for (const s of strongest) await commentsOn(s.element, 'HIGH');
  const complaintsQ = sql`select count(*)::int as received,
      count(*) filter (where exists (select 1 from official_response o where o.feedback_id = f.id))::int as answered
    from feedback f where ${bounds} and f.moderation_status = 'PUBLISHED' and f.comment is not null`;
  const [complaints] = await em.execute<Array<{ received: number; answered: number }>>(complaintsQ.text, complaintsQ.params);

  // 5. Follow-up: this period's plan and the previous period's, as they stand now, and where the
  // results were published (the follow-up module's own reading of its tables).
  const followUp = await followUpForReport(em, unit.id, period.key);
  const toAction = (a: ReportAction): ContentAction => ({
    element: a.element,
    action: a.action,
    owner: a.owner,
    dueOn: a.dueOn,
    status: a.status,
    evidence: a.evidence,
    dropReason: a.dropReason,
    closedOn: a.closedOn,
  });
  const publications = await publicationsForReport(em, unit.id, period.key);

  return {
    schema: CONTENT_SCHEMA,
    region: { id: region.id, slug: region.slug, name: region.name, timeZone: region.timeZone, surveyPeriod: region.surveyPeriod },
    unit: { id: unit.id, name: unit.name, abbreviation: unit.abbreviation, kind: unit.kind },
    period: { key: period.key, kind: period.kind, from: period.from, to: period.to },
    legalBasis: LEGAL_BASIS,
    method: {
      channels: counts(channels, ['WEB', 'KIOSK', 'PAPER', 'IMPORT']),
      respondents: unitScore.responseCount,
      population: Math.round((catalog.expectedAnnualUsers(unit.id) * ((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1)) / 365),
      requiredSampleSize: unitScore.requiredSampleSize,
      provisional: unitScore.provisional,
      profile: {
        ageGroup: counts(age, AGE_GROUPS),
        gender: counts(gender, GENDERS),
        education: counts(education, EDUCATION_LEVELS),
        occupation: counts(occupation, OCCUPATIONS),
      },
    },
    results: {
      responseCount: unitScore.responseCount,
      ikm: unitScore.ikm,
      grade: unitScore.grade,
      elements: unitScore.elements.map((e) => ({ element: e.element, average: e.average })),
      sums: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, unitTotal.sums[e] ?? 0])) as Record<SkmElement, number>,
    },
    services: serviceScores,
    trend,
    analysis: {
      weakest: weakest.map((e) => ({ element: e.element, average: e.average })),
      strongest: strongest.map((e) => ({ element: e.element, average: e.average })),
      comments,
      complaints: { received: complaints?.received ?? 0, answered: complaints?.answered ?? 0 },
    },
    followUp: {
      state: followUp.state,
      agreedAt: followUp.agreedAt ? followUp.agreedAt.toISOString() : null,
      actions: followUp.actions.map(toAction),
      previous: {
        key: followUp.previous.period,
        state: followUp.previous.state,
        actions: followUp.previous.actions.map(toAction),
        done: followUp.previous.figures.done,
        total: followUp.previous.actions.length,
        completion: followUp.previous.completion,
        medianDays: followUp.previous.medianDays,
      },
    },
    publications: publications.map((p) => ({ channel: p.channel, at: p.publishedOn, url: p.link })),
    revision,
  };
}
