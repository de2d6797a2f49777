import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ADMIN_URL, freePort, withAdmin } from './stack.js';

/**
 * Several built API processes (`node api/dist/main.js`, as systemd runs it) on one database of the
 * machine's PostgreSQL, each started, stopped and started again by the test: replicas behind a load
 * balancer as an operator runs them (docs/deploy.md). Build first (`pnpm build`).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_MAIN = path.join(ROOT, 'api', 'dist', 'main.js');
const API_NODE_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'api', 'node-flags.json'), 'utf8')) as string[];
/** Migrations plus a year of demo feedback: 10–70 s here, minutes on a machine shared with other test runs. */
export const API_READY_MS = 600_000;

export interface TestDatabase {
  name: string;
  url: string;
  sql<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

/** A new, empty database with a unique name; `drop()` removes it (connections left behind included). */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async sql<Row extends Record<string, unknown>>(text: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<Row>(text, values)).rows;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    drop: () => withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export interface ApiReplica {
  name: string;
  port: number;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** Everything it printed, across its restarts. */
  output(): string;
  /** Starts the process (again, on the same port); resolves when /healthz answers 200. */
  start(): Promise<void>;
  /** SIGTERM and wait for the exit (SIGKILL after `graceMs`); resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  kill(): Promise<void>;
  running(): boolean;
  /** One GraphQL request, as a client behind a trusted proxy at `clientAddress` (X-Forwarded-For). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
}

export interface GqlOptions {
  token?: string;
  clientAddress?: string;
  timeoutMs?: number;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** The code of the first error, or 'OK'. */
export const codeOf = (result: GqlResult<unknown>): string => result.errors[0]?.extensions?.code ?? (result.errors.length ? 'ERROR' : 'OK');

/** A replica of the API on `databaseUrl` with the given settings; not started until `start()`. */
export async function apiReplica(name: string, databaseUrl: string, env: Record<string, string> = {}): Promise<ApiReplica> {
  if (!existsSync(API_MAIN)) throw new Error('api/dist/main.js is missing: run `pnpm build` at the repository root first.');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const lines: string[] = [];
  let child: ChildProcess | null = null;
  let exited: Promise<number | null> = Promise.resolve(null);
  const running = () => child !== null && child.exitCode === null && child.signalCode === null;

  const replica: ApiReplica = {
    name,
    port,
    url,
    output: () => lines.join('\n'),
    running,
    async start() {
      if (running()) throw new Error(`${name} is already running`);
      const c = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
        cwd: path.dirname(API_MAIN),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          API_PORT: String(port),
          API_HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      const keep = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(`[${name}] ${line}`);
        if (lines.length > 2000) lines.splice(0, lines.length - 2000);
      };
      c.stdout!.on('data', keep);
      c.stderr!.on('data', keep);
      exited = new Promise((resolve) => c.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + API_READY_MS;
      while (Date.now() < deadline) {
        if (c.exitCode !== null || c.signalCode !== null) throw new Error(`${name} stopped while starting (exit ${c.exitCode ?? c.signalCode}):\n${lines.slice(-40).join('\n')}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
          if (response.status === 200) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${name} did not answer /healthz within ${API_READY_MS / 1000} s:\n${lines.slice(-40).join('\n')}`);
    },
    async stop(graceMs = 30_000) {
      if (!running()) return child?.exitCode ?? null;
      child!.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
      const outcome = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (outcome === 'late') {
        child!.kill('SIGKILL');
        await exited;
        throw new Error(`${name} did not stop within ${graceMs / 1000} s of SIGTERM:\n${lines.slice(-20).join('\n')}`);
      }
      return outcome;
    },
    async kill() {
      if (!running()) return;
      child!.kill('SIGKILL');
      await exited;
    },
    async gql<T>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.clientAddress) headers['x-forwarded-for'] = options.clientAddress;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const body = (await response.json()) as { data?: T | null; errors?: GqlResult<T>['errors'] };
      return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
  return replica;
}
