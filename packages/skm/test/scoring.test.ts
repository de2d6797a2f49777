import { describe, expect, it } from 'vitest';
import {
  GRADE_LABEL,
  MIN_RESPONSES_FOR_SCORE,
  SKM_ELEMENTS,
  elementAverage,
  elementAverages,
  gradeOf,
  ikmFromAverages,
  ikmFromTotals,
  roundHalfUp2,
  summarize,
  type ElementTotal,
} from '../src/index.js';

/** Totals of `count` responses that each scored all nine elements, with these per-element sums. */
function uniform(count: number, sums: readonly number[]): ElementTotal[] {
  return SKM_ELEMENTS.map((element, i) => ({ element, sum: sums[i]!, count }));
}

/**
 * What a spreadsheet or a float implementation computes: the mean of float averages, ×25, rounded.
 * Used only to show that an example really is a trap for binary floats.
 */
function floatIkm(totals: readonly ElementTotal[]): number {
  const mean = totals.reduce((acc, t) => acc + t.sum / t.count, 0) / 9;
  return Math.round(25 * mean * 100) / 100;
}

describe('the worked example of facts/SKM.md', () => {
  const averages = [3.2, 3.0, 2.8, 3.9, 3.1, 3.0, 3.3, 2.5, 2.9];

  it('scores averages 3.2, 3.0, 2.8, 3.9, 3.1, 3.0, 3.3, 2.5, 2.9 as 76.94, B (Baik)', () => {
    const ikm = ikmFromAverages(averages);
    expect(ikm).toBe(76.94);
    expect(gradeOf(ikm)).toBe('B');
    expect(GRADE_LABEL.id[gradeOf(ikm)]).toBe('Baik');
  });

  it('gives the same 76.94 and B from ten responses with those averages', () => {
    const totals = uniform(10, [32, 30, 28, 39, 31, 30, 33, 25, 29]);
    expect(ikmFromTotals(totals)).toBe(76.94);
    expect(summarize(10, totals)).toEqual({
      responseCount: 10,
      elements: SKM_ELEMENTS.map((element, i) => ({ element, average: averages[i] })),
      ikm: 76.94,
      grade: 'B',
    });
  });
});

