/**
 * The API process: `pnpm start:api` (or as part of `pnpm start`). Reads the configuration, opens the
 * database (DATABASE_URL or the embedded PostgreSQL), applies migrations, loads the demo world into
 * an empty database when wanted, serves GraphQL, and on Ctrl-C / SIGTERM stops in order: HTTP
 * (finishing requests in flight), the connection pool, then the embedded PostgreSQL. The embedded
 * PostgreSQL is supervised while the API runs: started again on its port if it stops on its own.
 */
import 'reflect-metadata';
import { demoWanted, loadConfig } from './config.js';
import { startupFailureLine } from './common/startup-failure.js';
import { configuredPool, createOrm, directUrl, migrate, openDatabase } from './db/database.js';
import { logger, setLogLevel } from './common/logger.js';
import { safeError } from './common/log-safe.js';
import { createAppServices } from './app-services.js';
import { createApiServer } from './server.js';
import { DEMO_PASSWORD, isDatabaseEmpty, loadDemoWorldInChild } from './demo/index.js';
import { publishRound } from './modules/opendata/index.js';
import { countPublicPasswordAccounts } from './modules/identity/index.js';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Staff accounts of the demo world sign in with a password printed in the README: said plainly at
 * every start while any is active, so that an install meant for real use is never left with them.
 */
async function warnOfPublicPasswords(orm: MikroORM): Promise<void> {
  const count = await countPublicPasswordAccounts(orm.em.fork());
  if (count === 0) return;
  logger.warn(
    `${count} demo staff account(s) still sign in with the public password "${DEMO_PASSWORD}": anyone can sign in as them. ` +
      'For real use start on an empty database with SUARA_DEMO=0 and create the first admin with `pnpm suara user:create`, ' +
      'or deactivate them with `pnpm suara demo:deactivate-accounts`.',
  );
}

async function main(): Promise<void> {
  const config = loadConfig(); // a ConfigError ends up as one plain line below
  startupContext = { databaseUrl: config.DATABASE_URL, apiPort: config.API_PORT };
  setLogLevel(config.LOG_LEVEL);
  const say = (msg: string) => logger.info(msg);

  const stopping: Array<() => Promise<void>> = [];
  /** Done at once when a shutdown begins, before anything is stopped. */
  const beforeStopping: Array<() => void> = [];
  let shuttingDown = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const step of beforeStopping) step();
    say(`${signal}: stopping the API…`);
    await stopAll();
    say('API stopped.');
    process.exit(exitCode);
  };
  const stopAll = async () => {
    for (const step of stopping.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        logger.warn('while stopping', { error: String(error) });
      }
    }
  };
  // A failed start stops what it started (the embedded PostgreSQL above all) before saying why.
  undoStart = stopAll;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  const db = await openDatabase(config, say);
  const embedded = db.embedded;
  if (embedded) {
    stopping.push(() => embedded.stop());
    // A Ctrl-C in the terminal reaches the embedded PostgreSQL too: its stop is then part of this
    // shutdown, not a crash to recover from.
    beforeStopping.push(() => embedded.unsupervise());
    // A crash, an OOM kill or someone's `pg_ctl stop`: start it again on the same port, meanwhile
    // requests get SERVICE_UNAVAILABLE and /healthz 503 (decision record 0009).
    embedded.supervise({
      log: (line) => logger.warn(line),
      onGiveUp: (reason) => {
        logger.error(reason);
        console.error(`\nSuara API: ${reason} Stopping.`);
        void shutdown('database lost', 1);
      },
    });
  }
  const orm = await createOrm(db.url, configuredPool(config));
  stopping.push(() => orm.close(true));

  // Migrations and the demo load go to the server itself, under one advisory lock: of several
  // replicas starting together one does them and the others wait, then find nothing to do (0031).
  const direct = directUrl(config, db);
  const migrationOrm = direct === db.url ? orm : await createOrm(direct, { pool: { min: 0, max: 1 } });
  try {
    await migrate(migrationOrm, {
      onWait: () => say('Another Suara process is migrating the database (or loading the demo world): waiting for it…'),
      andThen: async (applied) => {
        if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);
        if (!demoWanted(config) || !(await isDatabaseEmpty(migrationOrm.em.fork()))) return;
        say('Empty database: loading the demo world (four regions, a year of feedback)…');
        const started = Date.now();
        const summary = await loadDemoWorldInChild(direct);
        say(`${summary} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      },
    });
  } finally {
    if (migrationOrm !== orm) await migrationOrm.close(true);
  }
  await warnOfPublicPasswords(orm);

  // Complete survey periods are public open data from the first request on (decision record 0027);
  // the timer of createAppServices keeps them current. Not fatal: the page publishes on demand too.
  try {
    const round = await publishRound(orm.em.fork());
    if (round && round.published + round.revised > 0) say(`Open data: ${round.published} rows published, ${round.revised} revised.`);
  } catch (error) {
    logger.warn('could not publish open data at start-up', { error: String(error) });
  }

  const server = await createApiServer(await createAppServices(config, orm, direct));
  stopping.push(() => server.close());
  const port = await server.listen(config.API_PORT, config.API_HOST);
  say(`Suara API ready on http://localhost:${port}/graphql (health: http://localhost:${port}/healthz)`);
}

/**
 * A crash is not a decision to stop: exit code 70 tells `pnpm start` (scripts/start.mjs) to start
 * the API again, while exit code 1 (a wrong setting, a database given up on) stops everything.
 */
const EXIT_CRASHED = 70;
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    logger.error('the API crashed', { error: safeError(error) });
    process.exit(EXIT_CRASHED);
  });
}

/** What the failure line may name: the database's address (never its password), the port. */
let startupContext: Parameters<typeof startupFailureLine>[1] = {};
/** Stops whatever main() had started when it fails. */
let undoStart: () => Promise<void> = async () => {};

// A start-up failure is one plain line with the reason and what to do, never a stack trace: the
// person reading it is often installing Suara for the first time (decision record 0030).
main().catch(async (error: unknown) => {
  await undoStart().catch(() => undefined);
  console.error(startupFailureLine(error, startupContext));
  process.exit(1);
});
