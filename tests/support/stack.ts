import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The whole product for one test file, as a citizen meets it: a fresh database on the machine's
 * PostgreSQL, the built API loading the demo world into it, and the built portal in front of it.
 * Nothing is mocked. It runs what `pnpm build` produced, so build first.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_MAIN = path.join(ROOT, 'api', 'dist', 'main.js');
/** The Node.js flags the API runs with in production (api/node-flags.json, decision record 0008). */
const API_NODE_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'api', 'node-flags.json'), 'utf8')) as string[];
const PORTAL_SERVER = path.join(ROOT, 'portal', 'server.mjs');
const PORTAL_BUILD = path.join(ROOT, 'portal', 'build', 'server', 'index.js');
/** The same server the API's tests use (api/test/support/test-database.ts); trust auth on loopback. */
export const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const API_READY_MS = 120_000; // migrations plus a year of demo feedback: ~6 s here, generous for CI
const PORTAL_READY_MS = 20_000;

export interface Stack {
  /** The portal's origin, e.g. http://127.0.0.1:41234 (no trailing slash). */
  portalUrl: string;
  /** The API's GraphQL endpoint, or null for a stack started without an API. */
  apiUrl: string | null;
  /** The stack's database, for one more API replica on it (support/replicas.ts); null without an API. */
  databaseUrl: string | null;
  /**
   * Asks the API directly: tests read the truth there and compare it with what the page shows.
   * `headers` go with the request as a device would send them (`{ 'X-Kiosk-Token': token }`).
   */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { headers?: Record<string, string> }): Promise<T>;
  /**
   * Reads (or, to set up a case, changes) the stack's own database: what was really stored, which no
   * public API shows (the spam flag, how many rows one idempotency key made).
   */
  sql<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  /**
   * Starts one more portal in front of the same API, with extra settings (`{ PUBLIC_URL: … }`), as a
   * second replica configured differently would be; it stops with the stack. Returns its origin.
   */
  startPortal(env: Record<string, string>): Promise<string>;
  /** Whatever the API and portal printed, for a failure message. */
  logs(): string;
  /** Process ids, to read a server's memory from /proc or profile it; null when not running. */
  apiPid: number | null;
  portalPid: number | null;
  /** Milliseconds from starting the API process to its first healthy answer (migrations and demo world included). */
  apiReadyMs: number | null;
  /**
   * Stops the API and leaves the portal running, as when the API goes away while a citizen has a page
   * open. There is no way back: only for the last test of a file.
   */
  stopApi(): Promise<void>;
  /**
   * Stops both servers and drops the database. `graceful`: SIGTERM first, so that a process started
   * with `--cpu-prof` writes its profile on the way out (a SIGKILLed one writes nothing).
   */
  stop(options?: { graceful?: boolean }): Promise<void>;
}

export interface StackOptions {
  /**
   * false: no database and no API; the portal points at a port where nothing listens, as when the
   * API is down. Cheap, and the only way to see the portal's "service unavailable" page.
   */
  api?: boolean;
  /** Extra settings for the API process, e.g. `{ SUARA_SUBMIT_RATE_LIMIT: '2' }`. */
  apiEnv?: Record<string, string>;
  /** Extra settings for the portal process, e.g. `{ PUBLIC_URL: 'https://suara.example' }` or `{ TRUST_PROXY: '127.0.0.1' }`. */
  portalEnv?: Record<string, string>;
  /** Extra options for the API's and the portal's `node`, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/x']`. */
  apiNodeArgs?: string[];
  portalNodeArgs?: string[];
  /** Starts the name of the stack's database, so that a leftover one says who made it. */
  databasePrefix?: string;
}

/**
 * Every stack not yet stopped, also one still starting: a Ctrl-C handler stops them all with
 * stopAllStacks(), as a test runner's teardown would.
 */
const live = new Set<() => Promise<void>>();

/** Stops every stack of this process (children killed, databases dropped). */
export async function stopAllStacks(): Promise<void> {
  await Promise.allSettled([...live].map((stop) => stop()));
}

function assertBuilt(): void {
  const missing = [API_MAIN, PORTAL_BUILD].filter((file) => !existsSync(file)).map((file) => path.relative(ROOT, file));
  if (missing.length) {
    throw new Error(`The browser tests run the built product, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. Run \`pnpm build\` at the repository root first.`);
  }
}

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The whole-system tests and the bench need the machine's PostgreSQL at ${ADMIN_URL} (${error instanceof Error ? error.message : String(error)}). ` +
        'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDatabase(prefix = 'suara_e2e'): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function dropDatabase(name: string): Promise<void> {
  // `with (force)`: a SIGKILLed API may leave its connections behind for a moment.
  await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
}

interface Child {
  process: ChildProcess;
  output: string[];
  exited: Promise<void>;
}

function start(name: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: path.dirname(script),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(`[${name}] ${line}`);
    // Only the end matters when something fails; a long run must not grow without bound.
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { process: child, output, exited };
}

