/**
 * `pnpm bench` (issue 6, point 5): the product's hot paths under load, in one run, against the built
 * API and portal as separate processes over loopback, with production settings (rate limiter on).
 * Prints one table and writes it as JSON (docs/bench/latest.json, or BENCH_OUT).
 *
 * Absolute figures drift on a shared 2-core machine; ratios hold. So every load row is also read as a
 * share of the same PostgreSQL server's own insert rate (pgbench), measured in the same run.
 *
 * A bench reports, it does not judge: exit 0 when targets are missed, non-zero only when the harness
 * itself breaks (a server that does not start, a query that the demo world cannot answer).
 *
 *   BENCH_SECONDS  seconds per load row (10)      BENCH_PROFILE=1  CPU profiles of the API and the portal
 *   BENCH_OUT      where the JSON goes            PGBENCH          the pgbench binary, if not on the PATH
 *
 * `pnpm bench --scale` runs the scale bench instead (scale.ts: trend and ranking at 10k/1M/10M rows).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { SKM_ELEMENTS } from '@suara/skm';
import { startStack, stopAllStacks, withAdmin, type Stack } from '../support/stack.js';
import { apiReplica } from '../support/replicas.js';
import { RATING_PAGE_JS_TARGET_BYTES, pageJavaScript } from '../support/page-js.js';
import { graphqlProblem, load, type LoadResult } from './load.js';
import { findPgbench, PGBENCH_HELP, runPgbench, type PgbenchResult } from './pgbench.js';
import { runSearchBench, SEARCH_SERVICES } from './search.js';
import { formatProfile, monotonicMicros, readProfiles, summarizeProfile, type ProfileSummary } from './profile.js';
import { fmt, formatTable, memoryOf, percentile, resetPeak, type Memory } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${JSON.stringify(raw)}: must be a positive number of seconds`);
  return value;
}

const SECONDS = positive('BENCH_SECONDS', 10);
// Long enough for V8 to optimise the hot paths and the pools to fill; short, since it is thrown away.
const WARMUP_SECONDS = Math.min(3, Math.max(1, Math.round(SECONDS / 5)));
const PROFILE = process.env.BENCH_PROFILE === '1';
// pnpm runs the script in tests/; a relative BENCH_OUT means relative to where `pnpm bench` was typed.
const OUT = process.env.BENCH_OUT
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.BENCH_OUT)
  : path.join(ROOT, 'docs', 'bench', 'latest.json');

const SERVICE_SLUG = 'mataram-ktp-el';
const REGION_SLUG = 'mataram';
const SUBMIT_CONNECTIONS = 100;
const READ_CONNECTIONS = 50;
const BURST_SIZE = 60;
const PGBENCH_CLIENTS = 8;
/** The API's default SUARA_SUBMIT_RATE_LIMIT: the burst is judged against it. */
const DEFAULT_LIMIT = 30;

const SERVICE_PAGE_QUERY =
  'query($slug:String!){ service(slug:$slug){ name unit { name } satisfaction { ikm grade responseCount elements { element average } } } }';
const SUBMIT_MUTATION = 'mutation($i:SubmitFeedbackInput!){ submitFeedback(input:$i){ receiptCode } }';

interface Row {
  measure: string;
  rps: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number | null;
  /** The API's memory after the row (VmRSS) and its peak during the row (VmHWM), MB. */
  api: Memory | null;
  portal: Memory | null;
  /** rps as a share of the pgbench baseline of this run, %. */
  ofPgbench: number | null;
  target: string;
  met: boolean | null;
  note: string;
  details?: unknown;
}

// ───────────────────────────── backup and restore (decision record 0033) ─────────────────────────────

interface BackupModule {
  backupToFile(url: string, file: string): Promise<{ tables: Array<{ rows: number }> }>;
  restoreFromFile(url: string, file: string): Promise<unknown>;
}

/**
 * `pnpm suara backup` of the demo world while the stack serves, and its restore into a new empty
 * database: the built API's own code (api/dist), as the command line runs it, without tsx's start-up.
 */
async function backupRow(databaseUrl: string | null): Promise<Row | null> {
  if (!databaseUrl) return null;
  await import(pathToFileURL(path.join(ROOT, 'api', 'node_modules', 'reflect-metadata', 'Reflect.js')).href);
  const mod = (await import(pathToFileURL(path.join(ROOT, 'api', 'dist', 'db', 'backup.js')).href)) as BackupModule;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suara-bench-backup-'));
  const file = path.join(dir, 'demo.gz');
  const name = `suara_bench_restore_${Date.now().toString(36)}`;
  try {
    let started = performance.now();
    const summary = await mod.backupToFile(databaseUrl, file);
    const backupSeconds = (performance.now() - started) / 1000;
    const rowsTotal = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    const sizeMb = statSync(file).size / 1e6;
    await withAdmin((client) => client.query(`create database ${name}`));
    const target = new URL(databaseUrl);
    target.pathname = `/${name}`;
    started = performance.now();
    await mod.restoreFromFile(target.toString(), file);
    const restoreSeconds = (performance.now() - started) / 1000;
    return {
      measure: 'back up the demo world (pnpm suara backup)',
      rps: null,
      p50Ms: null,
      p99Ms: null,
      errors: null,
      api: null,
      portal: null,
      ofPgbench: null,
      target: 'reported, no target',
      met: null,
      note: `${backupSeconds.toFixed(1)} s for ${fmt(rowsTotal)} rows in ${summary.tables.length} tables, ${sizeMb.toFixed(1)} MB gzip; restore into an empty database ${restoreSeconds.toFixed(1)} s (migrations, foreign keys and ANALYZE included)`,
      details: { backupSeconds, restoreSeconds, rows: rowsTotal, bytes: statSync(file).size },
    };
  } finally {
    await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ───────────────────────────── stopping cleanly, also on Ctrl-C ─────────────────────────────

/** Aborted by Ctrl-C: a running load stops at once and nothing new starts. */
const stopping = new AbortController();
let runningPgbench: ChildProcess | null = null;
let interrupted = false;

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) {
    // A second Ctrl-C: the user does not want to wait for the cleanup.
    process.exit(130);
  }
  interrupted = true;
  console.error(`\n${signal}: stopping the bench, its servers and scratch databases…`);
  stopping.abort();
  runningPgbench?.kill('SIGTERM');
  void (async () => {
    await stopAllStacks();
    // The main flow unwinds through its own `finally` blocks (the pgbench database is dropped there).
    await Promise.race([finished.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 20_000).unref())]);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  })();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

