import { describe, expect, it } from 'vitest';
import { normalizePairingCode } from './pairing-code';

describe('a pairing code as people type it', () => {
  it('accepts lower case, spaces and a missing dash', () => {
    expect(normalizePairingCode('k7m2xw9p')).toBe('K7M2-XW9P');
    expect(normalizePairingCode(' K7M2 - XW9P ')).toBe('K7M2-XW9P');
    expect(normalizePairingCode('lu7m-xw9p')).toBe('LU7M-XW9P');
  });
  it('refuses what cannot be a code, without asking the API', () => {
    expect(normalizePairingCode('')).toBeNull();
    expect(normalizePairingCode('K7M2-XW9')).toBeNull();
    expect(normalizePairingCode('K7M2-XW9PQ')).toBeNull();
    // 0, 1, I and O are not in the alphabet.
    expect(normalizePairingCode('K7M2-XW9O')).toBeNull();
    expect(normalizePairingCode('K7M2-XW91')).toBeNull();
    expect(normalizePairingCode('K7M2\u0000XW9P')).toBeNull();
  });
});
