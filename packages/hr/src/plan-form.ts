import { z } from 'zod/mini';

/**
 * The development-plan form (`/staf/sdm/rencana?tahun=&anggaran=`): one schema for the browser, the
 * portal's loader and the CSV route; the API checks the same bounds again (`MAX_BUDGET_RUPIAH`).
 * Issues carry message keys of the portal's `hrPlan.*` catalogue.
 */

/** Rp 1 trillion: far above any region's yearly training budget; more is a typing mistake. */
export const MAX_BUDGET_RUPIAH = 1_000_000_000_000;

export const PLAN_FIELD = { year: 'tahun', budget: 'anggaran' } as const;
export type PlanField = keyof typeof PLAN_FIELD;

/**
 * Rupiah as people type it: plain digits ("50000000"), Indonesian thousands separators
 * ("50.000.000", "50 000 000"), an optional "Rp" and a zero fraction (",00"). Returns null for
 * anything else: a comma is the Indonesian decimal mark, so "50,5" is not fifty thousand.
 */
export function parseRupiah(input: string): number | null {
  const text = input.trim().replace(/^rp\.?\s*/i, '').replace(/[\s\u00a0]/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,0+)?$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]!.replace(/\./g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** "50.000.000": how the form shows a budget back (Indonesian grouping whatever the page's language). */
export function formatRupiahInput(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export const planFormSchema = z.object({
  year: z.pipe(
    z.string().check(z.trim(), z.regex(/^\d{4}$/, { error: 'hrPlan.error.yearInvalid' })),
    z.transform((s) => Number(s)),
  ),
  budget: z.pipe(
    z.string().check(
      z.trim(),
      z.minLength(1, { error: 'hrPlan.error.budgetMissing' }),
      z.maxLength(40, { error: 'hrPlan.error.budgetInvalid' }),
      z.refine((s) => parseRupiah(s) !== null, { error: 'hrPlan.error.budgetInvalid' }),
      z.refine((s) => (parseRupiah(s) ?? 0) <= MAX_BUDGET_RUPIAH, { error: 'hrPlan.error.budgetTooLarge' }),
    ),
    z.transform((s) => parseRupiah(s)!),
  ),
});

export type PlanForm = z.infer<typeof planFormSchema>;

export interface PlanFormProblem {
  field: PlanField | null;
  key: string;
}

/** The form's values, or its problems each on its field (a message key). */
export function validatePlanForm(values: { year: string; budget: string }):
  | { ok: true; value: PlanForm }
  | { ok: false; problems: PlanFormProblem[] } {
  const parsed = planFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: PlanFormProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'year' || issue.path[0] === 'budget' ? issue.path[0] : null;
    if (!problems.some((p) => p.field === field)) problems.push({ field, key: issue.message });
  }
  return { ok: false, problems };
}
