import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProvisional, sampleSize } from '../src/index.js';

describe('sample size (Krejcie & Morgan)', () => {
  it.each([
    [100, 80],
    [1_000, 278],
    [10_000, 370],
    [50_000, 381],
    [1_000_000, 384],
  ])('asks %i users of a service for %i responses, as facts/SKM.md lists', (population, size) => {
    expect(sampleSize(population)).toBe(size);
  });

  it.each([
    [10, 10],
    [20, 19],
    [30, 28],
    [75_000, 382],
  ])('agrees with the published Krejcie–Morgan table: %i → %i', (population, size) => {
    expect(sampleSize(population)).toBe(size);
  });

  it('asks everyone in a tiny population and nobody in an empty one', () => {
    expect(sampleSize(0)).toBe(0);
    expect(sampleSize(1)).toBe(1);
    expect(sampleSize(2)).toBe(2);
  });

  it('never asks for more responses than there are users, grows with the population and stays at most 384', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1000 }), (n, extra) => {
        const s = sampleSize(n);
        expect(s).toBeLessThanOrEqual(n);
        expect(s).toBeLessThanOrEqual(384);
        expect(sampleSize(n + extra)).toBeGreaterThanOrEqual(s);
      }),
    );
  });

  it('counts whole users only: 100.9 users are 100', () => {
    expect(sampleSize(100.9)).toBe(80);
  });

  it('refuses a negative or non-finite population', () => {
    expect(() => sampleSize(-1)).toThrow(RangeError);
    expect(() => sampleSize(Number.NaN)).toThrow(RangeError);
    expect(() => sampleSize(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('provisional results', () => {
  it('marks 277 responses from 1,000 users as provisional and 278 as final', () => {
    expect(isProvisional(277, 1_000)).toBe(true);
    expect(isProvisional(278, 1_000)).toBe(false);
    expect(isProvisional(500, 1_000)).toBe(false);
  });

  it('needs 384 responses for a very large population', () => {
    expect(isProvisional(383, 1_000_000)).toBe(true);
    expect(isProvisional(384, 1_000_000)).toBe(false);
  });
});
