import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SCORE,
  MIN_RESPONSES_FOR_SCORE,
  MIN_SCORE,
  SKM_ELEMENTS,
  gradeOf,
  ikmFromAverages,
  ikmFromTotals,
  summarize,
  type ElementTotal,
  type Grade,
} from '../src/index.js';

/** One questionnaire: the nine scores in the regulation's order; null where the element was skipped. */
type Response = ReadonlyArray<number | null>;

const score = fc.integer({ min: MIN_SCORE, max: MAX_SCORE });
const fullResponse = fc.array(score, { minLength: 9, maxLength: 9 });
// size 'max': without it fast-check keeps arrays near ten items, far from a real year of 500 responses.
const fullResponses = fc.array(fullResponse, { minLength: 1, maxLength: 500, size: 'max' });
/** Responses where any element may be skipped (each element then has its own count). */
const patchyResponses = fc.array(fc.array(fc.option(score, { freq: 4 }), { minLength: 9, maxLength: 9 }), {
  minLength: 1,
  maxLength: 200,
  size: 'max',
});

function totalsOf(responses: readonly Response[]): ElementTotal[] {
  return SKM_ELEMENTS.map((element, i) => {
    let sum = 0;
    let count = 0;
    for (const r of responses) {
      const s = r[i];
      if (s != null) {
        sum += s;
        count += 1;
      }
    }
    return { element, sum, count };
  });
}

/**
 * The reference, written the long way: the exact converted value is 2500 × Σ (sumᵢ / countᵢ) ÷ 9
 * hundredths. Over the common denominator D = Π countᵢ that is 2500 × Σ sumᵢ·(D / countᵢ) ÷ (9·D);
 * integer division gives the hundredths and the remainder decides the half-up rounding. The result
 * is built as a decimal string, so no float ever rounds.
 */
function referenceIkmOfTotals(sums: readonly number[], counts: readonly number[]): number | null {
  if (counts.some((c) => c === 0)) return null;
  const common = counts.reduce((a, c) => a * BigInt(c), 1n);
  const numerator = 2500n * sums.reduce((acc, s, i) => acc + BigInt(s) * (common / BigInt(counts[i]!)), 0n);
  const denominator = 9n * common;
  let hundredths = numerator / denominator;
  if (2n * (numerator % denominator) >= denominator) hundredths += 1n;
  return Number(`${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`);
}

/** The reference from the raw responses: each element's own sum and count. */
function referenceIkm(responses: readonly Response[]): number | null {
  const scored = SKM_ELEMENTS.map((_, i) => responses.map((r) => r[i]).filter((s): s is number => s != null));
  return referenceIkmOfTotals(
    scored.map((scores) => scores.reduce((a, b) => a + b, 0)),
    scored.map((scores) => scores.length),
  );
}

/** The grade table of facts/SKM.md, spelled out. */
function referenceGrade(ikm: number): Grade {
  if (ikm >= 88.31) return 'A';
  if (ikm >= 76.61) return 'B';
  if (ikm >= 65.0) return 'C';
  return 'D';
}

const RANK: Record<Grade, number> = { D: 0, C: 1, B: 2, A: 3 };

