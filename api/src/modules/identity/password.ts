import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify, type Algorithm } from '@node-rs/argon2';

/**
 * Staff passwords are hashed with argon2id at OWASP's parameters (Password Storage Cheat Sheet:
 * m = 19 MiB, t = 2, p = 1), stored as the standard PHC string
 * `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`, which carries its own parameters. @node-rs/argon2 is a
 * prebuilt binding (one optional package per platform, nothing compiled at install). Decision record 0014.
 *
 * Hashes made earlier with Node's scrypt (`scrypt$N$r$p$salt$hash`) still verify, and any hash made
 * with other parameters is replaced at the owner's next successful sign-in (`needsRehash`).
 */
// `Algorithm` is a const enum, which isolated modules cannot read at run time: Argon2id is 2.
const ARGON2ID = 2 as Algorithm.Argon2id;
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const ARGON2_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(password.normalize('NFKC'), { ...ARGON2, salt: randomBytes(16) });
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const normalized = password.normalize('NFKC');
  if (stored.startsWith('$argon2')) {
    try {
      return await argon2Verify(stored, normalized);
    } catch {
      return false; // a malformed stored hash never lets anyone in
    }
  }
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(normalized, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when `stored` was made by another scheme or with other parameters than new hashes get. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(ARGON2_PREFIX);
}
