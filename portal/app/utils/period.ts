/**
 * The period a published SKM result covers. The API takes calendar days in the region's own time
 * zone (CONTRACT.md, `Date`), so "today" is today in Mataram or Sawahlunto, not on the server: at
 * 23:30 UTC it is already tomorrow in WITA.
 */

/** A run of calendar days `YYYY-MM-DD`, both ends included. */
export interface Period {
  from: string;
  to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day it is now in an IANA time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // formatToParts rather than a locale's pattern: no locale promises the order of its parts.
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`;
}

/**
 * The last twelve months ending today in the region: from the day after the same date a year ago
 * (29 February falls back to the 28th) to today, so the period never counts a day twice nor skips one.
 */
export function lastTwelveMonths(timeZone: string, now: Date = new Date()): Period {
  const to = todayIn(timeZone, now);
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const lastDayOfMonthAYearAgo = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const start = new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDayOfMonthAYearAgo) + 1));
  return { from: `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`, to };
}
