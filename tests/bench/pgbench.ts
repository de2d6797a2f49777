/**
 * The baseline: what the same PostgreSQL server does with the simplest write there is, one small row
 * per transaction, from `pgbench` (PostgreSQL's client tools). The API's write figures are read as a
 * share of it, which holds on a shared machine where absolute figures drift.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ADMIN_URL, withAdmin } from '../support/stack.js';
import { percentile } from './stats.js';

export interface PgbenchResult {
  tps: number;
  transactions: number;
  failed: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  clients: number;
  threads: number;
  seconds: number;
}

export const PGBENCH_HELP =
  'pgbench was not found, so there is no baseline and no ratio. It comes with PostgreSQL\'s client tools: ' +
  'on Debian `apt-get install postgresql-contrib` (or `postgresql-client`); or point PGBENCH at the binary.';

/** The pgbench binary, or null: PGBENCH when set (and only it), else Debian's wrapper, else the PATH. */
export function findPgbench(): string | null {
  const chosen = process.env.PGBENCH;
  if (chosen) return existsSync(chosen) && works(chosen) ? chosen : null;
  if (existsSync('/usr/bin/pgbench') && works('/usr/bin/pgbench')) return '/usr/bin/pgbench';
  const which = spawnSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found && works(found) ? found : null;
}

// Debian's /usr/bin/pgbench is a wrapper that exists even when no version's binary is installed.
const works = (binary: string) => spawnSync(binary, ['--version'], { encoding: 'utf8' }).status === 0;

export interface PgbenchRun {
  binary: string;
  seconds: number;
  clients?: number;
  threads?: number;
  /** The transaction script; default one small insert (the write baseline). `select 1;` gives the round-trip floor. */
  script?: string;
  /** Called with the running child, so that a Ctrl-C handler can stop it. */
  onChild?: (child: ChildProcess | null) => void;
}

/**
 * Insert-only pgbench (or `run.script`) in a scratch database made for the run and dropped after it, whatever happens.
 * Latency percentiles come from pgbench's per-transaction log (`-l`), which it prints no summary of.
 */
export async function runPgbench(run: PgbenchRun): Promise<PgbenchResult> {
  const clients = run.clients ?? 8;
  const threads = run.threads ?? 2;
  const name = `suara_bench_pg_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const work = mkdtempSync(path.join(tmpdir(), 'suara-pgbench-'));
  const admin = new URL(ADMIN_URL);
  let created = false;
  try {
    await withAdmin((client) => client.query(`create database ${name}`));
    created = true;
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const db = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
    await db.connect();
    try {
      await db.query('create table bench_row (id bigserial primary key, v integer not null, at timestamptz not null default now())');
    } finally {
      await db.end().catch(() => undefined);
    }

    const script = path.join(work, 'insert.sql');
    writeFileSync(script, run.script ?? '\\set v random(1, 1000000)\ninsert into bench_row (v) values (:v);\n');
    const args = ['-n', '-c', String(clients), '-j', String(threads), '-T', String(run.seconds), '-f', script, '-l', `--log-prefix=${path.join(work, 'tx')}`, name];
    const env = {
      ...process.env,
      PGHOST: admin.hostname,
      PGPORT: admin.port || '5432',
      PGUSER: decodeURIComponent(admin.username) || 'postgres',
      ...(admin.password ? { PGPASSWORD: decodeURIComponent(admin.password) } : {}),
    };
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(run.binary, args, { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
      run.onChild?.(child);
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        run.onChild?.(null);
        if (code === 0) resolve(text);
        else reject(new Error(`pgbench ended with ${signal ?? `exit code ${code}`}:\n${text}`));
      });
    });

    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1] ?? Number.NaN);
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? 0);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${output}`);
    const latencies = readTransactionLog(work);
    return {
      tps,
      transactions,
      failed,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      clients,
      threads,
      seconds: run.seconds,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (created) await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
  }
}

/** Latencies (ms) from pgbench's per-transaction logs: `client tx latency_µs script epoch µs`, one file per thread. */
export function readTransactionLog(dir: string): number[] {
  const latencies: number[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith('tx.'))) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
    }
  }
  return latencies;
}
