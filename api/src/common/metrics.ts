import client from 'prom-client';
import type { PoolCounts } from '../db/pool-stats.js';
import { PORTAL_OPERATIONS } from '../graphql/portal-operations.js';

/**
 * The API's Prometheus metrics (decision record 0032), served at /metrics (http/metrics-endpoint.ts).
 * One registry per process, like the logger: each replica answers for itself and Prometheus adds
 * them up. Every label has a bounded set of values, and no value a client sent ever becomes one
 * unless it is an operation name that passes `operationLabel`: never query text, never variables.
 */
export const registry = new client.Registry();

/** Request latencies: from 5 ms (a cached read) to the 30 s the portal would long have given up at. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A rollup write is one statement: milliseconds normally, seconds when rows are locked. */
const WRITE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const requests = new client.Counter({
  name: 'suara_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name (others beyond the cap: "other"; no name: "anonymous").',
  labelNames: ['operation'] as const,
  registers: [registry],
});
const latency = new client.Histogram({
  name: 'suara_graphql_request_duration_seconds',
  help: 'Time from the request arriving to its answer being sent, by operation name.',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
const errors = new client.Counter({
  name: 'suara_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code (one request may carry several).',
  labelNames: ['code'] as const,
  registers: [registry],
});
const ratings = new client.Counter({
  name: 'suara_ratings_total',
  help: 'Ratings stored (committed), by channel: web (portal and API clients), kiosk (registered counter kiosks), paper (questionnaires typed in by HR).',
  labelNames: ['channel'] as const,
  registers: [registry],
});
const rollupWrites = new client.Histogram({
  name: 'suara_rollup_write_seconds',
  help: 'Time of the statements that write the satisfaction rollup: rating (a batch of ratings with its rollup rows), apply (moderation, paper ratings), rebuild.',
  labelNames: ['path'] as const,
  buckets: WRITE_BUCKETS,
  registers: [registry],
});

/** The codes formatError gives (CONTRACT.md, Conventions, and Apollo's own); anything else counts as OTHER. */
const ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Names other than the portal's that get a label of their own, first come first served. */
export const OTHER_OPERATIONS_MAX = 200;
const known = new Set(PORTAL_OPERATIONS);
const admitted = new Set<string>();

/**
 * The label of an operation name: the portal's operations always; another well-formed name while
 * fewer than OTHER_OPERATIONS_MAX such names have been seen (an HR system's own queries); "other"
 * beyond that or for a name that is not a plain identifier, so no client can grow the series without
 * bound; "anonymous" without a name.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (known.has(name) || admitted.has(name)) return name;
  if (!OPERATION_NAME.test(name) || admitted.size >= OTHER_OPERATIONS_MAX) return 'other';
  admitted.add(name);
  return name;
}

/** One GraphQL request answered: its operation's label, how long it took, the codes of its errors. */
export function observeRequest(operation: string, seconds: number, errorCodes: readonly string[] = []): void {
  requests.inc({ operation });
  latency.observe({ operation }, seconds);
  for (const code of errorCodes) errors.inc({ code: ERROR_CODES.has(code) ? code : 'OTHER' });
}

export type RatingChannel = 'web' | 'kiosk' | 'paper';

/** Ratings committed to the database (after the statement or transaction that stored them). */
export function countRatings(channel: RatingChannel, count = 1): void {
  if (count > 0) ratings.inc({ channel }, count);
}

/** Times one write of the satisfaction rollup (satisfaction-rollup.ts, the rating batch). */
export async function timeRollupWrite<T>(path: 'rating' | 'apply' | 'rebuild', write: () => Promise<T>): Promise<T> {
  const end = rollupWrites.startTimer({ path });
  try {
    return await write();
  } finally {
    end();
  }
}

type PoolReader = () => PoolCounts | undefined;
const pools = new Set<PoolReader>();
const ratingQueues = new Set<() => number>();

function sumPools(read: (pool: PoolCounts) => number): number {
  let sum = 0;
  for (const reader of pools) {
    const counts = reader();
    if (counts) sum += read(counts);
  }
  return sum;
}

new client.Gauge({
  name: 'suara_db_pool_connections_in_use',
  help: 'Pooled database connections lent to a request or a batch of ratings right now.',
  registers: [registry],
  collect() {
    this.set(sumPools((p) => p.inUse));
  },
});
new client.Gauge({
  name: 'suara_db_pool_connections_idle',
  help: 'Pooled database connections open and free right now.',
  registers: [registry],
  collect() {
    this.set(sumPools((p) => p.idle));
  },
});
new client.Gauge({
  name: 'suara_db_pool_waiting',
  help: 'Requests waiting for a pooled connection right now (each gets SERVICE_UNAVAILABLE after DATABASE_ACQUIRE_TIMEOUT_MS).',
  registers: [registry],
  collect() {
    this.set(sumPools((p) => p.waiting));
  },
});
new client.Gauge({
  name: 'suara_db_pool_connections_max',
  help: 'The most connections the pool opens (DATABASE_POOL_SIZE).',
  registers: [registry],
  collect() {
    this.set(sumPools((p) => p.max));
  },
});

new client.Gauge({
  name: 'suara_ratings_waiting',
  help: 'Ratings queued for the next batch while earlier batches are being stored (submission.batcher.ts).',
  registers: [registry],
  collect() {
    let sum = 0;
    for (const read of ratingQueues) sum += read();
    this.set(sum);
  },
});

let defaultsCollected = false;

/**
 * Starts what /metrics reports about this process's API server: its pool's gauges (read when
 * Prometheus asks, db/pool-stats.ts) and its queue of ratings, and once per
 * process Node's own metrics (CPU, memory, event-loop delay, GC). Returns the undo, for close().
 */
export function watchApi(sources: { pool: PoolReader; ratingsWaiting: () => number }): () => void {
  if (!defaultsCollected) {
    defaultsCollected = true;
    client.collectDefaultMetrics({ register: registry });
  }
  pools.add(sources.pool);
  ratingQueues.add(sources.ratingsWaiting);
  return () => {
    pools.delete(sources.pool);
    ratingQueues.delete(sources.ratingsWaiting);
  };
}
