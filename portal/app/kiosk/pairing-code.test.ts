import { describe, expect, it } from 'vitest';
import { normalizePairingCode } from './pairing-code';

describe('a pairing code as people type it', () => {
  it('accepts lower case, spaces and a missing dash', () => {
    expect(normalizePairingCode('k7m2xw9p')).toBe('K7M2-XW9P');
    expect(normalizePairingCode(' K7M2 - XW9P ')).toBe('K7M2-XW9P');
    expect(normalizePairingCode('k7m2-xw9p')).toBe('K7M2-XW9P');
  });
  it('reads O as zero and I or L as one, as Crockford base32 does', () => {
    expect(normalizePairingCode('OOIL-AAAA')).toBe('0011-AAAA');
  });
  it('refuses what cannot be a code', () => {
    expect(normalizePairingCode('')).toBeNull();
    expect(normalizePairingCode('K7M2-XW9')).toBeNull();
    expect(normalizePairingCode('K7M2-XW9PQ')).toBeNull();
    expect(normalizePairingCode('K7M2-XW9U')).toBeNull();
    expect(normalizePairingCode('K7M2\u0000XW9P')).toBeNull();
  });
});
