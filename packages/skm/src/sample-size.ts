/**
 * Krejcie & Morgan sample size used by the SKM guideline (../shared/facts/SKM.md, "Sample size"):
 * S = λ²·N·P·Q ÷ (d²·(N−1) + λ²·P·Q), λ² = 3.841, P = Q = 0.5, d = 0.05.
 *
 * facts/SKM.md says "rounded up", but its own reference points (N = 50,000 → 381) and the published
 * Krejcie–Morgan table (20 → 19, 75,000 → 382) are the formula rounded to the nearest whole number;
 * ceiling would give 382, 20 and 383. We follow the table, which every published questionnaire uses,
 * and the tests pin all reference points of facts/SKM.md.
 */
const LAMBDA_SQUARED = 3.841;
const P = 0.5;
const Q = 0.5;
const D = 0.05;

export function sampleSize(population: number): number {
  if (!Number.isFinite(population) || population < 0) throw new RangeError('population must be a non-negative number');
  const n = Math.floor(population);
  if (n <= 1) return n;
  const s = (LAMBDA_SQUARED * n * P * Q) / (D * D * (n - 1) + LAMBDA_SQUARED * P * Q);
  return Math.min(n, Math.round(s));
}

/**
 * A result on fewer responses than the sample size of its population is provisional (facts/SKM.md).
 * `population` is the number of users of the service in the period the result covers.
 */
export function isProvisional(responseCount: number, population: number): boolean {
  return responseCount < sampleSize(population);
}