describe('grade bands, read from the rounded value', () => {
  it.each([
    [25, 'D'],
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ] as const)('grades %s as %s', (ikm, grade) => {
    expect(gradeOf(ikm)).toBe(grade);
  });

  it('grades 76.61 as B (Baik) and 76.60 as C (Kurang Baik)', () => {
    expect([gradeOf(76.61), GRADE_LABEL.id[gradeOf(76.61)]]).toEqual(['B', 'Baik']);
    expect([gradeOf(76.6), GRADE_LABEL.id[gradeOf(76.6)]]).toEqual(['C', 'Kurang Baik']);
  });

  it('names the four grades as the regulation does', () => {
    expect(GRADE_LABEL.id).toEqual({ A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' });
  });
});

describe('band edges reached from real response totals', () => {
  it('shows exactly 76.60 (C) for 125 responses totalling 3,447 and 88.30 (B) for 250 totalling 7,947', () => {
    // 2500 × 3447 ÷ (9 × 125) = 7660 hundredths exactly; 2500 × 7947 ÷ (9 × 250) = 8830.
    const c = uniform(125, [383, 383, 383, 383, 383, 383, 383, 383, 383]);
    expect(ikmFromTotals(c)).toBe(76.6);
    expect(summarize(125, c).grade).toBe('C');
    const b = uniform(250, [883, 883, 883, 883, 883, 883, 883, 883, 883]);
    expect(ikmFromTotals(b)).toBe(88.3);
    expect(summarize(250, b).grade).toBe('B');
  });

  it('shows exactly 64.99 (D) for 2,500 responses totalling 58,491 and 76.61 (B) for 2,500 totalling 68,949', () => {
    const d = uniform(2500, [6499, 6499, 6499, 6499, 6499, 6499, 6499, 6499, 6499]);
    expect(ikmFromTotals(d)).toBe(64.99);
    expect(summarize(2500, d).grade).toBe('D');
    const b = uniform(2500, [7661, 7661, 7661, 7661, 7661, 7661, 7661, 7661, 7661]);
    expect(ikmFromTotals(b)).toBe(76.61);
    expect(summarize(2500, b).grade).toBe('B');
  });

  it('rounds an exact 76.605 up to 76.61 (B), where a float implementation shows 76.60 (C)', () => {
    // 5,000 responses, total 137,889: 2500 × 137889 ÷ (9 × 5000) = 7660.5 hundredths exactly.
    const totals = uniform(5000, [14953, 15169, 14377, 16313, 16241, 15017, 16777, 12105, 16937]);
    expect(totals.reduce((a, t) => a + t.sum, 0)).toBe(137_889);
    expect(floatIkm(totals)).toBe(76.6);
    expect(ikmFromTotals(totals)).toBe(76.61);
    expect(summarize(5000, totals).grade).toBe('B');
  });

  it('keeps 76.60 (C) one score below that, at 76.6044…', () => {
    const totals = uniform(5000, [14953, 15169, 14377, 16313, 16241, 15017, 16777, 12105, 16936]);
    expect(ikmFromTotals(totals)).toBe(76.6);
    expect(summarize(5000, totals).grade).toBe('C');
  });

  it('rounds an exact 88.305 up to 88.31 (A), where a float implementation shows 88.30 (B)', () => {
    // Total 158,949: 2500 × 158949 ÷ 45000 = 8830.5.
    const totals = uniform(5000, [17501, 17261, 16173, 17773, 19101, 17709, 19965, 13997, 19469]);
    expect(totals.reduce((a, t) => a + t.sum, 0)).toBe(158_949);
    expect(floatIkm(totals)).toBe(88.3);
    expect(ikmFromTotals(totals)).toBe(88.31);
    expect(summarize(5000, totals).grade).toBe('A');
  });

  it('rounds an exact 64.995 up to 65.00 (C), where a float implementation shows 64.99 (D)', () => {
    // Total 116,991: 2500 × 116991 ÷ 45000 = 6499.5.
    const totals = uniform(5000, [10839, 14839, 11127, 12327, 12711, 11359, 13327, 13495, 16967]);
    expect(totals.reduce((a, t) => a + t.sum, 0)).toBe(116_991);
    expect(floatIkm(totals)).toBe(64.99);
    expect(ikmFromTotals(totals)).toBe(65);
    expect(summarize(5000, totals).grade).toBe('C');
  });

  it('rounds an exact 78.125 from 24 responses up to 78.13, where a float implementation shows 78.12', () => {
    // Total 675: 2500 × 675 ÷ (9 × 24) = 7812.5.
    const totals = uniform(24, [78, 88, 82, 85, 70, 65, 72, 73, 62]);
    expect(floatIkm(totals)).toBe(78.12);
    expect(ikmFromTotals(totals)).toBe(78.13);
  });

  it('grades an average of 3.0642 on the 1–4 scale as B: 76.605 rounds to 76.61', () => {
    // facts/SKM.md prints the B band on the 1–4 scale as from 3.0644, but it also says the grade is
    // read from the rounded converted value; 9 × 15,321 ÷ 5,000 averages 3.0642 → 76.605 → 76.61.
    const totals = uniform(5000, Array(9).fill(15321));
    expect(ikmFromTotals(totals)).toBe(76.61);
    expect(summarize(5000, totals).grade).toBe('B');
  });

  it('weighs each element by its own count when some responses skipped an element', () => {
    // Eight elements average 30/10 = 3, the ninth 7/2 = 3.5 (only two responses scored it):
    // mean = (24 + 3.5) / 9 = 3.0556 → 76.388… → 76.39. Pooling all 82 scores would give 75.30.
    const totals: ElementTotal[] = SKM_ELEMENTS.map((element, i) =>
      i === 8 ? { element, sum: 7, count: 2 } : { element, sum: 30, count: 10 },
    );
    expect(ikmFromTotals(totals)).toBe(76.39);
  });
});

describe('a score is only given when every element was scored', () => {
  it('gives no IKM when an element has no scores at all', () => {
    const totals = uniform(10, Array(9).fill(30)).slice(0, 8);
    expect(ikmFromTotals(totals)).toBeNull();
    expect(ikmFromTotals([])).toBeNull();
  });

  it('gives no IKM when an element was listed with a count of zero', () => {
    const totals = uniform(10, Array(9).fill(30));
    totals[3] = { element: totals[3]!.element, sum: 0, count: 0 };
    expect(ikmFromTotals(totals)).toBeNull();
    expect(elementAverages(totals).map((a) => a.element)).not.toContain('BIAYA_TARIF');
  });

  it('refuses an IKM from fewer than nine element averages', () => {
    expect(() => ikmFromAverages([3, 3, 3, 3, 3, 3, 3, 3])).toThrow(RangeError);
  });

  it('refuses the average of an element nobody scored', () => {
    expect(() => elementAverage(0, 0)).toThrow(RangeError);
    expect(elementAverage(7, 2)).toBe(3.5);
  });
});

describe('small results stay hidden', () => {
  it(`shows no IKM or grade for ${MIN_RESPONSES_FOR_SCORE - 1} responses and shows them for ${MIN_RESPONSES_FOR_SCORE}`, () => {
    expect(MIN_RESPONSES_FOR_SCORE).toBe(5);
    const four = summarize(4, uniform(4, Array(9).fill(16)));
    expect(four).toMatchObject({ responseCount: 4, ikm: null, grade: null });
    const five = summarize(5, uniform(5, Array(9).fill(20)));
    expect(five).toMatchObject({ responseCount: 5, ikm: 100, grade: 'A' });
  });
});

describe('rounding when only averages are known', () => {
  it('rounds 76.945 up to 76.95 although the float product is 76.944999…', () => {
    expect(Math.round(76.945 * 100) / 100).toBe(76.94); // the trap
    expect(roundHalfUp2(76.945)).toBe(76.95);
    expect(ikmFromAverages(Array(9).fill(3.0778))).toBe(76.95);
  });

  it.each([
    [1.005, 1.01],
    [64.995, 65],
    [76.605, 76.61],
    [88.305, 88.31],
    [76.6049, 76.6],
    [100, 100],
    [25, 25],
  ])('rounds %s to %s', (value, rounded) => {
    expect(roundHalfUp2(value)).toBe(rounded);
  });
});
