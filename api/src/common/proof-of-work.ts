import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { BadInputError } from './errors.js';

/**
 * Proof of work before a rating (ALTCHA, self-hosted: no third-party service): asked of every rating
 * where a region switches it on (`Region.proofOfWorkRequired`), and accepted instead of waiting when
 * a network address is over its hourly limit (many citizens behind one office Wi-Fi or mobile
 * carrier); and asked of each sign-in for an email that has met many wrong passwords
 * (identity/sign-in-limits.ts). A phone spends a second or two; a bot posting thousands spends
 * hours. Challenges are signed with our secret, expire, and each solution is accepted once, for a
 * rating or a sign-in (both record it as `pow:<signature>` in `rate_limit`).
 */
const ALGORITHM = 'PBKDF2/SHA-256';
const COST = 1_000;
const LIFETIME_SECONDS = 30 * 60;

export async function createProofOfWorkChallenge(secret: string): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(1_000, 6_000),
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + LIFETIME_SECONDS,
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: `${secret}:key`,
  });
}

const problem = (id: string, en: string) =>
  new BadInputError({ id, en }, [{ field: 'proofOfWork', message: { id, en } }]);

/**
 * Checks a solution (`payload`: base64 of `{ challenge, solution }` as the ALTCHA widget submits it):
 * signed by us, solved, not expired. Returns the challenge's signature, which the rating's statement
 * (submission.service.ts) or the sign-in's (sign-in-limits.ts) records so that one solution is
 * accepted once only.
 */
export async function checkProofOfWork(payload: string | null | undefined, secret: string): Promise<string> {
  if (!payload) {
    throw problem(
      'Wilayah ini meminta verifikasi anti-spam otomatis. Tunggu sampai verifikasi selesai, lalu kirim lagi.',
      'This region asks for an automatic anti-spam check. Wait until it has finished, then send again.',
    );
  }
  let parsed: { challenge: Challenge; solution: Solution };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { challenge: Challenge; solution: Solution };
  } catch {
    throw unreadable();
  }
  if (typeof parsed?.challenge?.signature !== 'string' || !parsed.challenge.signature) throw unreadable();
  const result = await verifySolution({
    challenge: parsed.challenge,
    solution: parsed.solution,
    deriveKey,
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: `${secret}:key`,
  }).catch(() => ({ verified: false, expired: false }));
  if (!result.verified) {
    throw result.expired
      ? problem('Verifikasi anti-spam sudah kedaluwarsa. Muat ulang halaman lalu kirim lagi.', 'The anti-spam check has expired. Reload the page and send again.')
      : problem('Verifikasi anti-spam tidak valid. Muat ulang halaman.', 'The anti-spam check is not valid. Reload the page.');
  }
  return parsed.challenge.signature;
}

const unreadable = () => problem('Verifikasi anti-spam tidak terbaca. Muat ulang halaman.', 'The anti-spam check could not be read. Reload the page.');

/** A second use of one solution. */
export const proofOfWorkReused = () => problem('Verifikasi anti-spam ini sudah dipakai. Muat ulang halaman.', 'This anti-spam check was already used. Reload the page.');

/** How long a used solution is remembered: longer than any challenge lives. */
export const PROOF_OF_WORK_MEMORY_SECONDS = 2 * LIFETIME_SECONDS;
