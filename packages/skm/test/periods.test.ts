import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  bucketsBetween,
  completePeriodsSince,
  lastCompletePeriod,
  parsePeriodKey,
  periodState,
  previousPeriod,
  surveyPeriodOf,
} from '../src/periods.js';

describe('survey periods (facts/LAPORAN.md)', () => {
  it('are calendar semesters by default: January–June and July–December', () => {
    expect(surveyPeriodOf('2026-03-15', 'SEMESTER')).toEqual({ kind: 'SEMESTER', key: '2026-S1', from: '2026-01-01', to: '2026-06-30' });
    expect(surveyPeriodOf('2026-07-01', 'SEMESTER')).toEqual({ kind: 'SEMESTER', key: '2026-S2', from: '2026-07-01', to: '2026-12-31' });
  });

  it('can be quarters or years', () => {
    expect(surveyPeriodOf('2024-02-29', 'QUARTER')).toMatchObject({ key: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(surveyPeriodOf('2026-11-29', 'QUARTER')).toMatchObject({ key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(surveyPeriodOf('2026-11-29', 'YEAR')).toMatchObject({ key: '2026', from: '2026-01-01', to: '2026-12-31' });
  });

  it('compare with the previous period of the same length, across a year end', () => {
    expect(previousPeriod(surveyPeriodOf('2026-02-01', 'SEMESTER')).key).toBe('2025-S2');
    expect(previousPeriod(surveyPeriodOf('2026-02-01', 'QUARTER')).key).toBe('2025-Q4');
    expect(previousPeriod(surveyPeriodOf('2026-02-01', 'YEAR')).key).toBe('2025');
  });

  it('call a period that has not ended running, never complete', () => {
    const s2 = surveyPeriodOf('2026-11-29', 'SEMESTER');
    expect(periodState(s2, '2026-11-29')).toBe('RUNNING');
    expect(periodState(s2, '2026-12-31')).toBe('RUNNING');
    expect(periodState(s2, '2027-01-01')).toBe('COMPLETE');
    expect(periodState(s2, '2026-06-30')).toBe('FUTURE');
    expect(lastCompletePeriod('SEMESTER', '2026-11-29').key).toBe('2026-S1');
  });

  it('list complete periods oldest first', () => {
    expect(completePeriodsSince('QUARTER', '2025-11-30', '2026-11-29').map((p) => p.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('read back from their keys and refuse what is not one', () => {
    for (const key of ['2026-S1', '2026-S2', '2025-Q4', '2026']) expect(parsePeriodKey(key)?.key).toBe(key);
    for (const key of ['2026-S3', '2026-Q5', '26-S1', '2026-H1', '']) expect(parsePeriodKey(key)).toBeNull();
  });
});

describe('trend buckets', () => {
  it('start weeks on Monday (ISO), months and quarters on their first day', () => {
    expect(bucketStart('2026-11-29', 'WEEK')).toBe('2026-11-23'); // a Sunday
    expect(bucketStart('2026-11-23', 'WEEK')).toBe('2026-11-23');
    expect(bucketStart('2026-11-29', 'MONTH')).toBe('2026-11-01');
    expect(bucketStart('2026-11-29', 'QUARTER')).toBe('2026-10-01');
  });

  it('cover a range without gaps', () => {
    expect(bucketsBetween('2025-12-15', '2026-03-01', 'MONTH')).toEqual(['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01']);
    expect(bucketsBetween('2026-01-01', '2026-01-14', 'WEEK')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
  });
});