describe('IKM of random sets of responses', () => {
  it('equals an exact hand computation for any 1–500 complete responses', () => {
    fc.assert(
      fc.property(fullResponses, (responses) => {
        expect(ikmFromTotals(totalsOf(responses))).toBe(referenceIkm(responses));
      }),
    );
  });

  it('equals an exact hand computation when respondents skipped some elements', () => {
    fc.assert(
      fc.property(patchyResponses, (responses) => {
        expect(ikmFromTotals(totalsOf(responses))).toBe(referenceIkm(responses));
      }),
    );
  });

  it('rounds every exact half hundredth up (40 responses whose total is an odd multiple of 9)', () => {
    // With 40 responses the converted value is 2500·S ÷ 360 = 62.5·S/9 hundredths: whenever the total
    // S is an odd multiple of 9 it ends in exactly 5 thousandths, where binary floats go either way.
    const halfway = fc
      .array(fc.integer({ min: 40, max: 160 }), { minLength: 9, maxLength: 9 })
      .filter((sums) => {
        const total = sums.reduce((a, b) => a + b, 0);
        return total % 18 === 9;
      });
    fc.assert(
      fc.property(halfway, (sums) => {
        const totals = SKM_ELEMENTS.map((element, i) => ({ element, sum: sums[i]!, count: 40 }));
        const expected = referenceIkmOfTotals(sums, Array(9).fill(40))!;
        const exactHundredths = (2500 * sums.reduce((a, b) => a + b, 0)) / 360; // k + 0.5, exact in binary
        expect(Math.round(expected * 100)).toBe(exactHundredths + 0.5);
        expect(ikmFromTotals(totals)).toBe(expected);
      }),
    );
  });

  it('always lies between 25 and 100 with at most two decimals', () => {
    fc.assert(
      fc.property(fullResponses, (responses) => {
        const ikm = ikmFromTotals(totalsOf(responses))!;
        expect(ikm).toBeGreaterThanOrEqual(25);
        expect(ikm).toBeLessThanOrEqual(100);
        expect(Number.isInteger(Math.round(ikm * 100)) && Math.abs(ikm * 100 - Math.round(ikm * 100)) < 1e-6).toBe(true);
      }),
    );
  });

  it('is exactly 100 when everyone answers 4 and exactly 25 when everyone answers 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        expect(ikmFromTotals(totalsOf(Array.from({ length: n }, () => Array(9).fill(4))))).toBe(100);
        expect(ikmFromTotals(totalsOf(Array.from({ length: n }, () => Array(9).fill(1))))).toBe(25);
      }),
    );
  });

  it('matches the IKM recomputed from the float element averages (no surprise for a spreadsheet user)', () => {
    fc.assert(
      fc.property(fullResponses, (responses) => {
        const totals = totalsOf(responses);
        expect(ikmFromAverages(totals.map((t) => t.sum / t.count))).toBe(ikmFromTotals(totals));
      }),
    );
  });

  it('does not depend on the order of the responses or of the totals', () => {
    const withPermutations = fullResponses.chain((responses) =>
      fc.tuple(
        fc.constant(responses),
        fc.shuffledSubarray(responses, { minLength: responses.length, maxLength: responses.length }),
        fc.shuffledSubarray([...SKM_ELEMENTS.keys()], { minLength: 9, maxLength: 9 }),
      ),
    );
    fc.assert(
      fc.property(withPermutations, ([responses, shuffled, elementOrder]) => {
        const original = summarize(responses.length, totalsOf(responses));
        const totals = totalsOf(shuffled);
        const reordered = elementOrder.map((i) => totals[i]!);
        expect(summarize(shuffled.length, reordered)).toEqual(original);
      }),
    );
  });
});

describe('grades', () => {
  it('follow the table of facts/SKM.md for every value from 25.00 to 100.00', () => {
    for (let h = 2500; h <= 10000; h++) {
      const ikm = h / 100;
      if (gradeOf(ikm) !== referenceGrade(ikm)) expect.fail(`${ikm}: ${gradeOf(ikm)} ≠ ${referenceGrade(ikm)}`);
    }
  });

  it('never get worse when the IKM goes up', () => {
    const hundredths = fc.integer({ min: 2500, max: 10000 });
    fc.assert(
      fc.property(hundredths, hundredths, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RANK[gradeOf(lo / 100)]).toBeLessThanOrEqual(RANK[gradeOf(hi / 100)]);
      }),
    );
  });
});

describe('what a page shows for a set of responses', () => {
  it(`withholds IKM, grade and element averages below ${MIN_RESPONSES_FOR_SCORE} responses and shows them from ${MIN_RESPONSES_FOR_SCORE}`, () => {
    const fewOrMore = fc.array(fullResponse, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fewOrMore, (responses) => {
        const s = summarize(responses.length, totalsOf(responses));
        if (responses.length < MIN_RESPONSES_FOR_SCORE) {
          expect(s.ikm).toBeNull();
          expect(s.grade).toBeNull();
          // An average of so few responses would be those people's own answers.
          expect(s.elements).toEqual([]);
        } else {
          expect(s.ikm).toBe(referenceIkm(responses));
          expect(s.grade).toBe(referenceGrade(s.ikm!));
        }
      }),
    );
  });

  it("lists element averages as sum ÷ count in the regulation's order", () => {
    fc.assert(
      fc.property(patchyResponses, (responses) => {
        const totals = totalsOf(responses);
        const expected = SKM_ELEMENTS.flatMap((element, i) => {
          const scores = responses.map((r) => r[i]).filter((x): x is number => x != null);
          return scores.length ? [{ element, average: scores.reduce((a, b) => a + b, 0) / scores.length }] : [];
        });
        // Handed over in reverse, still listed in the regulation's order (none below the minimum).
        expect(summarize(responses.length, [...totals].reverse()).elements).toEqual(
          responses.length < MIN_RESPONSES_FOR_SCORE ? [] : expected,
        );
      }),
    );
  });
});
