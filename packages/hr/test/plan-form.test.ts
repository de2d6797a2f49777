import { describe, expect, it } from 'vitest';
import { formatRupiahInput, MAX_BUDGET_RUPIAH, parseRupiah, validatePlanForm } from '../src/index.js';

describe('the development-plan form', () => {
  it('reads rupiah typed with Indonesian thousands separators, plain digits, Rp and ,00', () => {
    expect(parseRupiah('50.000.000')).toBe(50_000_000);
    expect(parseRupiah('50000000')).toBe(50_000_000);
    expect(parseRupiah(' Rp 50.000.000,00 ')).toBe(50_000_000);
    expect(parseRupiah('50 000 000')).toBe(50_000_000);
    expect(parseRupiah('0')).toBe(0);
  });

  it('refuses what is not a whole number of rupiah', () => {
    for (const bad of ['', '-5', '50,5', '5.00.000', '1e9', 'lima juta', '50.000.000.', '12.3456']) expect(parseRupiah(bad), bad).toBeNull();
  });

  it('shows a budget back as it is typed in Indonesia', () => {
    expect(formatRupiahInput(50_000_000)).toBe('50.000.000');
    expect(formatRupiahInput(999)).toBe('999');
  });

  it('puts each problem on its field', () => {
    expect(validatePlanForm({ year: '2027', budget: '50.000.000' })).toEqual({ ok: true, value: { year: 2027, budget: 50_000_000 } });
    const bad = validatePlanForm({ year: '27', budget: 'banyak' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toEqual([
      { field: 'year', key: 'hrPlan.error.yearInvalid' },
      { field: 'budget', key: 'hrPlan.error.budgetInvalid' },
    ]);
    const huge = validatePlanForm({ year: '2027', budget: formatRupiahInput(MAX_BUDGET_RUPIAH + 1) });
    expect(huge.ok ? [] : huge.problems).toEqual([{ field: 'budget', key: 'hrPlan.error.budgetTooLarge' }]);
    const missing = validatePlanForm({ year: '2027', budget: ' ' });
    expect(missing.ok ? [] : missing.problems).toEqual([{ field: 'budget', key: 'hrPlan.error.budgetMissing' }]);
  });
});
