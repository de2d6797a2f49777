import { daysInclusive, SKM_ELEMENTS, type Granularity, type SkmElement } from '@suara/skm';
import { REGION_PARAM } from '../staff/region-param';

/**
 * The dashboard's choices, all in the address (a GET form, so they work without JavaScript and a
 * link shares exactly what one sees): `?rentang=12-bulan` or `?dari=2026-01-01&sampai=2026-06-30`,
 * `&per=bulan`, `&unit=<id>`, `&layanan=<id>`, `&unsur=WAKTU_PENYELESAIAN` (repeated). A value that
 * is not one of ours is named in a message and replaced by the default, never a 500.
 */
export const FILTER_PARAM = {
  preset: 'rentang',
  from: 'dari',
  to: 'sampai',
  granularity: 'per',
  unit: 'unit',
  service: 'layanan',
  element: 'unsur',
} as const;

/** Ranges one click away: the running survey period, the last twelve months (what the service pages show), this year, last year. */
export const RANGE_PRESETS = ['periode', '12-bulan', 'tahun-ini', 'tahun-lalu'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = '12-bulan';

export const GRANULARITY_PARAM: Record<Granularity, string> = { WEEK: 'minggu', MONTH: 'bulan', QUARTER: 'triwulan' };
export const DEFAULT_GRANULARITY: Granularity = 'MONTH';

/** The days the decline alerts compare (the API's default: the last 90 up to yesterday against the 90 before). */
export const ALERT_DAYS = 90;

/** The API answers a trend or ranking over at most two years (731 days, a leap day included). */
export const MAX_RANGE_DAYS = 731;
/** Before this no region has feedback; an earlier day is a typo, not a question. */
const EARLIEST_DAY = '2000-01-01';

export interface DashboardFilters {
  /** The preset whose days these are, or null for days picked by hand. */
  preset: RangePreset | null;
  from: string;
  to: string;
  granularity: Granularity;
  unitId: string | null;
  serviceId: string | null;
  elements: SkmElement[];
}

/** What the page tells the reader about a value it could not use (and what it showed instead). */
export type FilterProblem = 'preset' | 'dates' | 'order' | 'tooLong' | 'tooEarly' | 'granularity' | 'unit' | 'service' | 'element';

export interface FilterContext {
  /** Today in the region's time zone. */
  today: string;
  /** The days the service pages call "the last 12 months" (the API's `lastMonths: 12`). */
  last12Months: { from: string; to: string };
  /** The survey period running today (facts/LAPORAN.md, Periods). */
  currentPeriod: { from: string; to: string };
  /** The region's units that deliver services, with their services. */
  units: ReadonlyArray<{ id: string; services: ReadonlyArray<{ id: string }> }>;
}

/** The days of a preset on `today`; a running period or year ends today (the rest has not happened). */
export function presetRange(preset: RangePreset, context: Pick<FilterContext, 'today' | 'last12Months' | 'currentPeriod'>): { from: string; to: string } {
  const year = Number(context.today.slice(0, 4));
  switch (preset) {
    case 'periode':
      return { from: context.currentPeriod.from, to: context.today };
    case '12-bulan':
      return context.last12Months;
    case 'tahun-ini':
      return { from: `${year}-01-01`, to: context.today };
    case 'tahun-lalu':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

const isPreset = (value: string): value is RangePreset => (RANGE_PRESETS as readonly string[]).includes(value);

/** A real calendar day `YYYY-MM-DD` (not 2026-02-30). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The dashboard's filters from the address, with a problem for each value that could not be used. */
export function parseFilters(params: URLSearchParams, context: FilterContext): { filters: DashboardFilters; problems: FilterProblem[] } {
  const problems = new Set<FilterProblem>();

  // --- Range: days typed in the form win over a preset link; either falls back to the default.
  const rawFrom = params.get(FILTER_PARAM.from)?.trim() ?? '';
  const rawTo = params.get(FILTER_PARAM.to)?.trim() ?? '';
  const rawPreset = params.get(FILTER_PARAM.preset);
  let range: { from: string; to: string } | null = null;
  if (rawFrom || rawTo) {
    if (!isDay(rawFrom) || !isDay(rawTo)) problems.add('dates');
    else if (rawFrom > rawTo) problems.add('order');
    else if (rawFrom < EARLIEST_DAY) problems.add('tooEarly');
    else {
      // A range reaching past today is cut at today: the rest has no responses yet.
      const to = rawTo > context.today ? context.today : rawTo;
      if (rawFrom > to) problems.add('order');
      else if (daysInclusive(rawFrom, to) > MAX_RANGE_DAYS) problems.add('tooLong');
      else range = { from: rawFrom, to };
    }
  }
  let preset: RangePreset | null;
  if (!range) {
    if (rawPreset !== null && !(rawFrom || rawTo) && !isPreset(rawPreset)) problems.add('preset');
    preset = rawPreset !== null && isPreset(rawPreset) && !(rawFrom || rawTo) ? rawPreset : DEFAULT_PRESET;
    range = presetRange(preset, context);
  } else {
    // Days that are exactly a preset's (the form sends the shown days back) keep its name.
    preset = RANGE_PRESETS.find((p) => sameRange(presetRange(p, context), range!)) ?? null;
  }

  // --- Granularity.
  const rawGranularity = params.get(FILTER_PARAM.granularity);
  let granularity = DEFAULT_GRANULARITY;
  if (rawGranularity !== null) {
    const found = (Object.entries(GRANULARITY_PARAM) as Array<[Granularity, string]>).find(([, value]) => value === rawGranularity);
    if (found) granularity = found[0];
    else problems.add('granularity');
  }

  // --- Unit and service: only the region's own; a service names its unit when none is chosen.
  const rawUnit = params.get(FILTER_PARAM.unit) || null;
  const rawService = params.get(FILTER_PARAM.service) || null;
  let unit = rawUnit ? (context.units.find((u) => u.id === rawUnit) ?? null) : null;
  if (rawUnit && !unit) problems.add('unit');
  let serviceId: string | null = null;
  if (rawService) {
    const owner = context.units.find((u) => u.services.some((s) => s.id === rawService));
    if (!owner || (unit && owner.id !== unit.id)) problems.add('service');
    else {
      serviceId = rawService;
      unit = owner;
    }
  }

  // --- Elements: the nine of the SKM, each once, in the regulation's order.
  const rawElements = params.getAll(FILTER_PARAM.element);
  if (rawElements.some((e) => !(SKM_ELEMENTS as readonly string[]).includes(e))) problems.add('element');
  const elements = SKM_ELEMENTS.filter((e) => rawElements.includes(e));

  return { filters: { preset, ...range, granularity, unitId: unit?.id ?? null, serviceId, elements }, problems: [...problems] };
}

function sameRange(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * The address parameters that reproduce these filters (for preset links, the CSV downloads and the
 * region switch): a preset by name, hand-picked days as days; defaults left out.
 */
export function filterParams(filters: DashboardFilters, regionSlug: string | null, override: { preset?: RangePreset } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (regionSlug) params.set(REGION_PARAM, regionSlug);
  const preset = override.preset ?? filters.preset;
  if (override.preset || preset) {
    if (preset !== DEFAULT_PRESET) params.set(FILTER_PARAM.preset, preset!);
  } else {
    params.set(FILTER_PARAM.from, filters.from);
    params.set(FILTER_PARAM.to, filters.to);
  }
  if (filters.granularity !== DEFAULT_GRANULARITY) params.set(FILTER_PARAM.granularity, GRANULARITY_PARAM[filters.granularity]);
  if (filters.serviceId) params.set(FILTER_PARAM.service, filters.serviceId);
  else if (filters.unitId) params.set(FILTER_PARAM.unit, filters.unitId);
  for (const element of filters.elements) params.append(FILTER_PARAM.element, element);
  return params;
}
