import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';

/**
 * The anti-spam proof of work some regions switch on (api/src/common/proof-of-work.ts),
 * solved in the browser with altcha-lib's own solver and the browser's WebCrypto PBKDF2: a few
 * kilobytes, loaded only when a region asks for it, instead of the ALTCHA widget (a web component
 * with its own interface, strings and WebAssembly hashing) that this form does not need.
 */

/** Longer than any phone should take for the API's cost; past it the citizen is told and can retry. */
const SOLVE_TIMEOUT_MS = 60_000;

/**
 * Fetches a fresh challenge from the portal (`…/nilai/tantangan`, which asks the API) and solves it.
 * Returns the value for `submitFeedback.proofOfWork` (base64 of `{ challenge, solution }`), or ''
 * when the region no longer asks for one.
 */
export async function solveProofOfWork(challengeUrl: string): Promise<string> {
  const response = await fetch(challengeUrl, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`challenge: HTTP ${response.status}`);
  const { challenge } = (await response.json()) as { challenge: string | null };
  if (!challenge) return '';
  return solveGivenChallenge(challenge);
}

/**
 * Solves a challenge the page already has (the one the API sent with its refusal when the network
 * was over its limit) and returns the value for `submitFeedback.proofOfWork`. Throws when it cannot
 * be read or solved in time.
 */
export async function solveGivenChallenge(challenge: string): Promise<string> {
  const parsed = JSON.parse(challenge) as Challenge;
  const solution = await solveChallenge({ challenge: parsed, deriveKey, timeout: SOLVE_TIMEOUT_MS });
  if (!solution) throw new Error('proof of work: no solution in time');
  // The challenge and solution are hex, numbers and ASCII names: btoa needs nothing more.
  return btoa(JSON.stringify({ challenge: parsed, solution }));
}
