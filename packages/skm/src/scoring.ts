import { SKM_ELEMENTS, SKM_ELEMENT_COUNT, type SkmElement } from './elements.js';

/**
 * SKM scoring exactly as PermenPANRB 14/2017 prescribes (../shared/facts/SKM.md, "Scoring"):
 * NRR per element = sum ÷ count; IKM = Σ NRR × 1/9 (exactly 1/9, not the printed 0,111, so that a
 * perfect score is exactly 100); the converted value = 25 × IKM, rounded to two decimals; the grade
 * is read from that rounded value.
 *
 * The converted value is computed with exact rational arithmetic (BigInt) from the integer sums and
 * counts, so 76.605 is never taken for 76.60 by a binary float: an inspector recomputing by hand
 * must get the same two decimals.
 */

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Per-element totals: the sum of the scores given to the element and how many responses scored it. */
export interface ElementTotal {
  element: SkmElement;
  sum: number;
  count: number;
}

export interface ElementAverage {
  element: SkmElement;
  average: number;
}

/** Fewer responses than this never get an IKM or grade: the score could identify a respondent (facts/SKM.md). */
export const MIN_RESPONSES_FOR_SCORE = 5;

/** Lower bounds of each grade in hundredths of the converted value (facts/SKM.md grade table). */
const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 8831],
  ['B', 7661],
  ['C', 6500],
  ['D', 2500],
];

export const GRADE_LABEL: Record<'id' | 'en', Record<Grade, string>> = {
  id: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' },
  en: { A: 'Very good', B: 'Good', C: 'Poor', D: 'Very poor' },
};

/** NRR of one element: sum of its scores ÷ number of responses that scored it (full precision). */
export function elementAverage(sum: number, count: number): number {
  if (count <= 0) throw new RangeError('an element average needs at least one score');
  return sum / count;
}

/** Element averages in the regulation's order; elements nobody scored are left out. */
export function elementAverages(totals: readonly ElementTotal[]): ElementAverage[] {
  const byElement = new Map(totals.map((t) => [t.element, t]));
  const out: ElementAverage[] = [];
  for (const element of SKM_ELEMENTS) {
    const t = byElement.get(element);
    if (t && t.count > 0) out.push({ element, average: elementAverage(t.sum, t.count) });
  }
  return out;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The converted IKM (25–100) rounded half-up to two decimals, from exact per-element totals.
 * Returns null unless all nine elements have at least one score.
 */
export function ikmFromTotals(totals: readonly ElementTotal[]): number | null {
  const byElement = new Map(totals.map((t) => [t.element, t]));
  // Σ sumᵢ/countᵢ as one exact fraction num/den.
  let num = 0n;
  let den = 1n;
  for (const element of SKM_ELEMENTS) {
    const t = byElement.get(element);
    if (!t || t.count <= 0) return null;
    const s = BigInt(t.sum);
    const c = BigInt(t.count);
    num = num * c + s * den;
    den = den * c;
    const g = gcd(num, den);
    if (g > 1n) {
      num /= g;
      den /= g;
    }
  }
  // hundredths = 2500 × num / (9 × den), rounded half up: floor((2·2500·num + 9·den) / (2·9·den)).
  const n = 2n * 2500n * num + 9n * den;
  const d = 2n * 9n * den;
  return Number(n / d) / 100;
}

/** The converted IKM from nine element averages (when only the averages are known), rounded to two decimals. */
export function ikmFromAverages(averages: readonly number[]): number {
  if (averages.length !== SKM_ELEMENT_COUNT) {
    throw new RangeError(`the IKM needs the averages of all ${SKM_ELEMENT_COUNT} elements`);
  }
  const mean = averages.reduce((a, b) => a + b, 0) / SKM_ELEMENT_COUNT;
  return roundHalfUp2(25 * mean);
}

/** Rounds to two decimals, half up, tolerant of binary float noise (76.945 stays 76.95). */
export function roundHalfUp2(value: number): number {
  return Math.round(value * 100 + 1e-9) / 100;
}

/** The grade (mutu pelayanan) of a converted IKM already rounded to two decimals. */
export function gradeOf(ikm: number): Grade {
  const hundredths = Math.round(ikm * 100);
  for (const [grade, floor] of GRADE_FLOORS) if (hundredths >= floor) return grade;
  return 'D';
}

export interface SatisfactionSummary {
  responseCount: number;
  /** Empty while responseCount < MIN_RESPONSES_FOR_SCORE. */
  elements: ElementAverage[];
  /** Null while responseCount < MIN_RESPONSES_FOR_SCORE, or when an element was never scored. */
  ikm: number | null;
  grade: Grade | null;
}

/**
 * Everything a page shows about a set of responses, from their per-element totals. Below
 * MIN_RESPONSES_FOR_SCORE responses nothing but the count is shown: an element average of one or two
 * responses is those people's answers (facts/SKM.md).
 */
export function summarize(responseCount: number, totals: readonly ElementTotal[]): SatisfactionSummary {
  if (responseCount < MIN_RESPONSES_FOR_SCORE) return { responseCount, elements: [], ikm: null, grade: null };
  const elements = elementAverages(totals);
  const ikm = ikmFromTotals(totals);
  return { responseCount, elements, ikm, grade: ikm === null ? null : gradeOf(ikm) };
}
