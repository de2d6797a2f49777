import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from '@suara/skm';
import { toSatisfaction } from '../../src/modules/feedback/index.js';

const totals = (n: number, perElement: number[], firstDay = '2026-01-01', lastDay = '2026-12-31') => ({
  responseCount: n,
  sums: Object.fromEntries(SKM_ELEMENTS.map((e, i) => [e, perElement[i]!])),
  firstDay,
  lastDay,
});

describe('a satisfaction result', () => {
  it('reproduces the worked example of facts/SKM.md (76.94, B)', () => {
    // Ten responses whose element averages are 3.2, 3.0, 2.8, 3.9, 3.1, 3.0, 3.3, 2.5, 2.9.
    const s = toSatisfaction(totals(10, [32, 30, 28, 39, 31, 30, 33, 25, 29]), 1000);
    expect(s.ikm).toBe(76.94);
    expect(s.grade).toBe('B');
    expect(s.elements.map((e) => e.average)).toEqual([3.2, 3.0, 2.8, 3.9, 3.1, 3.0, 3.3, 2.5, 2.9]);
  });

  it('shows nothing that could identify a respondent below 5 responses', () => {
    const s = toSatisfaction(totals(4, [16, 16, 16, 16, 16, 16, 16, 16, 16]), 1000);
    expect(s).toMatchObject({ responseCount: 4, ikm: null, grade: null, elements: [], provisional: true });
  });

  it('is provisional below the sample size of the users expected in the period', () => {
    // 36,500 users a year over 10 days → a population of 1,000 → 278 responses needed.
    const s = toSatisfaction(totals(277, Array(9).fill(277 * 3)), 36_500, { from: '2026-03-01', to: '2026-03-10' });
    expect(s.requiredSampleSize).toBe(278);
    expect(s.provisional).toBe(true);
    expect(toSatisfaction(totals(278, Array(9).fill(278 * 3)), 36_500, { from: '2026-03-01', to: '2026-03-10' }).provisional).toBe(false);
  });
});

describe('the last N months in a region', () => {
  it('ends today in the region’s own time zone', async () => {
    const { todayIn } = await import('../../src/common/calendar.js');
    // 23:30 UTC on 31 May is already 1 June in Mataram (WITA) but still 31 May in London.
    const instant = new Date('2026-05-31T23:30:00Z');
    expect(todayIn('Asia/Makassar', instant)).toBe('2026-06-01');
    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-06-01');
    expect(todayIn('Europe/London', instant)).toBe('2026-06-01');
    expect(todayIn('America/New_York', instant)).toBe('2026-05-31');
  });

  it('starts the day after the same date, never counting a day twice', async () => {
    const { lastMonths } = await import('../../src/common/calendar.js');
    expect(lastMonths('2026-11-23', 12)).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(lastMonths('2026-03-31', 1)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(lastMonths('2028-02-29', 12)).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(lastMonths('2026-01-15', 3)).toEqual({ from: '2025-10-16', to: '2026-01-15' });
  });
});
