import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config.js';
import { LOCATION_FILE, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { ormConfig, poolOptions } from './mikro-orm.config.js';

/** The repository root: relative SUARA_DATA_DIR values are taken from here, whatever the cwd. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Database {
  url: string;
  /** Set when we run the embedded server ourselves (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
}

/** Where the embedded PostgreSQL keeps its data (SUARA_DATA_DIR, relative to the repository). */
export function embeddedDataDir(config: Pick<Config, 'SUARA_DATA_DIR'>): string {
  return path.resolve(repositoryRoot, config.SUARA_DATA_DIR);
}

/** DATABASE_URL when given, otherwise the embedded PostgreSQL in SUARA_DATA_DIR. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const dataDir = embeddedDataDir(config);
  const embedded = await startEmbeddedDatabase(dataDir, log, { systemDir: config.SUARA_SYSTEM_DIR });
  const elsewhere = embedded.pgDir !== path.join(dataDir, 'pg');
  log(
    `Embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${embedded.pgDir}` +
      (elsewhere ? ` (where the user "postgres" can reach it; ${path.join(dataDir, LOCATION_FILE)} names it for the next start)` : ''),
  );
  return { url: embedded.url, embedded };
}

export async function createOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, overrides));
}

/** The pool the configuration asks for (DATABASE_POOL_SIZE, DATABASE_ACQUIRE_TIMEOUT_MS). */
export function configuredPool(config: Pick<Config, 'DATABASE_POOL_SIZE' | 'DATABASE_ACQUIRE_TIMEOUT_MS'>): Partial<Options> {
  return poolOptions({ size: config.DATABASE_POOL_SIZE, acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS });
}

/**
 * Where migrations, the demo load and the catalogue's LISTEN go: DATABASE_URL_DIRECT (or its older
 * name DATABASE_LISTEN_URL), else DATABASE_URL, else the embedded server. They need a connection that
 * is theirs for a whole session (a session advisory lock, LISTEN), which a transaction pooler such as
 * PgBouncer in transaction mode does not give (decision record 0031).
 */
export function directUrl(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_URL_DIRECT' | 'DATABASE_LISTEN_URL'>, db: Pick<Database, 'url'>): string {
  if (!config.DATABASE_URL) return db.url;
  return config.DATABASE_URL_DIRECT ?? config.DATABASE_LISTEN_URL ?? config.DATABASE_URL;
}

/** The advisory lock every Suara process takes around migrations and the demo load (as `hashtext` of this name, like our other locks). */
export const MIGRATION_LOCK = 'suara:migrate';

/**
 * Runs `work` while this process holds PostgreSQL's session advisory lock `key` on a connection of
 * its own to `url`; another process asking for the same lock waits until `work` is done. If this
 * process dies meanwhile, its connection closes and PostgreSQL releases the lock: nothing to clean
 * up by hand. The connection must reach the server itself (not through a transaction pooler, which
 * would hand the session, and the lock, to someone else between statements).
 */
export async function withAdvisoryLock<T>(url: string, key: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A server that ends the connection while we wait or work: the error surfaces from the query or
  // from `work`'s own connections; without a listener it would crash the process instead.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const free = await client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [key]);
    if (!free.rows[0]?.ok) {
      onWait?.();
      await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    }
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface MigrateOptions {
  /**
   * Done after the migrations while the lock is still held (the demo load into an empty database), so
   * that of several processes starting together exactly one does it and the others see its result.
   */
  andThen?: (applied: string[]) => Promise<void>;
  /** Another process holds the lock (it migrates or loads the demo world): called once before waiting. */
  onWait?: () => void;
}

/**
 * Applies every committed migration not yet applied, under the advisory lock MIGRATION_LOCK taken on
 * the ORM's own address: two API processes starting at once against an empty database migrate once;
 * the second waits, then finds nothing left to apply. Returns the names applied by this call.
 */
export async function migrate(orm: MikroORM, options: MigrateOptions = {}): Promise<string[]> {
  return withAdvisoryLock(orm.config.get('clientUrl') as string, MIGRATION_LOCK, async () => {
    const applied = (await orm.getMigrator().up()).map((m) => m.name);
    await options.andThen?.(applied);
    return applied;
  }, options.onWait);
}
