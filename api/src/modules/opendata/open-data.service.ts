import type { EntityManager } from '@mikro-orm/postgresql';
import {
  SKM_ELEMENTS,
  lastCompletePeriod,
  parsePeriodKey,
  periodState,
  summarize,
  surveyPeriodOf,
  type SurveyPeriod,
  type SurveyPeriodKind,
} from '@suara/skm';
import { todayIn } from '../../common/calendar.js';
import type { SurveyPeriodKind as SurveyPeriodKindEnum } from '../../common/enums.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { raw, sql } from '../../common/sql.js';
import { storableText } from '../../common/text.js';
import type { CatalogSnapshot, RegionType } from '../catalog/index.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import { loadTotals } from '../feedback/index.js';
import { OpenDataPeriodState, type OpenDataPeriodType, type OpenDataRowType, type OpenDataTableType, type OpenDataTotalType } from './open-data.types.js';
import { publishDuePeriods } from './publication.service.js';

const SUM_COLUMNS = SKM_ELEMENTS.map((e) => `sum_${ELEMENT_STEM[e]}`);

/** Published periods listed: ten years of quarters; FIXED_BOUNDS costs `OpenDataTable.periods` at this. */
export const OPEN_DATA_PERIODS_MAX = 40;

/** How long this process trusts that it saw a region's last complete period published. */
const CHECKED_FOR_MS = 60_000;
const checkedAt = new Map<string, number>();

interface Totals {
  n: number;
  sums: number[];
}

type Row = Record<string, unknown>;

function scoresOf(t: Totals): Pick<OpenDataTotalType, 'responseCount' | 'ikm' | 'grade' | 'elements'> {
  // The same function, on the same integer sums, as `satisfaction(from, to)`: the numbers are equal.
  const summary = summarize(
    t.n,
    SKM_ELEMENTS.map((element, i) => ({ element, sum: t.sums[i]!, count: t.n })),
  );
  return { responseCount: t.n, ikm: summary.ikm, grade: summary.grade, elements: summary.elements };
}

function badPeriod(): never {
  const message = {
    id: 'Periode harus berbentuk 2026-S1 (semester), 2026-Q3 (triwulan) atau 2026 (tahun).',
    en: 'The period must look like 2026-S1 (semester), 2026-Q3 (quarter) or 2026 (year).',
  };
  throw new BadInputError(message, [{ field: 'period', message }]);
}

function regionOf(catalog: CatalogSnapshot, slug: string): RegionType {
  const text = String(slug);
  if (!storableText(text) || text.length > 80) {
    const message = { id: 'Nama singkat wilayah tidak valid.', en: 'Not a valid region slug.' };
    throw new BadInputError(message, [{ field: 'regionSlug', message }]);
  }
  const region = catalog.regionBySlug(text);
  if (!region) throw new NotFoundError({ id: 'Wilayah tidak ditemukan.', en: 'No such region.' });
  return region;
}

/**
 * The region's last complete period is published before it is read: the timer of every API process
 * publishes within minutes of a period's end, and this makes the first visitor after midnight (or a
 * test, or an API started with the timer not yet run) never see a complete period missing. Cheap when
 * already published: one indexed `exists`, at most once a minute per region and process.
 */
async function ensurePublished(em: EntityManager, region: RegionType, today: string): Promise<void> {
  const last = lastCompletePeriod(region.surveyPeriod as SurveyPeriodKind, today);
  const memo = `${region.id}|${last.key}`;
  if (Date.now() - (checkedAt.get(memo) ?? 0) < CHECKED_FOR_MS) return;
  const [row] = await em.execute<Array<{ published: boolean }>>(
    'select exists (select 1 from open_data_row where region_id = ? and period_key = ?) as published',
    [region.id, last.key],
  );
  if (!row?.published) await publishDuePeriods(em, { regionId: region.id, scope: 'recent' });
  checkedAt.set(memo, Date.now());
}

