import { describe, expect, it } from 'vitest';
import { reportPeriods, validatePublish } from './publish-form';

describe('the SKM report publish form', () => {
  it('takes a signer of 3–200 characters and refuses one with a control character', () => {
    expect(validatePublish({ signedBy: '  Drs. Ahmad Fauzi, Kepala Dinas ' })).toEqual({ ok: true, value: { signedBy: 'Drs. Ahmad Fauzi, Kepala Dinas' } });
    expect(validatePublish({ signedBy: 'ab' }).ok).toBe(false);
    expect(validatePublish({ signedBy: 'x'.repeat(201) }).ok).toBe(false);
    expect(validatePublish({ signedBy: 'Kepala\u0007Dinas' }).ok).toBe(false);
  });

  it('offers the running semester first, then the complete ones, newest first', () => {
    const periods = reportPeriods('SEMESTER', '2026-11-29');
    expect(periods[0]).toEqual({ key: '2026-S2', complete: false });
    expect(periods[1]).toEqual({ key: '2026-S1', complete: true });
    expect(periods.slice(1).every((p) => p.complete)).toBe(true);
    expect(periods.map((p) => p.key)).toContain('2025-S1');
  });
});