function stillRunning(): void {
  if (interrupted) throw new Error('interrupted');
}

// ───────────────────────────── small HTTP helpers (no load: set-up and checks) ─────────────────────────────

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function post(agent: http.Agent, url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const body = JSON.stringify(payload);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started }));
        response.on('error', reject);
      },
    );
    // Set-up and checks only: an answer that never comes is the harness's failure, not a figure.
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.on('error', reject);
    request.end(body);
  });
}

// ───────────────────────────── what the rows send ─────────────────────────────

/** A distinct client address for request n (10.a.b.c counting up), so no row measures the per-address limit. */
const addressOf = (n: number) => `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

const randomScore = () => 1 + Math.floor(Math.random() * 4);

function submitBody(serviceId: string, idempotencyKey: string): string {
  return JSON.stringify({
    query: SUBMIT_MUTATION,
    variables: { i: { serviceId, idempotencyKey, scores: SKM_ELEMENTS.map((element) => ({ element, score: randomScore() })) } },
  });
}

const hasReceipt = (data: Record<string, unknown>) =>
  typeof (data.submitFeedback as { receiptCode?: unknown } | null)?.receiptCode === 'string';

/** The portal's own RegionPage operation, read from its generated types so that the row follows the page. */
function regionPageQuery(): string {
  const file = path.join(ROOT, 'portal', 'app', 'graphql', 'generated', 'graphql.ts');
  const match = /RegionPageDocument = new TypedDocumentString\(`([\s\S]*?)`\)/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`The portal's RegionPage query was not found in ${path.relative(ROOT, file)}; has it been renamed?`);
  return match[1]!.trim();
}

/** A portal operation by name (`HrNeeds`, …), read from its generated types so that a row follows the page's query. */
function portalDocument(name: string): string {
  const file = path.join(ROOT, 'portal', 'app', 'graphql', 'generated', 'graphql.ts');
  const match = new RegExp(`${name}Document = new TypedDocumentString\\(\`([\\s\\S]*?)\`\\)`).exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`The portal's ${name} query was not found in ${path.relative(ROOT, file)}; has it been renamed?`);
  return match[1]!.trim();
}

/**
 * The mayor's dashboard reads (issue 10), by the contract's names: a region-year trend by month with
 * the nine elements, and the ranking with its change against the previous year.
 */
const TREND_QUERY =
  'query($r:String!,$from:Date!,$to:Date!){ serviceQualityTrend(regionSlug:$r, from:$from, to:$to, granularity: MONTH){ periodStart responseCount ikm grade elements { element average } } }';
const RANKING_QUERY = 'query($r:String!,$from:Date!,$to:Date!){ unitRanking(regionSlug:$r, from:$from, to:$to){ unit { id name } responseCount ikm grade change } }';
const STAFF_CONNECTIONS = 10;

function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

// ───────────────────────────── the run ─────────────────────────────

const rows: Row[] = [];
const notes: string[] = [];
let pgbenchBefore: PgbenchResult | null = null;
let pgbenchAfter: PgbenchResult | null = null;
/** Whether a load row met its target, given the run's pgbench tps (null without pgbench); null: no target. */
type Judge = (result: LoadResult, pgbenchTps: number | null) => boolean | null;

interface ProfileWindow {
  title: string;
  process: 'api' | 'portal';
  /** µs, CLOCK_MONOTONIC (profile.ts). */
  from: number;
  to: number;
}
let profiles: { dir: string; summaries: Array<{ title: string; summary: ProfileSummary | null }> } | null = null;

async function pgbenchRow(label: string, binary: string | null): Promise<PgbenchResult | null> {
  if (!binary) return null;
  stillRunning();
  process.stdout.write(`… ${label}\n`);
  const result = await runPgbench({ binary, seconds: SECONDS, clients: PGBENCH_CLIENTS, onChild: (child) => (runningPgbench = child) });
  rows.push({
    measure: label,
    rps: result.tps,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.failed,
    api: null,
    portal: null,
    ofPgbench: null,
    target: 'baseline',
    met: null,
    note: `${result.clients} clients, -j ${result.threads}, one row per transaction, ${fmt(result.transactions)} transactions`,
    details: result,
  });
  return result;
}

