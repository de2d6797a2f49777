import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { BadInputError } from '../../common/errors.js';
import type { RateLimit } from '../../common/abuse.js';

/**
 * Optional proof of work before a rating (ALTCHA, self-hosted: no third-party service), switched on
 * per region (`Region.proofOfWorkRequired`). A phone spends a second or two; a bot posting thousands
 * spends hours. Challenges are signed with our secret, expire, and each solution is accepted once.
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

/** `payload`: base64 of `{ challenge, solution }` as the ALTCHA widget submits it. */
export async function verifyProofOfWork(payload: string | null | undefined, secret: string, usedOnce?: RateLimit): Promise<void> {
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
    throw problem('Verifikasi anti-spam tidak terbaca. Muat ulang halaman.', 'The anti-spam check could not be read. Reload the page.');
  }
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
  // One solution, one rating: a second use of the same signed challenge is refused.
  if (usedOnce && parsed.challenge.signature) {
    try {
      await usedOnce.consume(`pow:${parsed.challenge.signature}`);
    } catch {
      throw problem('Verifikasi anti-spam ini sudah dipakai. Muat ulang halaman.', 'This anti-spam check was already used. Reload the page.');
    }
  }
}
