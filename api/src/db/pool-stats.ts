import type { MikroORM } from '@mikro-orm/postgresql';

/** How the ORM's pool of connections stands right now (for the metrics, common/metrics.ts). */
export interface PoolCounts {
  inUse: number;
  idle: number;
  /** Requests waiting for a connection. */
  waiting: number;
  max: number;
}

/** tarn.js, the pool of Knex under MikroORM. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The pool's counts, read from tarn.js; undefined once the ORM is closed. */
export function poolCounts(orm: MikroORM): PoolCounts | undefined {
  let pool: TarnPool | undefined;
  try {
    pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  } catch {
    return undefined;
  }
  if (!pool) return undefined;
  return { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires(), max: pool.max };
}
