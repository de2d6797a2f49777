import { describe, expect, it } from 'vitest';
import { bytesNeeded, chunks, chunkSeed, fillStatement, parseScales, scaleLabel, serviceQuality } from './scale-fill.js';

describe('the scale bench generator', () => {
  it('asks for the issue\'s three scales unless told otherwise, smallest first, each once', () => {
    expect(parseScales(undefined)).toEqual([10_000, 1_000_000, 10_000_000]);
    expect(parseScales('')).toEqual([10_000, 1_000_000, 10_000_000]);
    expect(parseScales('1m, 10k,1M')).toEqual([10_000, 1_000_000]);
    expect(parseScales('250000')).toEqual([250_000]);
    expect(() => parseScales('10x')).toThrow(/10x/);
    expect(() => parseScales('0')).toThrow();
  });

  it('prints scales as people say them', () => {
    expect([10_000, 1_000_000, 10_000_000, 250_000, 1234].map(scaleLabel)).toEqual(['10k', '1M', '10M', '250k', '1234']);
  });

  it('fills every row exactly once, in chunks no larger than asked', () => {
    for (const [n, size] of [
      [10_000, 500_000],
      [1_000_000, 500_000],
      [1_000_001, 500_000],
      [7, 3],
    ] as const) {
      const parts = chunks(n, size);
      expect(parts[0]![0]).toBe(1);
      expect(parts.at(-1)![1]).toBe(n);
      for (const [i, [first, last]] of parts.entries()) {
        expect(last - first + 1).toBeLessThanOrEqual(size);
        if (i > 0) expect(first).toBe(parts[i - 1]![1] + 1);
      }
      expect(parts.reduce((sum, [first, last]) => sum + last - first + 1, 0)).toBe(n);
    }
    expect(chunks(10_000_000, 500_000)).toHaveLength(20);
  });

  it('seeds each chunk with its own repeatable number in setseed\'s range', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => chunkSeed(i));
    for (const seed of seeds) expect(seed >= -1 && seed <= 1).toBe(true);
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(chunkSeed(3)).toBe(chunkSeed(3));
  });

  it('gives services typical scores from 2.5 to 3.7, so that grades differ between services', () => {
    const q = Array.from({ length: 64 }, (_, k) => serviceQuality(k));
    expect(Math.min(...q)).toBeCloseTo(2.5);
    expect(Math.max(...q)).toBeCloseTo(3.7);
  });

  it('the SQL numbers the rows it was given and derives their unique keys from the row number', () => {
    const sql = fillStatement(500_001, 1_000_000, '2026-11-29');
    expect(sql).toContain('generate_series(500001::bigint, 1000000::bigint)');
    expect(sql).toContain("'B' || lpad(x.g::text, 13, '0')");
    expect(sql).toContain("'bench-' || x.g");
    expect(sql).toContain("('2026-11-29'::date - 730)");
    // The receipt code fits its column (varchar 16) for every scale the bench can ask for.
    expect(`B${String(10_000_000).padStart(13, '0')}`.length).toBeLessThanOrEqual(16);
    expect(() => fillStatement(10, 5, '2026-11-29')).toThrow();
    expect(() => fillStatement(1, 5, "2026-11-29'; drop table feedback; --")).toThrow();
  });

  it('asks for the disk a 10M fill needs (about 6 GB with its WAL)', () => {
    expect(bytesNeeded(10_000_000) / 2 ** 30).toBeGreaterThan(5);
    expect(bytesNeeded(10_000_000) / 2 ** 30).toBeLessThan(8);
  });
});
