import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';
import { logger } from '../common/logger.js';

/** Tables that live outside the entity model; the schema diff must not try to drop them. */
export const UNMANAGED_TABLES = ['mikro_orm_migrations', 'rate_limit'];

export interface PoolSettings {
  /** DATABASE_POOL_SIZE */
  size: number;
  /** DATABASE_ACQUIRE_TIMEOUT_MS */
  acquireTimeoutMs: number;
}

/** The defaults of DATABASE_POOL_SIZE and DATABASE_ACQUIRE_TIMEOUT_MS (config.ts). */
export const DEFAULT_POOL: PoolSettings = { size: 10, acquireTimeoutMs: 3000 };

/**
 * The connection pool. Knex waits 60 s for a free connection by default: under load a request would
 * hang for a minute before failing, and every other request queues behind it. A short wait turns
 * an exhausted pool or a database that went away into a quick SERVICE_UNAVAILABLE instead.
 */
export function poolOptions(pool: PoolSettings): Partial<Options> {
  return {
    pool: { min: 0, max: pool.size, acquireTimeoutMillis: pool.acquireTimeoutMs, createTimeoutMillis: pool.acquireTimeoutMs },
    driverOptions: {
      acquireConnectionTimeout: pool.acquireTimeoutMs,
      connection: {
        // A database host that does not answer at all (not even a refusal) must not hang a connect.
        connectionTimeoutMillis: pool.acquireTimeoutMs,
        // A row someone keeps locked (a repair, another replica's migration) must not hold every
        // batch of ratings for ever: after 5 s the statement gives up and the caller hears
        // SERVICE_UNAVAILABLE. Nothing we run may take a minute.
        lock_timeout: 5_000,
        statement_timeout: 60_000,
        idle_in_transaction_session_timeout: 60_000,
      },
    },
  };
}

/**
 * The one ORM configuration, shared by the server, the migration/seed scripts and the tests.
 * `clientUrl` is decided by the caller (an external server or the embedded one).
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    // Requests must fork their own EntityManager (context.ts); using the global one is a bug.
    allowGlobalContext: false,
    // Every timestamp is stored as timestamptz and read back as an absolute instant.
    forceUtcTimezone: true,
    // Relations a list can ask for are batched (DataLoader) instead of one query per row.
    dataloader: true,
    // Some of our read paths are SQL in the insights module; MikroORM must not guess at unknown tables.
    schemaGenerator: { skipTables: UNMANAGED_TABLES, disableForeignKeys: false },
    migrations: {
      tableName: 'mikro_orm_migrations',
      // The list is imported, not globbed: works the same from src under vitest/tsx and from dist.
      migrationsList,
      path: 'dist/migrations',
      pathTs: 'src/migrations',
      transactional: true,
      silent: true,
      allOrNothing: true,
      // No snapshot file: the migrator rewrites it whenever migrations run (tests, start-up), which
      // would dirty a committed file. `db:migration:create` diffs against a freshly migrated database.
      snapshot: false,
      emit: 'ts',
    },
    seeder: { path: 'dist/demo', pathTs: 'src/demo' },
    ...poolOptions(DEFAULT_POOL),
    debug: false,
    ...overrides,
    driverOptions: { log: knexLog, ...(overrides.driverOptions ?? poolOptions(DEFAULT_POOL).driverOptions) },
  });
}

/**
 * Knex prints its warnings with console.log; ours go through the one logger. "Connection Error: …"
 * is Knex dropping a pooled connection the server ended (a restart): expected, and the requests it
 * affects are already logged as "database unavailable".
 */
const knexLog = {
  warn: (message: unknown) =>
    /^Connection Error/.test(String(message)) ? logger.debug('database connection dropped from the pool', { detail: String(message) }) : logger.warn(`knex: ${String(message)}`),
  error: (message: unknown) => logger.error(`knex: ${String(message)}`),
  deprecate: (message: unknown) => logger.warn(`knex: ${String(message)}`),
  debug: (message: unknown) => logger.debug(`knex: ${String(message)}`),
};