/** `openData(regionSlug, period)`: public, for everyone. */
export async function openDataTable(em: EntityManager, catalog: CatalogSnapshot, regionSlug: string, periodKey: string | null | undefined): Promise<OpenDataTableType> {
  const region = regionOf(catalog, regionSlug);
  let asked: SurveyPeriod | null = null;
  if (periodKey !== null && periodKey !== undefined) {
    const text = String(periodKey).trim();
    if (!storableText(text) || text.length > 16) badPeriod();
    asked = parsePeriodKey(text.toUpperCase());
    if (!asked) badPeriod();
  }
  const kind = region.surveyPeriod as SurveyPeriodKind;
  const today = todayIn(region.timeZone);
  await ensurePublished(em, region, today);

  const listed = await em.execute<Row[]>(
    `select period_key, to_char(period_from, 'YYYY-MM-DD') as period_from, to_char(period_to, 'YYYY-MM-DD') as period_to,
            min(published_at) as published_at, max(published_at) filter (where version > 1) as revised_at
     from open_data_row where region_id = ? group by period_key, period_from, period_to
     order by period_to desc, period_from desc limit ?`,
    [region.id, OPEN_DATA_PERIODS_MAX],
  );
  const running = surveyPeriodOf(today, kind);
  const published: OpenDataPeriodType[] = listed.map((p) => ({
    key: String(p.period_key),
    kind: (parsePeriodKey(String(p.period_key))?.kind ?? kind) as SurveyPeriodKindEnum,
    from: String(p.period_from),
    to: String(p.period_to),
    state: OpenDataPeriodState.PUBLISHED,
    publishedAt: new Date(p.published_at as string),
    revisedAt: p.revised_at ? new Date(p.revised_at as string) : null,
  }));
  const runningPeriod: OpenDataPeriodType = {
    key: running.key,
    kind: kind as SurveyPeriodKindEnum,
    from: running.from,
    to: running.to,
    state: OpenDataPeriodState.RUNNING,
    publishedAt: null,
    revisedAt: null,
  };
  const periods = [runningPeriod, ...published];

  const key = asked?.key ?? published[0]?.key ?? running.key;
  let period = periods.find((p) => p.key === key);
  let rows: OpenDataRowType[] = [];
  if (!period) {
    const p = asked!;
    // A period of another length than the region's, one that has not ended, or one nobody rated in.
    period = { key: p.key, kind: p.kind as SurveyPeriodKindEnum, from: p.from, to: p.to, state: OpenDataPeriodState.NOT_PUBLISHED, publishedAt: null, revisedAt: null };
    if (periodState(p, today) === 'RUNNING' && p.kind === kind) period.state = OpenDataPeriodState.RUNNING;
  }
  if (period.state === OpenDataPeriodState.PUBLISHED) rows = await publishedRows(em, catalog, region, period.key);
  else if (period.state === OpenDataPeriodState.RUNNING) rows = await runningRows(em, catalog, region, period);

  // By unit, then service, as the catalogue orders them (by name).
  const unitOrder = new Map(catalog.unitsOf(region.id).map((u, i) => [u.id, i]));
  rows.sort((a, b) => (unitOrder.get(a.unit.id) ?? 0) - (unitOrder.get(b.unit.id) ?? 0) || (catalog.rank.get(a.service.id) ?? 0) - (catalog.rank.get(b.service.id) ?? 0));

  const byUnit = new Map<string, { unit: OpenDataRowType['unit']; totals: Totals }>();
  const all: Totals = { n: 0, sums: SUM_COLUMNS.map(() => 0) };
  for (const row of rows) {
    const entry = byUnit.get(row.unit.id) ?? { unit: row.unit, totals: { n: 0, sums: SUM_COLUMNS.map(() => 0) } };
    const sums = sumsByRow.get(row)!;
    entry.totals.n += row.responseCount;
    all.n += row.responseCount;
    sums.forEach((s, i) => {
      entry.totals.sums[i]! += s;
      all.sums[i]! += s;
    });
    byUnit.set(row.unit.id, entry);
  }
  return {
    region,
    period,
    periods,
    rows,
    units: [...byUnit.values()].map(({ unit, totals }) => ({ unit, ...scoresOf(totals) })),
    total: { unit: null, ...scoresOf(all) },
  };
}

/** The integer sums behind each row shown (never exposed): what the unit and region totals add up. */
const sumsByRow = new WeakMap<OpenDataRowType, number[]>();

function toRow(catalog: CatalogSnapshot, row: Row): OpenDataRowType | null {
  const service = catalog.service(String(row.service_id));
  const unit = catalog.unit(String(row.unit_id));
  if (!service || !unit) return null;
  const totals: Totals = { n: Number(row.response_count), sums: SUM_COLUMNS.map((c) => Number(row[c] ?? 0)) };
  const out: OpenDataRowType = {
    service,
    unit,
    periodKey: String(row.period_key),
    version: row.version === null || row.version === undefined ? null : Number(row.version),
    publishedAt: row.published_at ? new Date(row.published_at as string) : null,
    lateResponses: row.late_responses === null || row.late_responses === undefined ? null : Number(row.late_responses),
    ...scoresOf(totals),
    revisions: [],
  };
  sumsByRow.set(out, totals.sums);
  return out;
}

async function publishedRows(em: EntityManager, catalog: CatalogSnapshot, region: RegionType, periodKey: string): Promise<OpenDataRowType[]> {
  const q = sql`select service_id, unit_id, period_key, version, published_at, response_count, late_responses, ${raw(SUM_COLUMNS.join(', '))}
    from open_data_row where region_id = ${region.id} and period_key = ${periodKey}
    order by service_id, version desc`;
  const found = await em.execute<Row[]>(q.text, q.params);
  const latest = new Map<string, OpenDataRowType>();
  for (const r of found) {
    const row = toRow(catalog, r);
    if (!row) continue;
    const current = latest.get(row.service.id);
    if (!current) latest.set(row.service.id, row);
    else current.revisions.push(row);
  }
  return [...latest.values()];
}

/** The running period "so far", straight from the rollup: labelled running, never a published row. */
async function runningRows(em: EntityManager, catalog: CatalogSnapshot, region: RegionType, period: OpenDataPeriodType): Promise<OpenDataRowType[]> {
  const services = catalog.servicesOfRegion(region.id);
  if (services.length === 0) return [];
  const totals = await loadTotals(em, 'service', services.map((s) => s.id), { from: period.from, to: period.to });
  const out: OpenDataRowType[] = [];
  for (const service of services) {
    const t = totals.get(service.id);
    if (!t || t.responseCount === 0) continue;
    const row = toRow(catalog, {
      service_id: service.id,
      unit_id: service.unitId,
      period_key: period.key,
      version: null,
      published_at: null,
      late_responses: null,
      response_count: t.responseCount,
      ...Object.fromEntries(SKM_ELEMENTS.map((e, i) => [SUM_COLUMNS[i]!, t.sums[e] ?? 0])),
    });
    if (row) out.push(row);
  }
  return out;
}
