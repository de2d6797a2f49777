import { describe, expect, it } from 'vitest';
import { DAYS_OFF } from '../../src/common/holidays.data.js';
import { addWorkingDays, countWorkingDays, isWorkingDay, workingDayDeadline } from '../../src/common/working-days.js';

const WITA = 'Asia/Makassar'; // Mataram, Mamuju, Kupang
const WIB = 'Asia/Jakarta'; // Sawahlunto
const at = (iso: string) => new Date(iso);

describe('working days of government offices', () => {
  it('skips the weekend: a comment published on Friday is due the next Friday, not on Wednesday', () => {
    // Friday 2026-11-06 10:00 WITA.
    expect(addWorkingDays(at('2026-11-06T02:00:00Z'), 5, WITA).toISOString()).toBe('2026-11-13T02:00:00.000Z');
    // Published on Saturday: the five days are Monday to Friday.
    expect(addWorkingDays(at('2026-11-07T02:00:00Z'), 5, WITA).toISOString()).toBe('2026-11-13T02:00:00.000Z');
    expect(countWorkingDays(at('2026-11-06T02:00:00Z'), at('2026-11-09T01:00:00Z'), WITA)).toBe(1);
  });

  it('closes the whole Lebaran week of 2026 (Nyepi, Idulfitri and cuti bersama)', () => {
    // Tuesday 17 March 2026; 18–24 March are Nyepi, Idulfitri and cuti bersama or weekend.
    for (const day of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    expect(addWorkingDays(at('2026-03-17T01:30:00Z'), 1, WITA).toISOString()).toBe('2026-03-25T01:30:00.000Z');
    expect(addWorkingDays(at('2026-03-17T01:30:00Z'), 5, WITA).toISOString()).toBe('2026-03-31T01:30:00.000Z');
    expect(countWorkingDays(at('2026-03-17T01:30:00Z'), at('2026-03-24T09:00:00Z'), WITA)).toBe(0);
  });

  it('closes Lebaran 2025 from Nyepi on 28 March to the last cuti bersama on 7 April', () => {
    // Thursday 27 March 2025 → the next working day is Tuesday 8 April.
    expect(addWorkingDays(at('2025-03-27T03:00:00Z'), 1, WIB).toISOString()).toBe('2025-04-08T03:00:00.000Z');
    expect(countWorkingDays(at('2025-03-27T03:00:00Z'), at('2025-04-08T03:00:00Z'), WIB)).toBe(1);
  });

  it('crosses the year boundary over Christmas, New Year and the weekend', () => {
    // Wednesday 23 December 2026: 24 (cuti bersama) and 25 (Natal) are closed, then the weekend.
    expect(addWorkingDays(at('2026-12-23T02:00:00Z'), 1, WITA).toISOString()).toBe('2026-12-28T02:00:00.000Z');
    // Thursday 31 December 2026 → 1 January 2027 is a holiday, then the weekend.
    expect(addWorkingDays(at('2026-12-31T02:00:00Z'), 1, WITA).toISOString()).toBe('2027-01-04T02:00:00.000Z');
    expect(addWorkingDays(at('2026-12-23T02:00:00Z'), 5, WITA).toISOString()).toBe('2027-01-04T02:00:00.000Z');
    expect(countWorkingDays(at('2026-12-23T02:00:00Z'), at('2027-01-04T02:00:00Z'), WITA)).toBe(5);
  });

  it('counts days in the region’s own time zone, not the server’s', () => {
    // 17:30 UTC on Friday is already Saturday 00:30 in Makassar time (UTC+8) but still Friday in Jakarta.
    const lateFriday = at('2026-11-06T16:30:00Z');
    expect(addWorkingDays(lateFriday, 1, WITA).toISOString()).toBe('2026-11-08T16:30:00.000Z');
    expect(addWorkingDays(lateFriday, 1, WIB).toISOString()).toBe('2026-11-09T16:30:00.000Z');
    // A day's count changes at local midnight: Monday 00:30 WITA is Sunday 23:30 WIB.
    expect(countWorkingDays(at('2026-11-06T02:00:00Z'), at('2026-11-08T16:30:00Z'), WITA)).toBe(1);
    expect(countWorkingDays(at('2026-11-06T02:00:00Z'), at('2026-11-08T16:30:00Z'), WIB)).toBe(0);
  });

  it('adds and counts consistently over many starting instants', () => {
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-06-01T00:00:00Z'); t += 13 * 3_600_000 + 17 * 60_000) {
      const start = new Date(t);
      const due = addWorkingDays(start, 5, WITA);
      expect(countWorkingDays(start, due, WITA)).toBe(5);
      expect(due.getTime()).toBeGreaterThan(t);
    }
  });

  it('sets the answer deadline at the end of the fifth working day, the same for a Friday afternoon and a Saturday', () => {
    // End of Friday 13 November 2026 in Mataram (24:00 WITA = 16:00 UTC).
    expect(workingDayDeadline(at('2026-11-06T07:00:00Z'), 5, WITA).toISOString()).toBe('2026-11-13T16:00:00.000Z');
    expect(workingDayDeadline(at('2026-11-07T01:00:00Z'), 5, WITA).toISOString()).toBe('2026-11-13T16:00:00.000Z');
    // Across Lebaran 2026: Tuesday 17 March is due at the end of Tuesday 31 March.
    expect(workingDayDeadline(at('2026-03-17T01:30:00Z'), 5, WITA).toISOString()).toBe('2026-03-31T16:00:00.000Z');
    // Sawahlunto's midnight is an hour later in UTC.
    expect(workingDayDeadline(at('2026-11-06T03:00:00Z'), 5, WIB).toISOString()).toBe('2026-11-13T17:00:00.000Z');
    // Never earlier for a later publication.
    let previous = 0;
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-31T00:00:00Z'); t += 5 * 3_600_000 + 11 * 60_000) {
      const due = workingDayDeadline(new Date(t), 5, WITA).getTime();
      expect(due).toBeGreaterThanOrEqual(previous);
      expect(countWorkingDays(new Date(t), new Date(due - 1), WITA)).toBe(5);
      previous = due;
    }
  });

  it('lists every day off once, with a name, in the three years', () => {
    const dates = DAYS_OFF.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const year of ['2025', '2026', '2027']) expect(dates.filter((d) => d.startsWith(year)).length).toBeGreaterThan(12);
    for (const d of DAYS_OFF) {
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.date);
      expect(d.name.length).toBeGreaterThan(3);
    }
  });
});
