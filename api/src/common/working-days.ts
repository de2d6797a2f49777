import { DAYS_OFF } from './holidays.data.js';

/**
 * Working days (hari kerja) of Indonesian government offices: Monday to Friday, except the national
 * holidays and cuti bersama of the SKB 3 Menteri (holidays.data.ts). A unit answers a published
 * comment within 5 working days (SP4N-LAPOR!), counted in the region's own time zone: a comment
 * published on Friday evening in Jayapura is a Saturday's in no zone but its own.
 *
 * Conventions (both functions agree, so `countWorkingDays(t, addWorkingDays(t, n)) === n`):
 * - `addWorkingDays(t, n)`: the same local time of day on the n-th working day after t's local day.
 *   Published on Saturday at 10:00, 5 working days are due on Friday at 10:00; on Monday at 10:00,
 *   due the next Monday at 10:00.
 * - `countWorkingDays(a, b)`: how many working days lie after a's local day up to and including b's
 *   local day (0 when b is on a's day or before it).
 */

const OFF = new Set(DAYS_OFF.map((d) => d.date));
const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of `at` in `timeZone`, as if it were UTC (milliseconds kept). */
function wallClock(at: Date, timeZone: string): number {
  const parts = format(timeZone).formatToParts(at);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'), at.getUTCMilliseconds());
}

/** The instant whose wall-clock reading in `timeZone` is `wall` (Indonesia has no daylight saving; a gap or overlap elsewhere resolves to the earlier offset). */
function fromWallClock(wall: number, timeZone: string): Date {
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const offset = wallClock(new Date(guess), timeZone) - guess;
    const next = wall - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

const dayOf = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/** Whether a calendar day (YYYY-MM-DD) is a working day. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !OFF.has(day);
}

/** The instant `n` (≥ 0) working days after `at`, at the same local time of day in `timeZone`. */
export function addWorkingDays(at: Date, n: number, timeZone: string): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, 0 or more');
  let wall = wallClock(at, timeZone);
  for (let left = n; left > 0; ) {
    wall += DAY_MS;
    if (isWorkingDay(dayOf(wall))) left--;
  }
  return n === 0 ? at : fromWallClock(wall, timeZone);
}

/** Working days after `from`'s local day up to and including `to`'s local day, in `timeZone` (0 if `to` is not later). */
export function countWorkingDays(from: Date, to: Date, timeZone: string): number {
  const start = Date.parse(`${dayOf(wallClock(from, timeZone))}T00:00:00Z`);
  const end = Date.parse(`${dayOf(wallClock(to, timeZone))}T00:00:00Z`);
  let count = 0;
  for (let day = start + DAY_MS; day <= end; day += DAY_MS) if (isWorkingDay(dayOf(day))) count++;
  return count;
}

/**
 * The end of the `n`-th working day after `at`'s local day (local midnight after it): the answer
 * target "within n working days" (SP4N-LAPOR!). It depends only on the day of `at`, so a later
 * publication is never due earlier — what lets a list ordered by publication be ordered by due time.
 * A comment published on Friday at 15:00 or on Saturday at 09:00 is due at the end of the next Friday.
 */
export function workingDayDeadline(at: Date, n: number, timeZone: string): Date {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a whole number of days, 1 or more');
  let day = Date.parse(`${dayOf(wallClock(at, timeZone))}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    day += DAY_MS;
    if (isWorkingDay(dayOf(day))) left--;
  }
  return fromWallClock(day + DAY_MS, timeZone);
}
