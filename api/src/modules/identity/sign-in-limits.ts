import type { EntityManager } from '@mikro-orm/postgresql';
import { addressBucket, giveBackPointSql, hashSignal, RateLimit, resetSql, takePointSql, waitSql } from '../../common/abuse.js';
import { RateLimitedError, waitText } from '../../common/errors.js';
import { PROOF_OF_WORK_MEMORY_SECONDS, checkProofOfWork, createProofOfWorkChallenge } from '../../common/proof-of-work.js';
import { sql } from '../../common/sql.js';

/**
 * How password guessing is slowed (decision record 0013). Three counters of failed sign-ins, each in
 * windows of 15 minutes, all in `rate_limit` and all moved by one statement on the request's
 * connection (decision record 0007):
 *
 * - per network and email (`pair`): 10 failures of one email from one address (an IPv6 /64), then
 *   RATE_LIMITED until the window ends. A success resets it, so an office behind one NAT, where
 *   everyone signs in from one address, never locks itself out by signing in.
 * - per email, from any address (`account`): after 5 failures every further attempt for that email
 *   needs a solved proof of work. Guessing from many addresses slows to a crawl, while the owner, whose
 *   browser solves the check, is never locked out. A success gives back its own point, but does not
 *   wipe the failures before it.
 * - per network, whatever the email (`network`): after 30 failures from one address every further
 *   attempt from it needs a proof of work, so that trying a few passwords on each of many accounts
 *   costs as much as many passwords on one.
 *
 * Every attempt takes its point before the password is checked — otherwise sixty guesses sent at the
 * same moment would all be checked before the first failure was counted — and a success gives it back.
 * The counters are keyed by the email as typed (normalised), whether or not such an account exists,
 * so the limits answer an unknown email exactly as a known one.
 */
const WINDOW_SECONDS = 15 * 60;

export const SIGN_IN_LIMITS = {
  pair: new RateLimit('login:pair', 10, WINDOW_SECONDS),
  account: new RateLimit('login:account', 5, WINDOW_SECONDS),
  network: new RateLimit('login:network', 30, WINDOW_SECONDS),
} as const;

/** Larger than any window's count: a counter whose attempt carries an accepted proof of work. */
const NO_CEILING = 2_147_483_647;

/** The counters of one sign-in attempt, for `signInSucceeded`. */
export interface SignInCounters {
  pair: string;
  account: string;
  network: string;
}

export interface SignInSecrets {
  hashSalt: string;
  proofOfWorkKey: string;
}

/** `Admin@Example.go.id ` and `admin@example.go.id` are one account, and one set of counters. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function countersOf(email: string, address: string, hashSalt: string): SignInCounters {
  const network = addressBucket(address);
  return {
    pair: SIGN_IN_LIMITS.pair.key(hashSignal(hashSalt, `login:${network}\n${email}`)),
    account: SIGN_IN_LIMITS.account.key(hashSignal(hashSalt, `email:${email}`)),
    network: SIGN_IN_LIMITS.network.key(hashSignal(hashSalt, `net:${network}`)),
  };
}

interface AdmissionRow {
  admitted: boolean;
  pair_before: number;
  account_before: number;
  network_before: number;
  account_taken: boolean;
  network_taken: boolean;
  proof_accepted: boolean;
  pair_wait: number | null;
  account_wait: number | null;
  network_wait: number | null;
}

/**
 * Lets one sign-in attempt through to the password check, or throws RATE_LIMITED: with a proof-of-work
 * challenge when a solved one would let it through, without one when this network has used up this
 * email's failures. `email` is normalised. A proof of work offered is checked before any SQL (a forged
 * one costs nothing) and spent in the same statement, also when the attempt is then refused.
 */