async function main(): Promise<void> {
  const started = new Date();
  // Other work on a shared machine is the first suspect when figures move between runs.
  loadAverage.start = os.loadavg()[0]!;
  const pgbench = findPgbench();
  if (!pgbench) {
    console.log(PGBENCH_HELP);
    notes.push(PGBENCH_HELP);
  }
  const postgresVersion = await withAdmin(async (client) => (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?');

  pgbenchBefore = await pgbenchRow('pgbench insert-only (before)', pgbench);

  const profileDir = PROFILE ? mkdtempSync(path.join(os.tmpdir(), 'suara-bench-profile-')) : null;
  const apiProfileDir = profileDir && path.join(profileDir, 'api');
  const portalProfileDir = profileDir && path.join(profileDir, 'portal');
  // The API learns the citizen's address from its proxy; once it has a TRUST_PROXY setting, say that
  // the proxy (the portal, and this bench standing in for it) is on loopback.
  const trustProxy = readFileSync(path.join(ROOT, 'api', 'dist', 'config.js'), 'utf8').includes('TRUST_PROXY');

  stillRunning();
  process.stdout.write('… starting the API (migrations, demo world) and the portal\n');
  const stack = await startStack({
    databasePrefix: 'suara_bench',
    apiEnv: { NODE_ENV: 'production', LOG_LEVEL: 'warn', ...(trustProxy ? { TRUST_PROXY: 'loopback' } : {}) },
    apiNodeArgs: apiProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${apiProfileDir}`] : [],
    portalNodeArgs: portalProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${portalProfileDir}`] : [],
  });
  const windows: ProfileWindow[] = [];
  try {
    const apiUrl = stack.apiUrl!;
    const apiOrigin = new URL(apiUrl).origin;
    const memory = () => ({ api: memoryOf(stack.apiPid), portal: memoryOf(stack.portalPid) });
    const newPeak = () => {
      resetPeak(stack.apiPid);
      resetPeak(stack.portalPid);
    };

    // ── the demo world ──
    const responses = (await stack.sql<{ n: number }>('select count(*)::int as n from feedback'))[0]?.n ?? 0;
    const startupSeconds = (stack.apiReadyMs ?? Number.NaN) / 1000;
    const afterStart = memory();
    const demoRow: Row = {
      measure: 'load the demo world (API start to ready)',
      rps: null,
      p50Ms: null,
      p99Ms: null,
      errors: null,
      api: afterStart.api,
      portal: afterStart.portal,
      ofPgbench: null,
      target: '< 60 s, ≥ 20,000 responses',
      met: startupSeconds < 60 && responses >= 20_000,
      note: `${fmt(responses)} responses; ${startupSeconds.toFixed(1)} s from starting the API process to its first healthy answer (migrations and seeding included)`,
    };
    rows.push(demoRow);
    const backup = await backupRow(stack.databaseUrl);
    if (backup) rows.push(backup);

    // ── what the rows need from the demo world; a miss here is the harness's failure, not a figure ──
    const services: Array<{ id: string; slug: string }> = [];
    for (let after: string | null = null; ; ) {
      const page: { services: { edges: Array<{ node: { id: string; slug: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await stack.graphql('query($after:String){ services(first: 100, after: $after){ edges { node { id slug } } pageInfo { hasNextPage endCursor } } }', { after });
      services.push(...page.services.edges.map((edge) => edge.node));
      if (!page.services.pageInfo.hasNextPage) break;
      after = page.services.pageInfo.endCursor;
    }
    const { service } = await stack.graphql<{ service: { name: string } | null }>(SERVICE_PAGE_QUERY, { slug: SERVICE_SLUG });
    if (!service) throw new Error(`The demo world has no service ${SERVICE_SLUG}.`);
    const regionQuery = regionPageQuery();
    const { region } = await stack.graphql<{ region: { units: unknown[] } | null }>(regionQuery, { slug: REGION_SLUG, months: 12 });
    if (!region) throw new Error(`The demo world has no region ${REGION_SLUG}.`);
    const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sample = await post(probeAgent, apiUrl, JSON.parse(submitBody(services[0]!.id, `bench-sample-${Date.now()}`)), { 'x-forwarded-for': '10.255.255.1' });
    if (sample.status !== 200 || graphqlProblem(sample.body, hasReceipt)) {
      throw new Error(`A sample submitFeedback did not give a receipt (HTTP ${sample.status}): ${sample.body.slice(0, 500)}`);
    }
    const pageUrl = `${stack.portalUrl}/layanan/${SERVICE_SLUG}`;
    const portalSample = async () => {
      // fetch asks for gzip and unpacks it, as a browser does.
      const response = await fetch(pageUrl);
      const html = await response.text();
      return response.status === 200 && (html.includes(service.name) || html.includes(htmlEscaped(service.name)));
    };
    if (!(await portalSample())) throw new Error(`The portal's ${pageUrl} is not a 200 page naming "${service.name}".`);
    notes.push(`${services.length} services in the demo world; submitFeedback spreads over all of them.`);

    // What a run leaves unanswered is still being worked on when it ends; the next one must not pay
    // for it. Settled: the health probe (one database round trip) answers twice in a row, and the
    // portal serves the page again (it does not answer before the renders ahead of it are done).
    const settle = async () => {
      const deadline = Date.now() + 30_000;
      for (let healthy = 0; healthy < 2 && Date.now() < deadline && !interrupted; ) {
        const ok = await fetch(`${apiOrigin}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
        healthy = ok ? healthy + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      if (!interrupted) await fetch(pageUrl, { signal: AbortSignal.timeout(30_000) }).then((r) => r.arrayBuffer(), () => undefined);
    };
    const baseline = () => {
      const figures = [pgbenchBefore?.tps, pgbenchAfter?.tps].filter((t): t is number => t !== undefined);
      return figures.length ? figures.reduce((a, b) => a + b, 0) / figures.length : null;
    };
    // Judged at the end, once the pgbench baseline of the whole run is known.
    const loadRows: Array<{ row: Row; result: LoadResult; judge: Judge }> = [];
    const loadRow = async (
      measure: string,
      target: string,
      judge: Judge,
      run: () => Promise<LoadResult>,
      /** Which server's CPU profile to summarise over this row, when BENCH_PROFILE=1. */
      profileAs?: ProfileWindow['process'],
    ) => {
      stillRunning();
      process.stdout.write(`… ${measure}\n`);
      newPeak();
      const from = monotonicMicros();
      const cpuBefore = process.cpuUsage();
      const result = await run();
      const to = monotonicMicros();
      // The load generator's own share of the 2 cores, to see what it takes from the servers.
      const cpu = process.cpuUsage(cpuBefore);
      const generatorCpu = (100 * (cpu.user + cpu.system)) / (to - from);
      await settle();
      if (profileAs) windows.push({ title: `${profileAs === 'api' ? 'API' : 'Portal'} CPU profile, ${measure}`, process: profileAs, from, to });
      const after = memory();
      const row: Row = {
        measure,
        rps: result.rps,
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        errors: result.errors,
        api: after.api,
        portal: after.portal,
        ofPgbench: null,
        target,
        met: null,
        note: [
          `${fmt(result.requests)} answers in ${result.seconds.toFixed(1)} s` +
            // Every connection has one request in flight when a row ends; worth saying only when nothing came back.
            (result.requests === 0 ? ` (${fmt(result.sent)} sent, none answered)` : ''),
          `load generator ${fmt(generatorCpu)} % of one core over the row`,
          ...Object.entries(result.errorKinds).map(([kind, n]) => `${kind} ×${fmt(n)}`),
        ].join('; '),
        details: { ...result, generatorCpuPercent: generatorCpu },
      };
      rows.push(row);
      loadRows.push({ row, result, judge });
      return row;
    };
    const common = { origin: apiOrigin, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, settle, signal: stopping.signal };
    const jsonPost = { method: 'POST' as const, path: new URL(apiUrl).pathname, headers: { 'content-type': 'application/json' } };

    // ── reads first: the write rows leave work behind in PostgreSQL (autovacuum) that would tax them ──
    await loadRow(
      `service page query ×${READ_CONNECTIONS}`,
      '≥ 5,000 req/s, p99 < 50 ms, 0 errors',
      (r) => r.rps >= 5000 && (r.p99Ms ?? Infinity) < 50 && r.errors === 0,
      () =>
        load({
          ...common,
          connections: READ_CONNECTIONS,
          request: { ...jsonPost, body: JSON.stringify({ query: SERVICE_PAGE_QUERY, variables: { slug: SERVICE_SLUG } }) },
          check: (body) => graphqlProblem(body, (data) => typeof (data.service as { name?: unknown } | null)?.name === 'string'),
        }),
      'api',
    );

    await loadRow(
      `region page query ×${READ_CONNECTIONS}`,
      'none set (reported)',
      () => null,
      () =>
        load({
          ...common,
          connections: READ_CONNECTIONS,
          request: { ...jsonPost, body: JSON.stringify({ query: regionQuery, variables: { slug: REGION_SLUG, months: 12 } }) },
          check: (body) => graphqlProblem(body, (data) => Array.isArray((data.region as { units?: unknown } | null)?.units)),
        }),
    );

    await loadRow(
      `portal /layanan/${SERVICE_SLUG} ×${READ_CONNECTIONS}`,
      '≥ 300 pages/s, p99 < 250 ms, 0 errors',
      (r) => r.rps >= 300 && (r.p99Ms ?? Infinity) < 250 && r.errors === 0,
      async () => {
        const result = await load({
          ...common,
          origin: stack.portalUrl,
          connections: READ_CONNECTIONS,
          request: { method: 'GET', path: `/layanan/${SERVICE_SLUG}`, headers: { 'accept-encoding': 'gzip', accept: 'text/html' } },
          // autocannon hands the body over as text, which garbles gzip; the page itself is read
          // (unpacked) before and after the row, and each answer here must at least be gzipped HTML.
          check: (_body, headers) => {
            if (!String(headers['content-type'] ?? '').startsWith('text/html')) return 'not HTML';
            if (headers['content-encoding'] !== 'gzip') return 'not gzipped';
            return null;
          },
        });
        if (!(await portalSample())) {
          result.errors++;
          result.errorKinds['page after the row does not name the service'] = 1;
        }
        return result;
      },
      'portal',
    );

    // Not in the issue: the same page where the portal's page cache cannot help (a new address each
    // time, as if every citizen asked for a page nobody else had asked for in the last second), so
    // that what rendering costs shows apart from what the cache saves.
    let rendered = 0;
    await loadRow(
      `portal /layanan/${SERVICE_SLUG} ×${READ_CONNECTIONS}, rendered every time (diagnostic)`,
      'none set (page cache bypassed)',
      () => null,
      () =>
        load({
          ...common,
          origin: stack.portalUrl,
          connections: READ_CONNECTIONS,
          request: {
            method: 'GET',
            path: `/layanan/${SERVICE_SLUG}`,
            headers: { 'accept-encoding': 'gzip', accept: 'text/html' },
            vary: () => ({ path: `/layanan/${SERVICE_SLUG}?bench=${++rendered}` }),
          },
          check: (_body, headers) => {
            if (!String(headers['content-type'] ?? '').startsWith('text/html')) return 'not HTML';
            if (headers['x-page-cache'] === 'hit') return 'answered from the page cache';
            return null;
          },
        }),
      'portal',
    );

    // ── staff reads (HR, the mayor's dashboard), signed in as the region's HR and mayor ──
    // A region's whole office at once (${STAFF_CONNECTIONS} connections), not the public's crowd: these are
    // pages a few people open a few times a day, so the target is a page that never keeps them waiting
    // (p99 well inside the portal's budget), not a throughput.
    const signIn = async (email: string) => {
      const answer = await post(probeAgent, apiUrl, { query: 'mutation($e:String!,$p:String!){ login(email:$e, password:$p){ token } }', variables: { e: email, p: 'suara-demo' } }, { 'x-forwarded-for': '10.255.255.2' });
      const token = (JSON.parse(answer.body) as { data?: { login?: { token?: string } } }).data?.login?.token;
      if (!token) throw new Error(`Signing in as ${email} failed (HTTP ${answer.status}): ${answer.body.slice(0, 300)}`);
      return token;
    };
    const hrToken = await signIn(`hr@${REGION_SLUG}.demo`);
    const mayorToken = await signIn(`mayor@${REGION_SLUG}.demo`);
    const year = new Date().getUTCFullYear();
    const staffRead = (token: string, query: string, variables: Record<string, unknown>, has: (data: Record<string, unknown>) => boolean) => () =>
      load({
        ...common,
        connections: STAFF_CONNECTIONS,
        request: { ...jsonPost, headers: { ...jsonPost.headers, authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) },
        check: (body) => graphqlProblem(body, has),
      });
    const hrReads: Array<[string, string, Record<string, unknown>, string]> = [
      // The HR pages' own operations and variables (as the operation-limits test sends them).
      ['developmentNeeds', portalDocument('HrNeeds'), { regionSlug: REGION_SLUG, year, competencyId: null }, 'developmentNeeds'],
      ['developmentPlan', portalDocument('HrPlan'), { regionSlug: REGION_SLUG, year: year + 1, budget: 50_000_000 }, 'developmentPlan'],
      ['employees', portalDocument('HrEmployees'), { regionSlug: REGION_SLUG, unitId: null, search: null, first: 20, after: null }, 'employees'],
    ];
    for (const [name, query, variables, field] of hrReads) {
      await loadRow(
        `HR ${name} ×${STAFF_CONNECTIONS}`,
        'p99 < 250 ms, 0 errors',
        (r) => (r.p99Ms ?? Infinity) < 250 && r.errors === 0,
        staffRead(hrToken, query, variables, (data) => data[field] !== undefined && data[field] !== null),
        'api',
      );
    }
    // The dashboard's reads, if this build has them (issue 10); a region-year up to yesterday.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const range = { r: REGION_SLUG, from: yearAgo, to: yesterday };
    const probeTrend = await post(probeAgent, apiUrl, { query: TREND_QUERY, variables: range }, { authorization: `Bearer ${mayorToken}` });
    if (graphqlProblem(probeTrend.body, (data) => Array.isArray(data.serviceQualityTrend)) === null) {
      for (const [name, query, field] of [
        ['serviceQualityTrend (region-year by month)', TREND_QUERY, 'serviceQualityTrend'],
        ['unitRanking (region-year)', RANKING_QUERY, 'unitRanking'],
      ] as const) {
        await loadRow(
          `mayor ${name} ×${STAFF_CONNECTIONS}`,
          'p99 < 100 ms, 0 errors',
          (r) => (r.p99Ms ?? Infinity) < 100 && r.errors === 0,
          staffRead(mayorToken, query, range, (data) => Array.isArray(data[field])),
          'api',
        );
      }
    } else {
      notes.push(`The mayor's dashboard reads were not measured: this build's API has no serviceQualityTrend (${graphqlProblem(probeTrend.body, () => false) ?? `HTTP ${probeTrend.status}`}).`);
    }

    let submitted = 0;
    const runId = Date.now().toString(36);
    const submitLoad = (connections: number, onto: Array<{ id: string }> = services) =>
      load({
        ...common,
        connections,
        request: {
          ...jsonPost,
          vary: () => {
            const n = ++submitted;
            const service = onto[Math.floor(Math.random() * onto.length)]!;
            return { body: submitBody(service.id, `bench-${runId}-${n}`), headers: { 'x-forwarded-for': addressOf(n) } };
          },
        },
        check: (body) => graphqlProblem(body, hasReceipt),
      });
    // Not in the issue: the write path at pgbench's own concurrency, below the API's pool size, so
    // that its cost shows apart from what 100 connections at once do to the pool.
    await loadRow(`submitFeedback ×${PGBENCH_CLIENTS} (diagnostic)`, 'none set (pgbench\'s concurrency)', () => null, () => submitLoad(PGBENCH_CLIENTS), 'api');
    await loadRow(
      `submitFeedback ×${SUBMIT_CONNECTIONS}`,
      '≥ 25 % of pgbench, p99 < 50 ms, 0 errors',
      (r, base) => (base === null || r.rps >= 0.25 * base) && (r.p99Ms ?? Infinity) < 50 && r.errors === 0,
      () => submitLoad(SUBMIT_CONNECTIONS),
    );
    const spread = rows[rows.length - 1]!;
    // The hot-row check (issue 10, decision record 0028): the same load, every rating onto ONE
    // service, so that every statement upserts the same satisfaction_daily row (service, today).
    // Rollups keyed per (service, day) serialise only ratings of one service; the batcher stores
    // ratings that arrive together in one statement, which touches that row once per batch.
    const hotService = services.find((s) => s.slug === SERVICE_SLUG) ?? services[0]!;
    await loadRow(
      `submitFeedback ×${SUBMIT_CONNECTIONS}, all to one service (hot rollup row)`,
      '≥ 80 % of the spread row\'s req/s, 0 errors',
      (r) => (spread.rps === null ? null : r.rps >= 0.8 * spread.rps && r.errors === 0),
      () => submitLoad(SUBMIT_CONNECTIONS, [hotService]),
    );

    // ── 60 ratings at once from one address, while another client keeps reading ──
    stillRunning();
    process.stdout.write(`… ${BURST_SIZE} ratings at once from one address\n`);
    newPeak();
    const burstKey = `burst-${runId}`;
    const burstAddress = '10.255.255.254';
    const burstAgent = new http.Agent({ keepAlive: false, maxSockets: BURST_SIZE });
    const bodies = Array.from({ length: BURST_SIZE }, (_, i) => JSON.parse(submitBody(services[i % services.length]!.id, `${burstKey}-${i}`)) as unknown);
    let burstDone = false;
    const probe: number[] = [];
    let probeErrors = 0;
    const probing = (async () => {
      while (!burstDone) {
        const answer = await post(probeAgent, apiUrl, { query: '{ regions { slug } }' }, { 'x-forwarded-for': '10.255.255.253' }).catch(() => null);
        if (!answer || answer.status !== 200 || graphqlProblem(answer.body, (data) => Array.isArray(data.regions))) probeErrors++;
        else probe.push(answer.ms);
      }
    })();
    const burstStart = performance.now();
    const answers = await Promise.all(
      bodies.map((body) =>
        post(burstAgent, apiUrl, body, { 'x-forwarded-for': burstAddress }).catch((error: unknown) => ({ status: 0, body: String(error), ms: performance.now() - burstStart })),
      ),
    );
    const lastMs = performance.now() - burstStart;
    burstDone = true;
    await probing;
    const outcome = (answer: Answer) => {
      if (answer.status === 200 && !graphqlProblem(answer.body, hasReceipt)) return 'stored';
      return graphqlProblem(answer.body, () => false) ?? `HTTP ${answer.status}`;
    };
    const outcomes = new Map<string, number>();
    for (const answer of answers) outcomes.set(outcome(answer), (outcomes.get(outcome(answer)) ?? 0) + 1);
    const stored = outcomes.get('stored') ?? 0;
    const limited = outcomes.get('GraphQL RATE_LIMITED') ?? 0;
    const inDatabase =
      (await stack.sql<{ n: number }>('select count(*)::int as n from feedback where idempotency_key like $1', [`${burstKey}-%`]))[0]?.n ?? 0;
    const others = [...outcomes].filter(([kind]) => kind !== 'stored' && kind !== 'GraphQL RATE_LIMITED');
    const burstMemory = memory();
    const probeMax = probe.length ? Math.max(...probe) : Number.NaN;
    rows.push({
      measure: `${BURST_SIZE} ratings at once, one address`,
      rps: null,
      p50Ms: percentile(answers.map((a) => a.ms), 50),
      p99Ms: percentile(answers.map((a) => a.ms), 99),
      errors: others.reduce((sum, [, n]) => sum + n, 0) + probeErrors,
      api: burstMemory.api,
      portal: burstMemory.portal,
      ofPgbench: null,
      target: `${DEFAULT_LIMIT} stored + ${BURST_SIZE - DEFAULT_LIMIT} RATE_LIMITED, all < 5 s, others answered`,
      met: stored === DEFAULT_LIMIT && limited === BURST_SIZE - DEFAULT_LIMIT && inDatabase === DEFAULT_LIMIT && lastMs < 5000 && probe.length > 0 && probeErrors === 0,
      note:
        `${stored} stored (${inDatabase} in the database), ${limited} RATE_LIMITED` +
        others.map(([kind, n]) => `, ${kind} ×${n}`).join('') +
        `; last answer after ${(lastMs / 1000).toFixed(2)} s; meanwhile { regions } answered ${probe.length}× (max ${fmt(probeMax)} ms)` +
        (probeErrors ? `, ${probeErrors} failed` : ''),
      details: { stored, limited, inDatabase, others: Object.fromEntries(others), lastMs, probe: { answered: probe.length, failed: probeErrors, maxMs: probeMax } },
    });
    burstAgent.destroy();
    probeAgent.destroy();

    pgbenchAfter = await pgbenchRow('pgbench insert-only (after)', pgbench);

    // ── the rating form's weight on a phone (issue 13, decision record 0038) ──
    stillRunning();
    rows.push(await ratingPageWeightRow(stack));

    // ── a day of ratings from three counter kiosks that were offline, delivered at once (issue 12) ──
    stillRunning();
    process.stdout.write('… three kiosks deliver a day\'s offline queue\n');
    newPeak();
    rows.push(await kioskQueueRow(stack, apiUrl, runId, memory));

    // ── a second API replica on the same database hears of an admin's change (decision record 0031) ──
    stillRunning();
    process.stdout.write('… a second API replica: catalogue changes between replicas\n');
    rows.push(await catalogueAcrossReplicas(stack, services[services.length - 1]!));

    // ── the service search's query set with 10,000 services, in a scratch database (issue 13) ──
    stillRunning();
    process.stdout.write(`… the search's query set over ${fmt(SEARCH_SERVICES)} services\n`);
    const search = await runSearchBench();
    rows.push({
      measure: `search: every query of the set, ${fmt(search.services)} services (p95 of the slowest query)`,
      rps: null,
      p50Ms: search.p50Ms,
      p99Ms: search.p99Ms,
      errors: 0,
      api: null,
      portal: null,
      ofPgbench: null,
      target: '< 20 ms p95, every query',
      met: search.met,
      note: `slowest "${search.worstQuery}" p95 ${search.worstP95Ms.toFixed(1)} ms; baseline (list without words, no SQL) p95 ${search.baselineP95Ms.toFixed(1)} ms; ${search.queries} queries × ${search.rounds}`,
      details: search,
    });

    const base = baseline();
    for (const { row, result, judge } of loadRows) {
      row.ofPgbench = base ? (100 * result.rps) / base : null;
      row.met = judge(result, base);
    }

    // ── memory while serving (the demo world's loading has its own, higher, peak) ──
    const peakWhileServing = Math.max(...rows.filter((r) => r !== demoRow && r.api).map((r) => r.api!.peakMb));
    const final = memory();
    rows.push({
      measure: 'API memory while serving (peak)',
      rps: null,
      p50Ms: null,
      p99Ms: null,
      errors: null,
      api: final.api ? { rssMb: final.api.rssMb, peakMb: peakWhileServing } : null,
      portal: final.portal,
      ofPgbench: null,
      target: '< 250 MB',
      met: Number.isFinite(peakWhileServing) ? peakWhileServing < 250 : null,
      note: `highest VmHWM over the rows above (reset before each); loading the demo world peaked at ${fmt(afterStart.api?.peakMb)} MB; portal now ${fmt(final.portal?.rssMb)} MB`,
    });
    notes.push(`API memory: VmRSS after each row / VmHWM during it, read from /proc/<pid>/status.`);

    await stack.stop({ graceful: PROFILE });

    if (profileDir && apiProfileDir && portalProfileDir) {
      const written = { api: readProfiles(apiProfileDir)[0], portal: readProfiles(portalProfileDir)[0] };
      profiles = {
        dir: profileDir,
        summaries: windows.map((w) => {
          const profile = written[w.process];
          return { title: w.title, summary: profile ? summarizeProfile(profile, { fromMicros: w.from, toMicros: w.to, root: ROOT, top: 25 }) : null };
        }),
      };
    }

    report(started, postgresVersion, base);
  } catch (error) {
    if (!interrupted) console.error(`\nThe servers' last words:\n${stack.logs().split('\n').slice(-30).join('\n')}`);
    throw error;
  } finally {
    await stack.stop().catch(() => undefined);
  }
}

/**
 * Seconds from an admin's rename of a service through the stack's API until a second API replica on
 * the same database shows the new name (its catalogue is invalidated by NOTIFY), five times.
 */
const KIOSKS = 3;
const KIOSK_QUEUE = 200;

/**
 * Three tablets of one office come back online with a day's queue each (decision record 0036): each
 * sends its queue in order, one rating at a time as the kiosk page does, with the time each was
 * answered; the three send at the same moment, through one office address. Target: all delivered,
 * once each, within a minute.
 */
/**
 * The JavaScript the rating form (`/layanan/<slug>/nilai`, the QR code's address) makes a phone load,
 * gzipped as the portal sends it (support/page-js.ts), against issue 13's target of 100 KB.
 */
async function ratingPageWeightRow(stack: Stack): Promise<Row> {
  const measured = await pageJavaScript(`${stack.portalUrl}/layanan/${SERVICE_SLUG}/nilai`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return {
    measure: 'rating page JavaScript (gzip)',
    rps: null,
    p50Ms: null,
    p99Ms: null,
    errors: null,
    api: null,
    portal: null,
    ofPgbench: null,
    target: `< ${kb(RATING_PAGE_JS_TARGET_BYTES)}`,
    met: measured.totalGzipBytes < RATING_PAGE_JS_TARGET_BYTES,
    note: `${kb(measured.totalGzipBytes)} in ${measured.files.length} files (${kb(measured.totalBytes)} unpacked; inline data ${kb(measured.inlineGzipBytes)}): ${measured.files
      .slice(0, 3)
      .map((f) => `${f.path.replace(/^.*\//, '')} ${kb(f.gzipBytes)}`)
      .join(', ')}`,
    details: measured.files,
  };
}

async function kioskQueueRow(stack: Stack, apiUrl: string, runId: string, memory: () => { api: Memory | null; portal: Memory | null }): Promise<Row> {
  const services = await stack.sql<{ id: string; unit_id: string }>(
    `select s.id, s.unit_id from public_service s where s.unit_id = (select unit_id from public_service where slug = 'mataram-ktp-el')`,
  );
  const tokens = Array.from({ length: KIOSKS }, (_, i) => `kiosk_bench_${runId}_${i}_${randomUUID()}`);
  for (const [i, token] of tokens.entries()) {
    await stack.sql(`insert into kiosk_device (id, created_at, unit_id, label, token_hash) values (gen_random_uuid(), now(), $1, $2, $3)`, [
      services[0]!.unit_id,
      `Bench ${runId} ${i}`,
      createHash('sha256').update(token).digest('hex'),
    ]);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: KIOSKS });
  const dayAgo = Date.now() - 86_400_000;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, k) => {
      for (let i = 0; i < KIOSK_QUEUE; i++) {
        const answeredAt = new Date(dayAgo + ((i * KIOSKS + k) * 86_400_000) / (KIOSK_QUEUE * KIOSKS + 1)).toISOString();
        const body = JSON.parse(submitBody(services[i % services.length]!.id, `kq-${runId}-${k}-${i}`)) as { variables: { i: Record<string, unknown> } };
        body.variables.i.answeredAt = answeredAt;
        const answer = await post(agent, apiUrl, body, { 'x-forwarded-for': '10.255.255.250', 'x-kiosk-token': token }).catch(() => null);
        if (!answer || answer.status !== 200 || graphqlProblem(answer.body, hasReceipt)) errors++;
        else latencies.push(answer.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const stored = (await stack.sql<{ n: number }>(`select count(*)::int as n from feedback where idempotency_key like $1`, [`kq-${runId}-%`]))[0]?.n ?? 0;
  const total = KIOSKS * KIOSK_QUEUE;
  const mem = memory();
  return {
    measure: `${KIOSKS} kiosks × ${KIOSK_QUEUE} queued ratings, delivered in order`,
    rps: total / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    api: mem.api,
    portal: mem.portal,
    ofPgbench: null,
    target: '< 60 s, all stored once',
    met: seconds < 60 && errors === 0 && stored === total,
    note: `${stored} of ${total} stored in ${seconds.toFixed(1)} s through one office address (over its limit of ${DEFAULT_LIMIT}, not counted against it)`,
  };
}

async function catalogueAcrossReplicas(stack: Stack, service: { id: string; slug: string }): Promise<Row> {
  const ROUNDS = 5;
  const second = await apiReplica('api 2', stack.databaseUrl!, { LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' });
  try {
    await second.start();
    const signIn = await fetch(stack.apiUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }' }),
    });
    const token = ((await signIn.json()) as { data?: { login?: { token?: string } } }).data?.login?.token;
    if (!token) throw new Error('The demo admin could not sign in for the catalogue row.');
    const read = async () =>
      (await second.gql<{ service: { name: string } | null }>('query ($s: String!) { service(slug: $s) { name } }', { s: service.slug })).data?.service?.name;
    const seconds: number[] = [];
    let missed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await read(); // the replica holds the catalogue in memory before the change
      const name = `Layanan Bench ${round} ${Date.now().toString(36)}`;
      const renamed = await fetch(stack.apiUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation ($id: ID!, $n: String!) { updateService(id: $id, input: { name: $n }) { id } }', variables: { id: service.id, n: name } }),
      });
      if (graphqlProblem(await renamed.text(), () => true)) throw new Error('The admin could not rename a service for the catalogue row.');
      const changed = performance.now();
      while ((await read()) !== name && performance.now() - changed < 30_000) await new Promise((resolve) => setTimeout(resolve, 5));
      if ((await read()) !== name) missed++;
      seconds.push((performance.now() - changed) / 1000);
    }
    const sorted = [...seconds].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const max = sorted[sorted.length - 1]!;
    return {
      measure: 'catalogue change seen by a second API replica',
      rps: null,
      p50Ms: median * 1000,
      p99Ms: max * 1000,
      errors: missed,
      api: null,
      portal: null,
      ofPgbench: null,
      target: '< 1 s',
      met: missed === 0 && max < 1,
      note: `an admin renames a service through one API, another API process on the same database shows the new name: median ${median.toFixed(3)} s, max ${max.toFixed(3)} s over ${ROUNDS} renames`,
      details: { seconds },
    };
  } finally {
    await second.kill();
  }
}

const loadAverage = { start: Number.NaN, end: Number.NaN };

function report(started: Date, postgresVersion: string, base: number | null): void {
  loadAverage.end = os.loadavg()[0]!;
  const header = ['measure', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'API MB now / peak', '% of pgbench', 'target', 'met'];
  const table = formatTable(
    header,
    rows.map((r) => [
      r.measure,
      fmt(r.rps),
      fmt(r.p50Ms, 1),
      fmt(r.p99Ms, 1),
      fmt(r.errors),
      r.api ? `${fmt(r.api.rssMb)} / ${fmt(r.api.peakMb)}` : '—',
      r.ofPgbench === null ? '—' : `${fmt(r.ofPgbench, 1)} %`,
      r.target,
      r.met === null ? '—' : r.met ? 'yes' : 'NO',
    ]),
  );
  console.log(`\nSuara bench — ${started.toISOString()} — Node ${process.version}, ${os.cpus().length} cores, PostgreSQL ${postgresVersion}, ${SECONDS} s per row after ${WARMUP_SECONDS} s warm-up, load average ${loadAverage.start.toFixed(1)} → ${loadAverage.end.toFixed(1)}\n`);
  console.log(table);
  console.log('');
  for (const r of rows) console.log(`  ${r.measure}: ${r.note}`);
  for (const note of notes) console.log(`  ${note}`);
  if (base !== null) console.log(`  pgbench baseline: ${fmt(base)} tps (mean of the runs before and after the API rows).`);
  if (pgbenchBefore && pgbenchAfter) {
    const drift = Math.max(pgbenchBefore.tps, pgbenchAfter.tps) / Math.min(pgbenchBefore.tps, pgbenchAfter.tps);
    if (drift > 1.5) {
      console.log(`  pgbench moved ×${drift.toFixed(1)} between its two runs: other work shared the machine, so even the ratios are rough. Run again when it is quiet (load average now ${loadAverage.end.toFixed(1)}).`);
    }
  }

  if (profiles) {
    console.log('');
    for (const { title, summary } of profiles.summaries) {
      console.log(summary ? formatProfile(title, summary) : `${title}: no .cpuprofile was written.`);
      console.log('');
    }
    console.log(`  Whole profiles (open in Chrome DevTools, Performance): ${profiles.dir}`);
  }

  const json = {
    date: started.toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverage1m: loadAverage,
      os: `${os.type()} ${os.release()}`,
      postgres: postgresVersion,
    },
    settings: { seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, submitConnections: SUBMIT_CONNECTIONS, readConnections: READ_CONNECTIONS, profile: PROFILE },
    pgbench: { before: pgbenchBefore, after: pgbenchAfter, baselineTps: base },
    rows,
    notes,
    profiles,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\n  Written to ${path.relative(process.cwd(), OUT) || OUT}`);
}

// `pnpm bench --scale[=10k,1m]`: the scale bench instead (scale.ts); the load rows need none of it.
const scaleArg = process.argv.slice(2).find((a) => a === '--scale' || a.startsWith('--scale='));
const finished = scaleArg ? import('./scale.js').then(({ runScale }) => runScale(scaleArg.includes('=') ? scaleArg.slice('--scale='.length) : undefined)) : main();
finished.then(
  () => process.exit(0),
  (error: unknown) => {
    if (interrupted) return; // onSignal exits once the cleanup is done
    console.error(`\nThe bench could not run: ${error instanceof Error ? error.message : String(error)}`);
    void stopAllStacks().finally(() => process.exit(1));
  },
);
