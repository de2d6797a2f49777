import { ConnectionException } from '@mikro-orm/core';

/**
 * Does this error mean "the database cannot be reached right now" (the client should try again
 * shortly: SERVICE_UNAVAILABLE) rather than "our bug" (INTERNAL_SERVER_ERROR)? Decision record 0009.
 *
 * Classified by what the driver tells us — SQLSTATE, the operating system's error code, the error
 * class — and only where node-postgres and Knex give nothing better, by their fixed messages. The
 * cause chain is followed (MikroORM and Knex wrap the driver's error).
 */

/** SQLSTATEs of a server that is going away, coming back, or has no room for us. */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith('08') || // connection_exception, e.g. 08006 connection_failure, 08001 cannot connect
    code === '57P01' || // admin_shutdown: "terminating connection due to administrator command" (fast/immediate stop)
    code === '57P02' || // crash_shutdown: another server process crashed, all connections end
    code === '57P03' || // cannot_connect_now: "the database system is starting up / shutting down / in recovery"
    code === '57P05' || // idle_session_timeout
    code.startsWith('53') || // insufficient_resources, e.g. 53300 too_many_connections
    code === '55P03' || // lock_not_available: lock_timeout, a row held by someone else for too long
    code === '57014' // query_canceled: statement_timeout
  );
}

/** Errors of the network or the operating system on the way to the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/** node-postgres and Knex raise these without any code. */
const CODELESS_MESSAGES = [
  /Connection terminated/i, // pg: "Connection terminated unexpectedly", "... due to connection timeout"
  /is not queryable/i, // pg: "Client has encountered a connection error and is not queryable", "Client was closed ..."
  /timeout exceeded when trying to connect/i, // pg: connectionTimeoutMillis
  /Connection ended unexpectedly/i, // knex: a pooled connection whose socket ended
  /Timeout acquiring a connection/i, // knex: the pool could not give a connection in time (acquireTimeoutMillis)
  /Unable to acquire a connection/i, // knex: the pool is being destroyed
  // knex: when the connection breaks under a transaction's BEGIN, knex ends the transaction with the
  // real error out of reach and still runs its body, whose first query then fails with this. (A body
  // using its transaction after the commit would read the same; it is still logged, with its text.)
  /Transaction query already complete/i,
];

function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    const e = current as { errors?: unknown; cause?: unknown; originalError?: unknown };
    // Node's net.connect to a name with several addresses fails with an AggregateError.
    if (Array.isArray(e.errors)) chain.push(...e.errors);
    current = e.cause ?? e.originalError;
  }
  return chain;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some((e) => {
    if (e instanceof ConnectionException) return true;
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (name === 'KnexTimeoutError') return true;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code)) return true;
      // A SQLSTATE decides: any other one (a constraint, a syntax error…) is not about availability.
      // (No SQLSTATE class starts with E; those are errno names.)
      if (/^[0-9A-Z]{5}$/.test(code) && !code.startsWith('E')) return isUnavailableSqlState(code);
    }
    return typeof message === 'string' && CODELESS_MESSAGES.some((pattern) => pattern.test(message));
  });
}
