/**
 * Survey periods and trend buckets, pure calendar arithmetic on days `YYYY-MM-DD` (both ends
 * included), shared by the API and the portal.
 *
 * Survey periods follow ../shared/facts/LAPORAN.md ("Periods"): every unit surveys at least once a
 * year (PermenPANRB 14/2017 Article 1); a region chooses quarter, semester (the default) or year;
 * periods are calendar periods in the region's time zone; "the previous period" is the previous
 * complete period of the same length; a period that has not ended is running ("berjalan") and is
 * never compared as if complete. Callers pass "today" already in the region's time zone.
 */

export const SURVEY_PERIOD_KINDS = ['QUARTER', 'SEMESTER', 'YEAR'] as const;
export type SurveyPeriodKind = (typeof SURVEY_PERIOD_KINDS)[number];

/** facts/LAPORAN.md: semester is the default. */
export const DEFAULT_SURVEY_PERIOD: SurveyPeriodKind = 'SEMESTER';

const MONTHS: Record<SurveyPeriodKind, number> = { QUARTER: 3, SEMESTER: 6, YEAR: 12 };

export interface SurveyPeriod {
  kind: SurveyPeriodKind;
  /** Stable key: `2026-Q3`, `2026-S2`, `2026`. */
  key: string;
  from: string;
  to: string;
}

export type PeriodState = 'COMPLETE' | 'RUNNING' | 'FUTURE';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function ymd(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function parts(day: string): [number, number, number] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a day YYYY-MM-DD: ${day}`);
  return day.split('-').map(Number) as [number, number, number];
}

/** The first day of the month `monthIndex` (year × 12 + month − 1) and the last day of `monthIndex + months − 1`. */
function monthSpan(monthIndex: number, months: number): { from: string; to: string } {
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12;
  return { from: ymd(new Date(Date.UTC(y, m, 1))), to: ymd(new Date(Date.UTC(y, m + months, 0))) };
}

function keyOf(kind: SurveyPeriodKind, year: number, ordinal: number): string {
  if (kind === 'YEAR') return String(year);
  return `${year}-${kind === 'QUARTER' ? 'Q' : 'S'}${ordinal}`;
}

/** The survey period of `kind` that contains `day`. */
export function surveyPeriodOf(day: string, kind: SurveyPeriodKind): SurveyPeriod {
  const [year, month] = parts(day);
  const months = MONTHS[kind];
  const ordinal = Math.floor((month - 1) / months) + 1;
  const span = monthSpan(year * 12 + (ordinal - 1) * months, months);
  return { kind, key: keyOf(kind, year, ordinal), ...span };
}

/** The period of the same length just before `period`. */
export function previousPeriod(period: SurveyPeriod): SurveyPeriod {
  return surveyPeriodOf(addDays(period.from, -1), period.kind);
}

/** The period of the same length just after `period`. */
export function nextPeriod(period: SurveyPeriod): SurveyPeriod {
  return surveyPeriodOf(addDays(period.to, 1), period.kind);
}

/** A period key (`2026-S1`, `2026-Q4`, `2026`) back to its period; null when it is not one. */
export function parsePeriodKey(key: string): SurveyPeriod | null {
  const match = /^(\d{4})(?:-(Q|S)([1-4]))?$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  if (!match[2]) return surveyPeriodOf(`${match[1]}-01-01`, 'YEAR');
  const kind: SurveyPeriodKind = match[2] === 'Q' ? 'QUARTER' : 'SEMESTER';
  const ordinal = Number(match[3]);
  if (kind === 'SEMESTER' && ordinal > 2) return null;
  return surveyPeriodOf(monthSpan(year * 12 + (ordinal - 1) * MONTHS[kind], 1).from, kind);
}

/** Whether `period` has ended by `today` (in the region's time zone), is running, or lies ahead. */
export function periodState(period: SurveyPeriod, today: string): PeriodState {
  if (today > period.to) return 'COMPLETE';
  if (today >= period.from) return 'RUNNING';
  return 'FUTURE';
}

/** The last complete period of `kind` on `today`: the one a report or comparison is about. */
export function lastCompletePeriod(kind: SurveyPeriodKind, today: string): SurveyPeriod {
  return previousPeriod(surveyPeriodOf(today, kind));
}

/** Complete periods of `kind` from the one containing `since` up to the last complete one, oldest first. */
export function completePeriodsSince(kind: SurveyPeriodKind, since: string, today: string): SurveyPeriod[] {
  const out: SurveyPeriod[] = [];
  const last = lastCompletePeriod(kind, today);
  for (let p = surveyPeriodOf(since, kind); p.from <= last.from; p = nextPeriod(p)) out.push(p);
  return out;
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return ymd(new Date(Date.UTC(y, m - 1, d + n)));
}

/** Days from `from` to `to`, both included (1 for one day). */
export function daysInclusive(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000) + 1;
}

// --- Trend buckets ---------------------------------------------------------------------------

export const GRANULARITIES = ['WEEK', 'MONTH', 'QUARTER'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** First day of the bucket that holds `day`: ISO week (Monday), calendar month or calendar quarter. */
export function bucketStart(day: string, granularity: Granularity): string {
  const [y, m, d] = parts(day);
  if (granularity === 'MONTH') return `${pad(y, 4)}-${pad(m)}-01`;
  if (granularity === 'QUARTER') return `${pad(y, 4)}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`;
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** First day of the bucket after the one starting at `start`. */
export function nextBucket(start: string, granularity: Granularity): string {
  if (granularity === 'WEEK') return addDays(start, 7);
  const [y, m] = parts(start);
  const months = granularity === 'MONTH' ? 1 : 3;
  return ymd(new Date(Date.UTC(y, m - 1 + months, 1)));
}

/** The start of every bucket that overlaps [from, to], oldest first. */
export function bucketsBetween(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = [];
  for (let b = bucketStart(from, granularity); b <= to; b = nextBucket(b, granularity)) out.push(b);
  return out;
}
