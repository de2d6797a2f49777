import { describe, expect, it } from 'vitest';
import { lastTwelveMonths, todayIn } from './period';

const daysIn = ({ from, to }: { from: string; to: string }) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

describe('today in a region', () => {
  it('is the region’s calendar day, not the server’s', () => {
    // 16:30 UTC is 00:30 the next day in WITA (UTC+8), still 23:30 in WIB (UTC+7).
    const now = new Date('2026-11-23T16:30:00Z');
    expect(todayIn('Asia/Makassar', now)).toBe('2026-11-24');
    expect(todayIn('Asia/Jakarta', now)).toBe('2026-11-23');
    expect(todayIn('UTC', now)).toBe('2026-11-23');
  });
});

describe('the last twelve months', () => {
  it('ends today in the region and starts the day after the same date a year earlier', () => {
    expect(lastTwelveMonths('Asia/Makassar', new Date('2026-11-23T02:00:00Z'))).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(lastTwelveMonths('Asia/Makassar', new Date('2026-11-23T16:30:00Z'))).toEqual({ from: '2025-11-25', to: '2026-11-24' });
    expect(lastTwelveMonths('Asia/Jakarta', new Date('2026-11-23T16:30:00Z'))).toEqual({ from: '2025-11-24', to: '2026-11-23' });
  });

  it('crosses the turn of the year and the end of a month', () => {
    expect(lastTwelveMonths('Asia/Jakarta', new Date('2027-01-01T05:00:00Z'))).toEqual({ from: '2026-01-02', to: '2027-01-01' });
    expect(lastTwelveMonths('Asia/Jakarta', new Date('2026-12-31T05:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('handles 29 February: a year before it is the 28th, so that period starts on 1 March; a year after, it starts on the leap day', () => {
    expect(lastTwelveMonths('Asia/Makassar', new Date('2028-02-29T05:00:00Z'))).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(lastTwelveMonths('Asia/Makassar', new Date('2029-02-28T05:00:00Z'))).toEqual({ from: '2028-02-29', to: '2029-02-28' });
  });

  it('covers every day exactly once: 365 days, or 366 when it holds a 29 February', () => {
    const start = Date.parse('2027-01-01T04:00:00Z');
    for (let day = 0; day < 3 * 366; day++) {
      const period = lastTwelveMonths('Asia/Makassar', new Date(start + day * 86_400_000));
      const holdsLeapDay = period.from <= '2028-02-29' && '2028-02-29' <= period.to;
      expect(daysIn(period), JSON.stringify(period)).toBe(holdsLeapDay ? 366 : 365);
    }
  });
});
