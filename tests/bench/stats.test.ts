import { describe, expect, it } from 'vitest';
import { fmt, formatTable, parseProcStatus, percentile } from './stats.js';

describe('percentile', () => {
  it('is a latency some request really had (nearest rank), whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 90)).toBe(9);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 100)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('of one sample is that sample, of none is NaN', () => {
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('p99 of 1,000 samples is the 990th, not the slowest', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(990);
  });

  it('refuses a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('parseProcStatus', () => {
  it('reads the resident and peak memory in MB', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  262144 kB\nVmRSS:\t  131072 kB\nThreads:\t11\n';
    expect(parseProcStatus(status)).toEqual({ rssMb: 128, peakMb: 256 });
  });

  it('gives null when a line is missing (a zombie has no VmRSS)', () => {
    expect(parseProcStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
  });
});

describe('formatTable', () => {
  it('aligns numbers right and text left under a rule', () => {
    const table = formatTable(['measure', 'req/s'], [['a', '1,234'], ['longer name', '5']]);
    expect(table.split('\n')).toEqual(['measure      req/s', '───────────  ─────', 'a            1,234', 'longer name      5']);
  });

  it('prints a missing figure as a dash', () => {
    expect(fmt(null)).toBe('—');
    expect(fmt(Number.NaN)).toBe('—');
    expect(fmt(1234.567, 1)).toBe('1,234.6');
  });
});
