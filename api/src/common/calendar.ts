/**
 * Calendar days (`YYYY-MM-DD`) in a region's own time zone: a `Date` in the API is such a day
 * (CONTRACT.md), so "today" is today in Mataram or Sawahlunto, not on the server.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day it is now in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  // formatToParts rather than a locale's pattern: no locale promises the order of its parts.
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`;
}

/**
 * The last `months` months ending on `to`: from the day after the same date `months` months
 * earlier (a 31st or 29 February falls back to the month's last day), so consecutive periods
 * neither count a day twice nor skip one.
 */
export function lastMonths(to: string, months: number): { from: string; to: string } {
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(y, m, Math.min(day, lastDay) + 1));
  return { from: `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`, to };
}
