import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from './errors.js';
import { sql, type SqlQuery } from './sql.js';

/**
 * Abuse defence without third-party services:
 * - network addresses and devices are kept only as salted HMACs, never in clear;
 * - per-client limits are fixed-window counters in PostgreSQL (`rate_limit`), so every API replica
 *   shares them and a restart does not reset them.
 *
 * A limit never takes a connection of its own: it runs on the EntityManager the caller passes (the
 * request's, or its open transaction), and the rating's counter is part of the rating's own SQL
 * statement (submission.service.ts). A limiter that asked the pool for a second connection while the
 * caller held one froze the whole API once ten citizens rated at the same moment (decision record 0007).
 */
export function hashSignal(salt: string, value: string): string {
  return createHmac('sha256', salt).update(value).digest('hex');
}

/**
 * The part of a network address that per-address limits count: the address itself for IPv4, and
 * its /64 network for IPv6 — a carrier hands each phone a /64 and the phone may use any address in
 * it, so counting single IPv6 addresses would let one phone open new buckets at will.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv6(address)) {
    const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
  }
  return address;
}

/**
 * The statement that takes one point of `key`: a new window starts when the old one has expired;
 * over `allowed` points the row is left alone and nothing is returned. `admittedBy` (a FROM/WHERE)
 * lets a larger statement decide whether a point is taken at all: the rating's single statement
 * (submission.service.ts) takes one only for a rating it is about to store.
 */
export function takePointSql(key: string | null, windowSeconds: number, allowed: SqlQuery, admittedBy: SqlQuery = sql``): SqlQuery {
  return sql`insert into rate_limit as r (key, points, expire)
    select ${key}::text, 1, now() + make_interval(secs => ${windowSeconds}::int) ${admittedBy}
    on conflict (key) do update set
      points = case when r.expire <= now() then 1 else r.points + 1 end,
      expire = case when r.expire <= now() then excluded.expire else r.expire end
    where r.expire <= now() or r.points < ${allowed}
    returning points`;
}

/** Seconds until the window of `key` ends, at least 1 (null when `key` has no counter). */
export function waitSql(key: string | null): SqlQuery {
  return sql`select greatest(1, ceil(extract(epoch from (r.expire - now()))))::int from rate_limit r where r.key = ${key}::text`;
}

/**
 * The statement that gives back one point of `key` in its current window: the attempt it was taken
 * for turned out not to count (a sign-in that succeeded is not a failure). It ends in its WHERE
 * clause, so a larger statement may add a condition.
 */
export function giveBackPointSql(key: string): SqlQuery {
  return sql`update rate_limit set points = greatest(points - 1, 0) where key = ${key}::text and expire > now()`;
}

/** The statement that forgets the counter of `key`: its next point starts a new window. Ends in its WHERE clause. */
export function resetSql(key: string): SqlQuery {
  return sql`delete from rate_limit where key = ${key}::text`;
}

/** `points` per window of `windowSeconds` for each key; 0 points turns the limit off. */
export class RateLimit {
  constructor(
    readonly prefix: string,
    readonly points: number,
    readonly windowSeconds: number,
  ) {}

  get enabled(): boolean {
    return this.points > 0;
  }

  key(subject: string): string {
    return `${this.prefix}:${subject}`;
  }

  /**
   * Takes one point for `subject` in one statement on the caller's connection; throws
   * RateLimitedError (with the seconds to wait) when the window's points are used up.
   */
  async consume(em: EntityManager, subject: string): Promise<void> {
    if (!this.enabled) return;
    const key = this.key(subject);
    // The wait is read in the same statement, from the snapshot before the point: over the limit
    // the row is unchanged, so it is the current window's end.
    const q = sql`with taken as (${takePointSql(key, this.windowSeconds, sql`${this.points}::int`)})
      select (select points from taken) as points, (${waitSql(key)}) as wait`;
    const [row] = await em.execute<Array<{ points: number | null; wait: number | null }>>(q.text, q.params);
    if (row?.points == null) throw new RateLimitedError(row?.wait ?? this.windowSeconds);
  }

  /** Forgets the points of `subject` in one statement on the caller's connection (e.g. after a success). */
  async reset(em: EntityManager, subject: string): Promise<void> {
    if (!this.enabled) return;
    const q = resetSql(this.key(subject));
    await em.execute(q.text, q.params);
  }
}

/** Deletes counters whose window ended over an hour ago (app-services.ts runs it every few minutes). */
export async function sweepExpiredCounters(em: EntityManager): Promise<void> {
  await em.execute(`delete from rate_limit where expire < now() - interval '1 hour'`);
}
