import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createAppServices } from '../../src/app-services.js';
import { setLogLevel } from '../../src/common/logger.js';
import { loadConfig } from '../../src/config.js';
import { configuredPool, createOrm, migrate } from '../../src/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { createApiServer, type ApiServer } from '../../src/server.js';
import { postGraphql, type GraphQLResponse, type RequestOptions } from './api.js';

/**
 * A PostgreSQL server of the test's own — an embedded one in a temporary folder, on its own port —
 * for tests that stop, kill or restart it without disturbing the run's shared test database.
 */
export interface OwnDatabase {
  db: EmbeddedDatabase;
  /** The temporary folder holding its data (`<dir>/pg`). */
  dir: string;
  /** Stops the server and removes the folder; safe to call twice and after a failure. */
  close(): Promise<void>;
}

export async function startOwnDatabase(): Promise<OwnDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'suara-own-pg-'));
  // As root the server runs as `postgres`, which must be able to reach the folder.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  let db: EmbeddedDatabase;
  try {
    db = await startEmbeddedDatabase(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    db,
    dir,
    async close() {
      try {
        await db.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface OwnApi {
  url: string;
  origin: string;
  orm: MikroORM;
  server: ApiServer;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** GET /healthz: its status code. */
  health(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real API over HTTP, in this process, on the given database, built as `main.ts` builds it:
 * production defaults (pool, rate limits) unless `env` says otherwise. Migrates the database first.
 */
export async function startApiOn(databaseUrl: string, env: Record<string, string> = {}): Promise<OwnApi> {
  // Quiet by default; TEST_LOG_LEVEL=warn shows what the API logs (e.g. the driver's errors behind
  // each SERVICE_UNAVAILABLE) when looking into a failure.
  setLogLevel((process.env.TEST_LOG_LEVEL as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'silent');
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env });
  const orm = await createOrm(databaseUrl, configuredPool(config));
  let server: ApiServer;
  try {
    await migrate(orm);
    server = await createApiServer(await createAppServices(config, orm));
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const port = await server.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;

  return {
    url,
    origin,
    orm,
    server,
    gql: <T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => postGraphql<T>(url, query, variables, options),
    async health() {
      return (await fetch(`${origin}/healthz`)).status;
    },
    async close() {
      try {
        await server.close();
      } finally {
        await orm.close(true);
      }
    },
  };
}

/** Waits until `check` holds; fails naming `what` after a generous deadline (never a timing assertion). */
export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 60_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** One statement on a database of a test's own, on a connection opened and closed for it. */
export async function querySql<Row extends Record<string, unknown>>(connectionString: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString });
  // A server being stopped under the test may end the connection; the query's own error says so.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}
