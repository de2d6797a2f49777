import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, sampleSize, summarize, type ElementTotal } from '@suara/skm';
import { BadInputError } from '../../common/errors.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import type { ReadCache } from '../../common/read-cache.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import type { Satisfaction } from './satisfaction.types.js';

/**
 * Satisfaction of a service, unit or region over a range of days, read from the daily rollup
 * (never from raw responses). Days are calendar days in the region's time zone; both bounds are
 * inclusive and optional (an open bound means "since the first" / "up to the last" response).
 */

export type SatisfactionScope = 'service' | 'unit' | 'region';

export interface DayRange {
  from?: string | null;
  to?: string | null;
}

/** Per-element sums of a set of responses, as the rollup keeps them. */
export interface RollupTotals {
  responseCount: number;
  sums: Record<string, number>;
  firstDay: string | null;
  lastDay: string | null;
}

const DAY_MS = 86_400_000;

export function checkRange(range: DayRange): void {
  if (range.from && range.to && range.from > range.to) {
    throw new BadInputError(
      { id: 'Tanggal awal (from) harus sebelum atau sama dengan tanggal akhir (to).', en: 'The start date (from) must be on or before the end date (to).' },
      [{ field: 'from', message: { id: 'Setelah tanggal akhir.', en: 'After the end date.' } }],
    );
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * The public result of a set of responses (facts/SKM.md): element averages, IKM and grade, withheld
 * below 5 responses; provisional against the Krejcie–Morgan sample size of the users expected in the
 * period (expected annual users × days ÷ 365).
 */
export function toSatisfaction(totals: RollupTotals, expectedAnnualUsers: number, range: DayRange = {}): Satisfaction {
  const elementTotals: ElementTotal[] = SKM_ELEMENTS.map((element) => ({
    element,
    sum: totals.sums[element] ?? 0,
    count: totals.responseCount,
  }));
  const summary = summarize(totals.responseCount, elementTotals);
  const from = range.from ?? totals.firstDay;
  const to = range.to ?? totals.lastDay;
  const days = from && to ? Math.max(1, daysBetween(from, to)) : 0;
  const population = Math.round((expectedAnnualUsers * days) / 365);
  const required = sampleSize(population);
  return {
    responseCount: totals.responseCount,
    ikm: summary.ikm,
    grade: summary.grade,
    elements: summary.elements,
    provisional: totals.responseCount < Math.max(1, required),
    requiredSampleSize: required,
    periodFrom: range.from ?? null,
    periodTo: range.to ?? null,
    firstDay: totals.firstDay,
    lastDay: totals.lastDay,
  };
}

const SCOPE_COLUMN: Record<SatisfactionScope, string> = { service: 'service_id', unit: 'unit_id', region: 'region_id' };

function emptyTotals(): RollupTotals {
  return { responseCount: 0, sums: {}, firstDay: null, lastDay: null };
}

/** Rollup totals of many services / units / regions over one range, in one query. */
export async function loadTotals(
  em: EntityManager,
  scope: SatisfactionScope,
  ids: readonly string[],
  range: DayRange,
): Promise<Map<string, RollupTotals>> {
  const column = SCOPE_COLUMN[scope];
  const sums = SKM_ELEMENTS.map((e) => `sum(sum_${ELEMENT_STEM[e]})::int as "${e}"`).join(', ');
  const params: unknown[] = [ids];
  let where = `${column} in (?)`;
  if (range.from) {
    where += ' and day >= ?';
    params.push(range.from);
  }
  if (range.to) {
    where += ' and day <= ?';
    params.push(range.to);
  }
  const rows = await em.execute<Array<Record<string, string | number | null>>>(
    `select ${column} as id, sum(response_count)::int as n, ${sums},
            to_char(min(day), 'YYYY-MM-DD') as first_day, to_char(max(day), 'YYYY-MM-DD') as last_day
     from satisfaction_daily where ${where} group by ${column}`,
    params,
  );
  const out = new Map<string, RollupTotals>(ids.map((id) => [id, emptyTotals()]));
  for (const row of rows) {
    const totals: RollupTotals = {
      responseCount: Number(row.n),
      sums: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, Number(row[e] ?? 0)])),
      firstDay: (row.first_day as string | null) ?? null,
      lastDay: (row.last_day as string | null) ?? null,
    };
    out.set(String(row.id), totals);
  }
  return out;
}

interface SatisfactionKey {
  scope: SatisfactionScope;
  id: string;
  from: string | null;
  to: string | null;
}

/**
 * One DataLoader for every `satisfaction(from, to)` field of a request: keys with the same scope and
 * range are answered by one rollup query, however many services a list shows. Answers are kept in
 * the process's read cache (common/read-cache.ts) per scope, id and range: a rating stored by this
 * process shows at once (the submission touches its service, unit and region), one stored by
 * another replica within the cache's lifetime. The SKM population comes from the catalogue.
 */
export function satisfactionLoader(
  em: () => EntityManager,
  cache: ReadCache,
  catalog: () => Promise<CatalogSnapshot>,
): DataLoader<SatisfactionKey, Satisfaction, string> {
  return new DataLoader<SatisfactionKey, Satisfaction, string>(
    async (keys) => {
      const results = new Map<string, Satisfaction>();
      const groups = new Map<string, SatisfactionKey[]>();
      for (const key of keys) {
        const cached = cache.get<Satisfaction>(cacheKey(key));
        if (cached) {
          results.set(cacheKey(key), cached);
          continue;
        }
        const g = `${key.scope}|${key.from ?? ''}|${key.to ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      if (groups.size) {
        const snapshot = await catalog();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const begun = cache.begin();
            const { scope, from, to } = group[0]!;
            const totals = await loadTotals(em(), scope, [...new Set(group.map((k) => k.id))], { from, to });
            for (const key of group) {
              const satisfaction = toSatisfaction(totals.get(key.id) ?? emptyTotals(), snapshot.expectedAnnualUsers(key.id), { from, to });
              results.set(cacheKey(key), satisfaction);
              cache.set(cacheKey(key), [key.id], satisfaction, begun);
            }
          }),
        );
      }
      return keys.map((k) => results.get(cacheKey(k))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(k: SatisfactionKey): string {
  return `satisfaction|${k.scope}|${k.id}|${k.from ?? ''}|${k.to ?? ''}`;
}
