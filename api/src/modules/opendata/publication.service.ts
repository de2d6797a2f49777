import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, completePeriodsSince, summarize, type SkmElement, type SurveyPeriodKind } from '@suara/skm';
import { todayIn } from '../../common/calendar.js';
import { raw, sql } from '../../common/sql.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';

/**
 * Automatic publication of open data (issue 10, point 4; decision record 0027).
 *
 * PermenPANRB 14/2017 requires SKM results to be published; facts/LAPORAN.md ("Periods") says only
 * complete periods are published, and that a published row is a snapshot: ratings that arrive later
 * for its period (a kiosk's offline queue, up to 7 days; paper questionnaires imported with their
 * own dates; spam removed afterwards) never change it silently but make a revised version, numbered
 * and dated, and the earlier one is kept.
 *
 * `publishDuePeriods` is idempotent and safe to run from several API processes at once: every row is
 * written by one `insert … on conflict (service, period, version) do nothing`, so two processes that
 * both see a period unpublished write one version 1 between them, and two that both see the same
 * late ratings write one version n + 1.
 */

const SUM_COLUMNS = SKM_ELEMENTS.map((e) => `sum_${ELEMENT_STEM[e]}`);

export interface PublishOptions {
  /** Only this region (the public page asking for a period not yet published; an SKM import). */
  regionId?: string;
  /** The clock: which periods are complete, and the publication time written. */
  now?: Date;
  /**
   * `all` (the default): every complete period since the region's first rating is checked for
   * revisions. `recent`: only periods with nothing published yet and the last complete one — where a
   * kiosk's offline queue (at most 7 days) can still land — so the 10-minute timer reads a few
   * periods of rollups, not years of them; a full round runs at start-up, once a day and after an
   * SKM import (paper questionnaires may be dated in any earlier period).
   */
  scope?: 'all' | 'recent';
}

export interface PublishResult {
  /** Version 1 rows written. */
  published: number;
  /** Revised versions (2, 3, …) written. */
  revised: number;
}

interface Totals {
  n: number;
  sums: number[];
}

interface Candidate extends Totals {
  service_id: string;
  unit_id: string;
  period_key: string;
  period_from: string;
  period_to: string;
  version: number;
  late_responses: number | null;
  ikm: number | null;
  grade: string | null;
}

type Row = Record<string, unknown>;

const sumsOf = (row: Row) => SUM_COLUMNS.map((c) => Number(row[c] ?? 0));
const same = (a: Totals, b: Totals) => a.n === b.n && a.sums.every((s, i) => s === b.sums[i]);

