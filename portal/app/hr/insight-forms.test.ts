import { describe, expect, it } from 'vitest';
import { validateActivity, validateCycle } from './insight-forms';

describe('HR insight forms', () => {
  it('accept a cycle of 6 to 60 months and nothing else', () => {
    expect(validateCycle({ months: '24' })).toEqual({ ok: true, value: { months: 24 } });
    for (const months of ['5', '61', '', 'dua', '24.5']) expect(validateCycle({ months }).ok).toBe(false);
  });

  it('refuse an activity without a title, or ending before it starts, naming the field', () => {
    const base = { employeeId: 'e', kind: 'ACTING_ROLE', title: 'Plt. Kepala Seksi', competencyId: '', startedOn: '2026-02-01', endedOn: '', note: '' };
    expect(validateActivity(base)).toMatchObject({ ok: true, value: { endedOn: null, competencyId: null, note: null } });
    const short = validateActivity({ ...base, title: 'x' });
    expect(short.ok ? [] : short.problems.map((p) => p.field)).toEqual(['title']);
    const backwards = validateActivity({ ...base, endedOn: '2026-01-01' });
    expect(backwards.ok ? [] : backwards.problems.map((p) => p.field)).toEqual(['endedOn']);
    const badDay = validateActivity({ ...base, startedOn: '2026-02-30' });
    expect(badDay.ok ? [] : badDay.problems.map((p) => p.field)).toContain('startedOn');
  });
});