export async function admitSignIn(
  em: EntityManager,
  attempt: { email: string; address: string; proofOfWork?: string | null },
  secrets: SignInSecrets,
): Promise<SignInCounters> {
  const counters = countersOf(attempt.email, attempt.address, secrets.hashSalt);
  const powKey = attempt.proofOfWork ? `pow:${await checkProofOfWork(attempt.proofOfWork, secrets.proofOfWorkKey)}` : null;
  const { pair, account, network } = SIGN_IN_LIMITS;
  const current = (key: string) => sql`coalesce((select points from rate_limit where key = ${key}::text and expire > now()), 0)`;
  // `seen` reads the counters as they were, so that an attempt refused for want of a proof of work
  // takes no point anywhere; the takes themselves re-check their ceilings on the locked rows, so
  // attempts that arrive together cannot slip past a limit. Rows are taken in one order (account,
  // network, pair), as in signInSucceeded, so two statements never wait on each other in a circle.
  const q = sql`with pow as (
      insert into rate_limit (key, points, expire)
      select p.key, 1, now() + make_interval(secs => ${PROOF_OF_WORK_MEMORY_SECONDS}::int)
      from (select ${powKey}::text as key) p where p.key is not null
      on conflict (key) do nothing
      returning key
    ), seen as (
      select ${current(counters.pair)} as pair, ${current(counters.account)} as account, ${current(counters.network)} as network,
        exists (select 1 from pow) as proof
    ), go as (
      select 1 from seen
      where seen.pair < ${pair.points}::int
        and (seen.proof or (seen.account < ${account.points}::int and seen.network < ${network.points}::int))
    ), account_taken as (
      ${takePointSql(counters.account, WINDOW_SECONDS, sql`(case when (select proof from seen) then ${NO_CEILING}::int else ${account.points}::int end)`, sql`from go`)}
    ), network_taken as (
      ${takePointSql(counters.network, WINDOW_SECONDS, sql`(case when (select proof from seen) then ${NO_CEILING}::int else ${network.points}::int end)`, sql`from account_taken`)}
    ), pair_taken as (
      ${takePointSql(counters.pair, WINDOW_SECONDS, sql`${pair.points}::int`, sql`from network_taken`)}
    )
    select exists (select 1 from pair_taken) as admitted,
      seen.pair as pair_before, seen.account as account_before, seen.network as network_before,
      exists (select 1 from account_taken) as account_taken, exists (select 1 from network_taken) as network_taken,
      seen.proof as proof_accepted,
      (${waitSql(counters.pair)}) as pair_wait, (${waitSql(counters.account)}) as account_wait, (${waitSql(counters.network)}) as network_wait
    from seen`;
  const [row] = await em.execute<AdmissionRow[]>(q.text, q.params);
  if (!row) throw new Error('the sign-in admission statement returned no row');
  if (row.admitted) return counters;

  // This network has used up this email's failures: a proof of work does not help, only the wait.
  if (row.pair_before >= pair.points || (row.account_taken && row.network_taken)) {
    throw tooManyFailures(row.pair_wait ?? WINDOW_SECONDS);
  }
  // Otherwise the email or the network is over its free failures and no fresh proof came with this
  // attempt (none, or one already used): a solved challenge lets the next one through.
  const accountOver =
    row.account_before >= account.points || (row.network_before < network.points && !row.account_taken);
  const wait = (accountOver ? row.account_wait : row.network_wait) ?? WINDOW_SECONDS;
  throw await proofOfWorkNeeded(wait, secrets.proofOfWorkKey, powKey !== null);
}

/**
 * After a correct password: the network's failures for this email are forgotten, and the attempt's
 * own point is given back to the email's and the network's counters (a success is not a failure),
 * with the account's last sign-in time — one statement.
 */
export async function signInSucceeded(em: EntityManager, counters: SignInCounters, accountId: string): Promise<void> {
  // Each step waits for the one before (the scalar subqueries), so the rows are locked in the
  // admission's order.
  const q = sql`with account as (${giveBackPointSql(counters.account)} returning 1
    ), network as (${giveBackPointSql(counters.network)} and (select count(*) from account) >= 0 returning 1
    ), pair as (${resetSql(counters.pair)} and (select count(*) from network) >= 0 returning 1
    )
    update staff_account set last_login_at = now() where id = ${accountId}::uuid and (select count(*) from pair) >= 0`;
  await em.execute(q.text, q.params);
}

function tooManyFailures(wait: number): RateLimitedError {
  const w = waitText(wait);
  return new RateLimitedError(wait, {
    id: `Terlalu banyak percobaan masuk yang gagal untuk email ini dari jaringan Anda. Coba lagi dalam ${w.id}.`,
    en: `Too many failed sign-in attempts for this email from your network. Try again in ${w.en}.`,
  });
}

/**
 * Over a free allowance: the refusal carries an ALTCHA challenge whose solution, sent with the next
 * attempt (`login(…, proofOfWork)`), is accepted instead of waiting.
 */
async function proofOfWorkNeeded(wait: number, powSecret: string, offeredProof: boolean): Promise<RateLimitedError> {
  const challenge = JSON.stringify(await createProofOfWorkChallenge(powSecret));
  const w = waitText(wait);
  return new RateLimitedError(
    wait,
    {
      id:
        `Ada banyak percobaan masuk yang gagal untuk email ini atau dari jaringan Anda. Untuk melindungi akun, ` +
        `masuk memerlukan verifikasi anti-spam otomatis${offeredProof ? ' yang baru' : ''}, atau coba lagi dalam ${w.id}.`,
      en:
        `There have been many failed sign-in attempts for this email or from your network. To protect the account, ` +
        `signing in needs ${offeredProof ? 'a new' : 'an'} automatic anti-spam check, or try again in ${w.en}.`,
    },
    { proofOfWorkChallenge: challenge },
  );
}
