import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '../../src/modules/identity/index.js';

describe('staff password hashes', () => {
  it('are argon2id at OWASP’s parameters, salted, and verify only the right password', async () => {
    const a = await hashPassword('bunga-melati-2026');
    const b = await hashPassword('bunga-melati-2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('bunga-melati-2026', a)).toBe(true);
    expect(await verifyPassword('bunga-melati-2027', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it('treat a password typed with composed or decomposed accents as the same password', async () => {
    const stored = await hashPassword('kopi-susu-\u00e9nak');
    expect(await verifyPassword('kopi-susu-e\u0301nak', stored)).toBe(true);
  });

  it('still verify a hash of the earlier scrypt scheme, and ask for it to be replaced', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('lama-sekali-2025', salt, 32, { N: 16384, r: 8, p: 1 });
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(await verifyPassword('lama-sekali-2025', old)).toBe(true);
    expect(await verifyPassword('lama-sekali-2026', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('never let anyone in on a malformed stored hash', async () => {
    expect(await verifyPassword('x', '$argon2id$v=19$m=19456,t=2,p=1$broken')).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });
});
