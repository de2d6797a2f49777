import { describe, expect, it } from 'vitest';
import {
  ALERT_MIN_RESPONSES,
  alertRanges,
  checkQualityRange,
  declineOf,
  fallingElements,
  previousRange,
  trendBuckets,
  type AlertSide,
} from '../../src/modules/insights/index.js';
import { BadInputError } from '../../src/common/errors.js';

const side = (responseCount: number, ikm: number | null, grade: AlertSide['grade'], averages: number[] = []): AlertSide => ({
  responseCount,
  ikm,
  grade,
  elements: averages.map((average, i) => ({ element: `E${i}`, average })),
});

describe('trend buckets', () => {
  it('cut the first and last bucket at from/to and mark them partial; whole buckets in between are complete', () => {
    const months = trendBuckets('2026-01-15', '2026-04-10', 'MONTH', '2026-11-01');
    expect(months.map((b) => [b.periodStart, b.countedFrom, b.periodEnd, b.complete])).toEqual([
      ['2026-01-01', '2026-01-15', '2026-01-31', false],
      ['2026-02-01', '2026-02-01', '2026-02-28', true],
      ['2026-03-01', '2026-03-01', '2026-03-31', true],
      ['2026-04-01', '2026-04-01', '2026-04-10', false],
    ]);
  });

  it('start ISO weeks on Monday and quarters on January, April, July, October', () => {
    const weeks = trendBuckets('2026-06-03', '2026-06-21', 'WEEK', '2026-11-01');
    expect(weeks.map((b) => b.periodStart)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15']);
    expect(weeks.map((b) => b.complete)).toEqual([false, true, true]);
    expect(trendBuckets('2025-12-31', '2026-12-31', 'QUARTER', '2027-01-05').map((b) => b.periodStart)).toEqual([
      '2025-10-01',
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });

  it('mark the bucket holding today partial, even when the range covers it whole', () => {
    const [running] = trendBuckets('2026-11-01', '2026-11-30', 'MONTH', '2026-11-29');
    expect(running!.complete).toBe(false);
    const [over] = trendBuckets('2026-10-01', '2026-10-31', 'MONTH', '2026-11-01');
    expect(over!.complete).toBe(true);
  });

  it('give at most 106 weekly points over the longest range allowed', () => {
    checkQualityRange('2025-01-01', '2026-12-31');
    expect(trendBuckets('2025-01-01', '2026-12-31', 'WEEK', '2027-01-01').length).toBeLessThanOrEqual(106);
    expect(() => checkQualityRange('2025-01-01', '2027-01-02')).toThrow(BadInputError);
    expect(() => checkQualityRange('2026-02-01', '2026-01-31')).toThrow(BadInputError);
  });
});

describe('previous ranges', () => {
  it('take the equal-length range just before `from` for the ranking', () => {
    // 91 days (April–June) against the 91 days before: 31 December to 31 March.
    expect(previousRange('2026-04-01', '2026-06-30')).toEqual({ from: '2025-12-31', to: '2026-03-31' });
    expect(previousRange('2026-07-01', '2026-12-31')).toEqual({ from: '2025-12-29', to: '2026-06-30' });
    expect(previousRange('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('end the alert window yesterday and put the window before right against it', () => {
    expect(alertRanges('2026-11-01', 90)).toEqual({ from: '2026-08-03', to: '2026-10-31', previousFrom: '2026-05-05', previousTo: '2026-08-02' });
  });
});

describe('the decline alert rule', () => {
  it('alerts on a fall of 5 IKM points or more', () => {
    expect(declineOf(side(40, 75, 'C'), side(40, 80, 'C'))).toBe(-5);
    expect(declineOf(side(40, 75.01, 'C'), side(40, 80, 'C'))).toBeNull();
  });

  it('alerts on a fall of grade however small the IKM change', () => {
    expect(declineOf(side(40, 76.6, 'C'), side(40, 76.62, 'B'))).toBe(-0.02);
    expect(declineOf(side(40, 88.5, 'B'), side(40, 76.62, 'B'))).toBeNull();
  });

  it('stays silent with too few responses on either side', () => {
    expect(declineOf(side(ALERT_MIN_RESPONSES - 1, 50, 'D'), side(500, 90, 'A'))).toBeNull();
    expect(declineOf(side(500, 50, 'D'), side(ALERT_MIN_RESPONSES - 1, 90, 'A'))).toBeNull();
    expect(declineOf(side(ALERT_MIN_RESPONSES, 50, 'D'), side(ALERT_MIN_RESPONSES, 90, 'A'))).toBe(-40);
  });

  it('names the three elements that fell most, largest fall first, and only elements that fell', () => {
    const falling = fallingElements(side(40, 70, 'C', [3, 2, 2.5, 3.5, 1.5]), side(40, 80, 'B', [3.1, 3, 2.6, 3.2, 3]));
    expect(falling.map((e) => [e.element, Number(e.change.toFixed(2))])).toEqual([
      ['E4', -1.5],
      ['E1', -1],
      ['E0', -0.1],
    ]);
    expect(fallingElements(side(40, 90, 'A', [4, 4]), side(40, 80, 'B', [3, 3]))).toEqual([]);
  });
});