/** Publishes every complete period with ratings not yet published, and revises what changed since. */
export async function publishDuePeriods(em: EntityManager, options: PublishOptions = {}): Promise<PublishResult> {
  const now = options.now ?? new Date();
  const result: PublishResult = { published: 0, revised: 0 };
  const regions = await em.execute<Array<{ id: string; time_zone: string; survey_period: SurveyPeriodKind; first_day: string | null }>>(
    ...query(sql`select r.id, r.time_zone, r.survey_period,
        (select to_char(min(d.day), 'YYYY-MM-DD') from satisfaction_daily d where d.region_id = r.id) as first_day
      from region r ${options.regionId ? sql`where r.id = ${options.regionId}` : raw('')} order by r.id`),
  );
  for (const region of regions) {
    if (!region.first_day) continue;
    let periods = completePeriodsSince(region.survey_period, region.first_day, todayIn(region.time_zone, now));
    if (options.scope === 'recent' && periods.length > 1) {
      const seen = await em.execute<Array<{ period_key: string }>>('select distinct period_key from open_data_row where region_id = ?', [region.id]);
      const published = new Set(seen.map((p) => p.period_key));
      periods = periods.filter((p, i) => i === periods.length - 1 || !published.has(p.key));
    }
    if (periods.length === 0) continue;
    const spans = JSON.stringify(periods.map((p) => ({ key: p.key, from: p.from, to: p.to })));
    const totals = await em.execute<Row[]>(
      ...query(sql`select d.service_id, s.unit_id, p.key as period_key, to_char(p.from, 'YYYY-MM-DD') as period_from, to_char(p.to, 'YYYY-MM-DD') as period_to,
          sum(d.response_count)::int as n, ${raw(SUM_COLUMNS.map((c) => `sum(d.${c})::int as ${c}`).join(', '))}
        from satisfaction_daily d
        join json_to_recordset(${spans}::json) as p(key text, "from" date, "to" date) on d.day between p.from and p.to
        join public_service s on s.id = d.service_id
        where d.region_id = ${region.id} and d.day between ${periods[0]!.from} and ${periods.at(-1)!.to}
        group by d.service_id, s.unit_id, p.key, p.from, p.to`),
    );
    const keys = periods.map((p) => p.key);
    const latest = await em.execute<Row[]>(
      ...query(sql`select distinct on (service_id, period_key) service_id, unit_id, period_key, to_char(period_from, 'YYYY-MM-DD') as period_from,
          to_char(period_to, 'YYYY-MM-DD') as period_to, version, response_count as n, ${raw(SUM_COLUMNS.join(', '))}
        from open_data_row where region_id = ${region.id} and period_key in (${keys})
        order by service_id, period_key, version desc`),
    );
    const published = new Map(latest.map((row) => [`${row.service_id}|${row.period_key}`, row]));
    const candidates: Candidate[] = [];
    const seen = new Set<string>();
    for (const row of totals) {
      const key = `${row.service_id}|${row.period_key}`;
      seen.add(key);
      const current: Totals = { n: Number(row.n), sums: sumsOf(row) };
      const before = published.get(key);
      if (before && same(current, { n: Number(before.n), sums: sumsOf(before) })) continue;
      candidates.push(candidate(row, current, before));
    }
    // Every rating of a published row was taken back (marked spam): that too is a revision, to zero.
    for (const [key, before] of published) {
      if (seen.has(key) || Number(before.n) === 0) continue;
      candidates.push(candidate(before, { n: 0, sums: SUM_COLUMNS.map(() => 0) }, before));
    }
    if (candidates.length === 0) continue;
    const written = await em.execute<Array<{ version: number }>>(
      ...query(sql`insert into open_data_row (id, created_at, region_id, unit_id, service_id, period_key, period_from, period_to, version, published_at,
          response_count, late_responses, ikm, grade, ${raw(SUM_COLUMNS.join(', '))})
        select gen_random_uuid(), ${now}, ${region.id}, i.unit_id, i.service_id, i.period_key, i.period_from, i.period_to, i.version, ${now},
          i.n, i.late_responses, i.ikm, i.grade, ${raw(SUM_COLUMNS.map((_, j) => `(i.sums->>${j})::int`).join(', '))}
        from json_to_recordset(${JSON.stringify(candidates)}::json) as i(service_id uuid, unit_id uuid, period_key text, period_from date, period_to date,
          version int, n int, late_responses int, ikm double precision, grade text, sums json)
        order by i.service_id, i.period_key
        on conflict (service_id, period_key, version) do nothing
        returning version`),
    );
    for (const w of written) {
      if (w.version === 1) result.published++;
      else result.revised++;
    }
  }
  return result;
}

function candidate(row: Row, totals: Totals, before: Row | undefined): Candidate {
  const summary = summarize(
    totals.n,
    SKM_ELEMENTS.map((element: SkmElement, i) => ({ element, sum: totals.sums[i]!, count: totals.n })),
  );
  return {
    ...totals,
    service_id: String(row.service_id),
    unit_id: String(row.unit_id),
    period_key: String(row.period_key),
    period_from: String(row.period_from),
    period_to: String(row.period_to),
    version: before ? Number(before.version) + 1 : 1,
    late_responses: before ? totals.n - Number(before.n) : null,
    ikm: summary.ikm,
    grade: summary.grade,
  };
}

function query(q: { text: string; params: unknown[] }): [string, unknown[]] {
  return [q.text, q.params];
}

/** One process at a time (the others skip this round): advisory lock held for the transaction. */
const LOCK = 'suara:open-data-publication';

/**
 * A round of publication as the timer and the start-up run it: in one transaction holding a
 * transaction-level advisory lock, so that of several API processes one does the work and the others
 * skip it. Returns null when another process held the lock. `em`: a fork of its own, outside any request.
 */
export async function publishRound(em: EntityManager, options: PublishOptions = {}): Promise<PublishResult | null> {
  return em.transactional(async (tx) => {
    const [lock] = await tx.execute<Array<{ locked: boolean }>>('select pg_try_advisory_xact_lock(hashtext(?)) as locked', [LOCK]);
    if (!lock?.locked) return null;
    return publishDuePeriods(tx, options);
  });
}