async function waitUntilReady(child: Child, url: string, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${what} stopped while starting (exit code ${child.process.exitCode}):\n${child.output.slice(-40).join('\n')}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer 200 at ${url} within ${timeoutMs / 1000} s:\n${child.output.slice(-40).join('\n')}`);
}

const running = (child: Child | undefined): child is Child =>
  child !== undefined && child.process.exitCode === null && child.process.signalCode === null;

async function kill(child: Child | undefined): Promise<void> {
  if (!running(child)) return;
  // SIGKILL: a graceful stop is the servers' own tests' business; here it would only cost time.
  child.process.kill('SIGKILL');
  await child.exited;
}

/** SIGTERM, and SIGKILL if the process has not exited after `graceMs`. */
async function terminate(child: Child | undefined, graceMs = 15_000): Promise<void> {
  if (!running(child)) return;
  child.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  const outcome = await Promise.race([child.exited, late]);
  clearTimeout(timer);
  if (outcome === 'late') await kill(child);
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  assertBuilt();
  const withApi = options.api ?? true;
  let database: { name: string; url: string } | undefined;
  let api: Child | undefined;
  let portal: Child | undefined;
  const extraPortals: Child[] = [];
  let apiUrl: string | null = null;
  let apiReadyMs: number | null = null;
  let stopRequested = false;

  // Idempotent: a Ctrl-C may stop a stack that is still starting, and its own start-up then stops it again.
  const stop = async (stopOptions: { graceful?: boolean } = {}) => {
    stopRequested = true;
    if (stopOptions.graceful) await Promise.all([terminate(portal), terminate(api), ...extraPortals.map((p) => terminate(p))]);
    else await Promise.all([kill(portal), kill(api), ...extraPortals.map((p) => kill(p))]);
    if (database) await dropDatabase(database.name);
    live.delete(stop);
  };
  live.add(stop);
  const stillWanted = () => {
    if (stopRequested) throw new Error('The stack was stopped while it was starting.');
  };
  const logs = () => [...(api?.output ?? []), ...(portal?.output ?? []), ...extraPortals.flatMap((p) => p.output)].join('\n');
  /** A portal in front of `portalApiUrl`, ready when its static files answer (which needs no API). */
  const startPortal = async (portalApiUrl: string, env: Record<string, string> = {}, name = 'portal') => {
    const portalPort = await freePort();
    const child = start(
      name,
      PORTAL_SERVER,
      {
        NODE_ENV: 'production',
        PORTAL_PORT: String(portalPort),
        PORTAL_HOST: '127.0.0.1',
        API_URL: portalApiUrl,
        ...env,
      },
      options.portalNodeArgs,
    );
    const portalUrl = `http://127.0.0.1:${portalPort}`;
    return { child, portalUrl, ready: waitUntilReady(child, `${portalUrl}/favicon.svg`, 'The portal', PORTAL_READY_MS) };
  };

  try {
    if (withApi) {
      database = await createDatabase(options.databasePrefix);
      stillWanted();
      const apiPort = await freePort();
      const apiStarted = performance.now();
      api = start(
        'api',
        API_MAIN,
        {
          DATABASE_URL: database.url,
          SUARA_DEMO: '1',
          API_PORT: String(apiPort),
          API_HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          ...options.apiEnv,
        },
        [...API_NODE_FLAGS, ...(options.apiNodeArgs ?? [])],
      );
      await waitUntilReady(api, `http://127.0.0.1:${apiPort}/healthz`, 'The API', API_READY_MS);
      apiReadyMs = performance.now() - apiStarted;
      stillWanted();
      apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    }

    // Without an API: a port that was free a moment ago, so every call is refused.
    const portalApiUrl = apiUrl ?? `http://127.0.0.1:${await freePort()}/graphql`;
    const first = await startPortal(portalApiUrl, options.portalEnv);
    portal = first.child;
    const portalUrl = first.portalUrl;
    // A static file proves the server is up without calling the API (which may be down on purpose).
    await first.ready;
    stillWanted();

    return {
      portalUrl,
      apiUrl,
      databaseUrl: database?.url ?? null,
      logs,
      stop,
      get apiPid() {
        return running(api) ? (api.process.pid ?? null) : null;
      },
      get portalPid() {
        return running(portal) ? (portal.process.pid ?? null) : null;
      },
      apiReadyMs,
      stopApi: () => kill(api),
      async startPortal(env) {
        const extra = await startPortal(portalApiUrl, env, `portal ${extraPortals.length + 2}`);
        extraPortals.push(extra.child);
        await extra.ready;
        return extra.portalUrl;
      },
      async graphql<T>(query: string, variables: Record<string, unknown> = {}, graphqlOptions: { headers?: Record<string, string> } = {}) {
        if (!apiUrl) throw new Error('This stack was started without an API.');
        const response = await fetch(apiUrl, {
          method: 'POST',
          headers: { ...graphqlOptions.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
        if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
        return body.data;
      },
      async sql<Row extends Record<string, unknown>>(text: string, values: unknown[] = []) {
        if (!database) throw new Error('This stack was started without a database.');
        const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5_000 });
        await client.connect();
        try {
          return (await client.query<Row>(text, values)).rows;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
