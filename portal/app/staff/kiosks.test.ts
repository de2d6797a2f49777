import { describe, expect, it } from 'vitest';
import { activeFirst, clockText, kioskState, pairingAddress, sameKiosk, validateRegisterKiosk } from './kiosks';

const NOW = Date.parse('2026-11-29T06:00:00Z');
const kiosk = (over: Partial<Parameters<typeof kioskState>[0]> = {}) => ({
  id: 'k1',
  label: 'Loket 1',
  unit: { id: 'u1' },
  registeredAt: '2026-11-01T00:00:00Z',
  lastSeenAt: null,
  revokedAt: null,
  pairingExpiresAt: null,
  ...over,
});

describe('the register form', () => {
  it('accepts a unit and a name, with runs of spaces made one', () => {
    expect(validateRegisterKiosk({ unit: ' u1 ', label: '  Loket   1 Disdukcapil ' })).toEqual({ ok: true, value: { unit: 'u1', label: 'Loket 1 Disdukcapil' } });
  });

  it('says which field is missing', () => {
    const result = validateRegisterKiosk({ unit: '', label: ' ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([
      { field: 'unit', key: 'kiosk.staff.error.unit' },
      { field: 'label', key: 'kiosk.staff.error.labelMissing' },
    ]);
  });

  it('refuses a name too long to fit a row, and one with a NUL byte or other control character', () => {
    const long = validateRegisterKiosk({ unit: 'u1', label: 'x'.repeat(81) });
    expect(!long.ok && long.problems[0]?.key).toBe('kiosk.staff.error.labelLong');
    expect(validateRegisterKiosk({ unit: 'u1', label: 'x'.repeat(80) }).ok).toBe(true);
    const nul = validateRegisterKiosk({ unit: 'u1', label: 'Loket\u00001' });
    expect(!nul.ok && nul.problems[0]?.key).toBe('kiosk.staff.error.labelInvalid');
    expect(validateRegisterKiosk({ unit: 'u\u00001', label: 'Loket 1' }).ok).toBe(false);
  });

  it('counts characters, not UTF-16 units, so a name with emoji is not cut short', () => {
    expect(validateRegisterKiosk({ unit: 'u1', label: '🙂'.repeat(80) }).ok).toBe(true);
  });
});

describe('a kiosk’s state', () => {
  it('is revoked once revoked, whatever else', () => {
    expect(kioskState(kiosk({ revokedAt: '2026-11-28T00:00:00Z', lastSeenAt: '2026-11-28T00:00:00Z' }), NOW)).toBe('revoked');
  });

  it('waits for pairing while its code is open, and needs a new code once that expired unused', () => {
    expect(kioskState(kiosk({ pairingExpiresAt: '2026-11-29T06:05:00Z' }), NOW)).toBe('waiting');
    expect(kioskState(kiosk({ pairingExpiresAt: '2026-11-29T05:59:00Z' }), NOW)).toBe('unpaired');
    expect(kioskState(kiosk(), NOW)).toBe('unpaired');
  });

  it('is active once a tablet made contact', () => {
    expect(kioskState(kiosk({ lastSeenAt: '2026-11-29T05:55:00Z' }), NOW)).toBe('active');
  });

  it('lists revoked kiosks after the others, each group in the order given', () => {
    const a = kiosk({ id: 'a' });
    const b = kiosk({ id: 'b', revokedAt: '2026-11-28T00:00:00Z' });
    const c = kiosk({ id: 'c' });
    const { current, revoked } = activeFirst([a, b, c]);
    expect(current.map((k) => k.id)).toEqual(['a', 'c']);
    expect(revoked.map((k) => k.id)).toEqual(['b']);
  });
});

describe('a registration that repeats a kiosk', () => {
  it('finds a kiosk of the same unit with the same name, case and spacing aside', () => {
    const found = sameKiosk([kiosk({ id: 'x', label: 'Loket 1 Disdukcapil' })], 'u1', ' loket  1 DISDUKCAPIL');
    expect(found?.id).toBe('x');
  });

  it('ignores revoked kiosks and other units', () => {
    expect(sameKiosk([kiosk({ revokedAt: '2026-11-28T00:00:00Z' })], 'u1', 'Loket 1')).toBeNull();
    expect(sameKiosk([kiosk()], 'u2', 'Loket 1')).toBeNull();
  });
});

describe('the pairing address', () => {
  it('is the kiosk page’s pairing address on the public origin with the code', () => {
    expect(pairingAddress('https://suara.mataramkota.go.id/', 'K7M2-XW9P')).toBe('https://suara.mataramkota.go.id/kiosk/pasang?kode=K7M2-XW9P');
  });
});

describe('the time a code is open until', () => {
  it('is read in the region’s time zone', () => {
    expect(clockText('en-GB', '2026-11-29T06:10:00Z', 'Asia/Makassar')).toBe('14:10');
    expect(clockText('en-GB', '2026-11-29T06:10:00Z', 'Asia/Jakarta')).toBe('13:10');
  });
});
