import { createHmac } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors.js';

/**
 * Abuse defence without third-party services (issue: "Citizens rate a service"):
 * - network addresses and devices are kept only as salted HMACs, never in clear;
 * - per-client limits live in PostgreSQL (rate-limiter-flexible's Postgres store), so every API
 *   replica shares them and a restart does not reset them.
 */
export function hashSignal(salt: string, value: string): string {
  return createHmac('sha256', salt).update(value).digest('hex');
}

export interface RateLimit {
  /** Takes one point for `key`; throws RateLimitedError (with seconds to wait) when over the limit. */
  consume(key: string): Promise<void>;
}

/**
 * `points` per `durationSeconds` for each key; 0 points turns the limit off (SUARA_SUBMIT_RATE_LIMIT=0).
 * `sweeper`: this limiter also deletes rows of every limiter that expired over an hour ago (every
 * 5 minutes, on an unref'd timer); one sweeper per process is enough, the table is shared.
 */
export function createRateLimit(orm: MikroORM, keyPrefix: string, points: number, durationSeconds = 3600, sweeper = false): RateLimit {
  if (points <= 0) return { consume: async () => undefined };
  const limiter = new RateLimiterPostgres({
    storeClient: orm.em.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    // The table comes from a migration, so the API needs no CREATE rights at run time.
    tableCreated: true,
    clearExpiredByTimeout: sweeper,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key, 1);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    },
  };
}
