/**
 * `pnpm bench --scale` / `pnpm bench:scale` (issue 10, point 5; decision record 0028): the mayor's
 * trend and ranking at 10 thousand, 1 million and 10 million feedback rows, read as the API reads
 * them (the insights module's own functions on a MikroORM EntityManager, from the built API), side
 * by side with the naive GROUP BY over the raw rows, and with `select 1` (pgbench) as the floor.
 * Prints one table and writes docs/bench/scale.json (or BENCH_SCALE_OUT).
 *
 * For each scale: a fresh database from a template (migrated schema and the demo world's catalogue,
 * its feedback removed), N rows filled by PostgreSQL (scale-fill.ts), indexes built after the fill,
 * the rollups built as bulk loads build them (`rebuildRollups`), VACUUM ANALYZE; then the reads;
 * then the database is dropped. Every phase is timed and printed. Never part of `pnpm test`.
 *
 * A bench reports, it does not judge: exit 0 when targets are missed; non-zero only when the
 * harness breaks — or when the rollup disagrees with the raw rows, which is a bug, not a figure.
 *
 *   BENCH_SCALE=10k,1m,10m   the scales (default all three; also 100k or a plain number)
 *   BENCH_SCALE_RUNS=200     timed runs per read (after 20 warm-up runs)
 *   BENCH_SCALE_OUT          where the JSON goes (default docs/bench/scale.json)
 *   BENCH_PROFILE=1          a CPU profile of the reads at each scale (this process: the API's code runs here)
 */
import { mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { ADMIN_URL, withAdmin } from '../support/stack.js';
import { findPgbench, runPgbench, type PgbenchResult } from './pgbench.js';
import { bytesNeeded, chunks, chunkSeed, fillStatement, parseScales, scaleLabel, SCORE_COLUMNS } from './scale-fill.js';
import { fmt, formatTable, percentile } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_DIST = path.join(ROOT, 'api', 'dist');
const OUT = process.env.BENCH_SCALE_OUT
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.BENCH_SCALE_OUT)
  : path.join(ROOT, 'docs', 'bench', 'scale.json');
const RUNS = Math.max(5, Number(process.env.BENCH_SCALE_RUNS ?? 200) || 200);
const WARMUP = 20;
const REGION_SLUG = 'mataram';
const CHUNK = 500_000;
const PROFILE = process.env.BENCH_PROFILE === '1';

/** Targets of the issue, for the region-year trend by month at 10M rows. */
const TREND_P95_MS = 20;
const RATIO_TO_SMALLEST = 1.5;
const SPEED_UP = 100;

// ───────────────────────────── the built API, loaded as the API loads itself ─────────────────────────────

/* The bench lives in tests/ and reads the API's build (api/dist, made by `pnpm build`): the API's
   TypeScript needs its own decorator settings, which this package does not have. These are the few
   shapes it uses. */
interface Em {
  execute<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}
interface Orm {
  em: { fork(): Em };
  close(force?: boolean): Promise<void>;
}
interface Region {
  id: string;
  slug: string;
  timeZone: string;
}
interface Snapshot {
  regionBySlug(slug: string): Region | null;
}
interface TrendPoint {
  periodStart: string;
  responseCount: number;
  ikm: number | null;
}
interface UnitScore {
  responseCount: number;
}
interface Api {
  createOrm(url: string, overrides?: Record<string, unknown>): Promise<Orm>;
  migrate(orm: Orm): Promise<string[]>;
  loadDemoWorldInChild(url: string): Promise<string>;
  rebuildRollups(em: Em): Promise<void>;
  todayIn(timeZone: string): string;
  catalog(em: () => Em): Promise<Snapshot>;
  admin: unknown;
  serviceQualityTrend:
    | ((em: Em, catalog: Snapshot, viewer: unknown, args: { regionSlug: string; from: string; to: string; granularity: 'WEEK' | 'MONTH' | 'QUARTER' }) => Promise<TrendPoint[]>)
    | null;
  unitRanking: ((em: Em, catalog: Snapshot, viewer: unknown, args: { regionSlug: string; from: string; to: string }) => Promise<UnitScore[]>) | null;
}

async function loadApi(): Promise<Api> {
  const load = (file: string) => import(pathToFileURL(path.join(API_DIST, file)).href) as Promise<Record<string, unknown>>;
  // As main.ts: the decorators' metadata shim first.
  await import(pathToFileURL(path.join(ROOT, 'api', 'node_modules', 'reflect-metadata', 'Reflect.js')).href);
  const [database, demo, feedback, calendar, catalog, identity, enums, insights] = await Promise.all([
    load('db/database.js'),
    load('demo/index.js'),
    load('modules/feedback/index.js'),
    load('common/calendar.js'),
    load('modules/catalog/index.js'),
    load('modules/identity/index.js'),
    load('common/enums.js'),
    load('modules/insights/index.js'),
  ]);
  const Catalog = catalog.Catalog as new () => { get(em: () => Em): Promise<Snapshot> };
  const Viewer = identity.Viewer as new (accountId: string, email: string, name: string, grants: unknown[]) => unknown;
  const Role = enums.Role as Record<string, string>;
  const cache = new Catalog();
  return {
    createOrm: database.createOrm as Api['createOrm'],
    migrate: database.migrate as Api['migrate'],
    loadDemoWorldInChild: demo.loadDemoWorldInChild as Api['loadDemoWorldInChild'],
    rebuildRollups: feedback.rebuildRollups as Api['rebuildRollups'],
    todayIn: calendar.todayIn as Api['todayIn'],
    catalog: (em) => cache.get(em),
    // The reads as ADMIN would make them: authorization is part of what they cost.
    admin: new Viewer('00000000-0000-4000-8000-000000000000', 'bench@suara.invalid', 'Bench', [{ role: Role.ADMIN, regionId: null, unitId: null }]),
    serviceQualityTrend: (insights.serviceQualityTrend as Api['serviceQualityTrend']) ?? null,
    unitRanking: (insights.unitRanking as Api['unitRanking']) ?? null,
  };
}

// ───────────────────────────── databases ─────────────────────────────

const created = new Set<string>();
const dbUrl = (name: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};
const uniqueName = (what: string) => `suara_bench_scale_${what}_${Date.now().toString(36)}`;

async function createDatabase(name: string, template?: string): Promise<void> {
  await withAdmin((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  created.add(name);
}

async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
  created.delete(name);
}

async function withClient<T>(name: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: dbUrl(name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const seconds = (fromMs: number) => (performance.now() - fromMs) / 1000;
const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The template: every migration and the demo world's catalogue (4 regions, their units and
 * services, staff), its feedback and everything hanging on it removed, the rollups emptied.
 */
async function makeTemplate(api: Api): Promise<{ name: string; seconds: number }> {
  const started = performance.now();
  const name = uniqueName('template');
  await createDatabase(name);
  const orm = await api.createOrm(dbUrl(name), { pool: { min: 0, max: 2 } });
  try {
    await api.migrate(orm);
  } finally {
    await orm.close(true);
  }
  say(`  ${await api.loadDemoWorldInChild(dbUrl(name))}`);
  await withClient(name, async (c) => {
    // Bench database only: no triggers (the moderation log refuses TRUNCATE, rightly, elsewhere).
    await c.query('set session_replication_role = replica');
    await c.query('truncate feedback, satisfaction_daily cascade');
  });
  return { name, seconds: seconds(started) };
}

interface Definition {
  table: string;
  name: string;
  /** `alter table … add constraint …` or `create index …`. */
  create: string;
  kind: 'index' | 'constraint' | 'foreign key';
}

/**
 * The feedback table's indexes and constraints (and the foreign keys pointing at it), as they are:
 * dropped before a bulk fill and built again after it, from these very definitions. Building an
 * index once over sorted rows is several times faster than keeping eight up to date row by row.
 */
async function feedbackIndexes(c: pg.Client): Promise<Definition[]> {
  const constraints = await c.query<{ tbl: string; name: string; def: string; contype: string }>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def, contype
     from pg_constraint
     where (conrelid = 'feedback'::regclass and contype in ('p', 'u')) or (confrelid = 'feedback'::regclass and contype = 'f')`,
  );
  const names = new Set(constraints.rows.map((r) => r.name));
  const indexes = await c.query<{ name: string; def: string }>(`select indexname as name, indexdef as def from pg_indexes where schemaname = 'public' and tablename = 'feedback'`);
  return [
    ...indexes.rows.filter((r) => !names.has(r.name)).map((r) => ({ table: 'feedback', name: r.name, create: r.def, kind: 'index' as const })),
    ...constraints.rows
      .filter((r) => r.contype !== 'f')
      .map((r) => ({ table: r.tbl, name: r.name, create: `alter table ${r.tbl} add constraint "${r.name}" ${r.def}`, kind: 'constraint' as const })),
    ...constraints.rows
      .filter((r) => r.contype === 'f')
      .map((r) => ({ table: r.tbl, name: r.name, create: `alter table ${r.tbl} add constraint "${r.name}" ${r.def}`, kind: 'foreign key' as const })),
  ];
}

interface Fill {
  rows: number;
  fillSeconds: number;
  indexSeconds: number;
  rollupSeconds: number;
  analyzeSeconds: number;
  rollupRows: number;
  feedbackMb: number;
  rollupMb: number;
}

async function fill(api: Api, name: string, n: number, today: string): Promise<Fill> {
  return withClient(name, async (c) => {
    // Bench database only: the rows are made valid by construction, so no foreign-key triggers per row.
    await c.query('set session_replication_role = replica');
    await c.query(`set maintenance_work_mem = '512MB'`);
    const definitions = await feedbackIndexes(c);
    for (const d of [...definitions].reverse()) {
      await c.query(d.kind === 'index' ? `drop index "${d.name}"` : `alter table ${d.table} drop constraint "${d.name}"`);
    }
    let started = performance.now();
    const parts = chunks(n, CHUNK);
    for (const [i, [first, last]] of parts.entries()) {
      await c.query('select setseed($1)', [chunkSeed(i)]);
      await c.query(fillStatement(first, last, today));
      if (parts.length > 1) process.stdout.write(`\r  … ${fmt(last)} of ${fmt(n)} rows, ${seconds(started).toFixed(0)} s`);
    }
    if (parts.length > 1) process.stdout.write('\n');
    const fillSeconds = seconds(started);

    started = performance.now();
    for (const d of definitions) await c.query(d.create);
    const indexSeconds = seconds(started);

    started = performance.now();
    // A whole-database rebuild of 10M rows takes minutes: more than the API's 60 s statement_timeout
    // (db/mikro-orm.config.ts), which a bulk job must lift (decision record 0028).
    const orm = await api.createOrm(dbUrl(name), { pool: { min: 0, max: 2 }, driverOptions: { connection: { statement_timeout: 0, lock_timeout: 5_000 } } });
    try {
      await api.rebuildRollups(orm.em.fork());
    } finally {
      await orm.close(true);
    }
    const rollupSeconds = seconds(started);

    started = performance.now();
    // What autovacuum would do after a bulk load; without it, the first reads pay for hint bits.
    await c.query('vacuum (analyze) feedback');
    await c.query('vacuum (analyze) satisfaction_daily');
    const analyzeSeconds = seconds(started);

    const sizes = await c.query<{ rows: number; f: string; s: string }>(
      `select (select count(*) from satisfaction_daily)::int as rows,
              pg_total_relation_size('feedback') as f, pg_total_relation_size('satisfaction_daily') as s`,
    );
    const size = sizes.rows[0]!;
    return { rows: n, fillSeconds, indexSeconds, rollupSeconds, analyzeSeconds, rollupRows: size.rows, feedbackMb: Number(size.f) / 2 ** 20, rollupMb: Number(size.s) / 2 ** 20 };
  });
}

// ───────────────────────────── the reads ─────────────────────────────

interface Timing {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

async function time(runs: number, warmup: number, read: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await read();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
  }
  return { runs, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: Math.max(...samples) };
}

/** The naive trend: the same buckets as a GROUP BY over the raw rows of the region and range. */
function naiveTrendSql(granularity: 'week' | 'month'): string {
  const avgs = SCORE_COLUMNS.map((c) => `avg(f.${c}) as ${c}`).join(', ');
  return `select to_char(date_trunc('${granularity}', f.submitted_at at time zone r.time_zone), 'YYYY-MM-DD') as bucket, count(*)::int as n, ${avgs}
          from feedback f join region r on r.id = f.region_id
          where r.slug = $1 and not f.spam
            and f.submitted_at >= $2::date::timestamp at time zone r.time_zone
            and f.submitted_at < ($3::date + 1)::timestamp at time zone r.time_zone
          group by 1 order by 1`;
}

interface Measured {
  rows: number;
  fill: Fill;
  trendMonth: Timing | null;
  trendWeek: Timing | null;
  ranking: Timing | null;
  naiveMonth: Timing;
  selectOne: Timing;
  responsesInYear: number;
  profile?: string;
}

async function measure(api: Api, name: string, fill: Fill): Promise<Measured> {
  const orm = await api.createOrm(dbUrl(name), { pool: { min: 1, max: 4 } });
  const db = new pg.Client({ connectionString: dbUrl(name) });
  await db.connect();
  let session: Session | null = null;
  try {
    const em = () => orm.em.fork();
    const catalog = await api.catalog(em);
    const region = catalog.regionBySlug(REGION_SLUG);
    if (!region) throw new Error(`The template has no region ${REGION_SLUG}.`);
    // A region-year: the 365 days up to yesterday, in the region's own time zone.
    const to = addDays(api.todayIn(region.timeZone), -1);
    const from = addDays(to, -364);
    const args = { regionSlug: REGION_SLUG, from, to };

    // The rollup must say what the raw rows say, bucket by bucket: a bench that measured a wrong
    // answer fast would measure nothing.
    const naive = (await db.query<{ bucket: string; n: number }>(naiveTrendSql('month'), [REGION_SLUG, from, to])).rows;
    const responsesInYear = naive.reduce((sum, r) => sum + r.n, 0);
    if (api.serviceQualityTrend) {
      const points = await api.serviceQualityTrend(em(), catalog, api.admin, { ...args, granularity: 'MONTH' });
      const byBucket = new Map(naive.map((r) => [r.bucket, r.n]));
      for (const p of points) {
        const raw = byBucket.get(p.periodStart) ?? 0;
        if (p.responseCount !== raw) throw new Error(`At ${scaleLabel(fill.rows)} rows the trend's ${p.periodStart} has ${p.responseCount} responses, the raw rows ${raw}.`);
      }
    }

    if (PROFILE) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    say(`  … reads at ${scaleLabel(fill.rows)} rows: ${RUNS} runs each after ${WARMUP} warm-up`);
    const trend = api.serviceQualityTrend;
    const ranking = api.unitRanking;
    const trendMonth = trend ? await time(RUNS, WARMUP, () => trend(em(), catalog, api.admin, { ...args, granularity: 'MONTH' })) : null;
    const trendWeek = trend ? await time(RUNS, WARMUP, () => trend(em(), catalog, api.admin, { ...args, granularity: 'WEEK' })) : null;
    const rankingTiming = ranking ? await time(RUNS, WARMUP, () => ranking(em(), catalog, api.admin, args)) : null;
    // The floor of any read through the ORM: one round trip that does nothing.
    const selectOne = await time(RUNS, WARMUP, () => em().execute('select 1'));
    let profile: string | undefined;
    if (session) {
      const { profile: written } = await session.post('Profiler.stop');
      profile = path.join(os.tmpdir(), `suara-bench-scale-${scaleLabel(fill.rows)}-${Date.now()}.cpuprofile`);
      writeFileSync(profile, JSON.stringify(written));
    }
    // The naive query is slow at scale: fewer runs (its p95 is then its slowest but one or two).
    const naiveRuns = fill.rows >= 5_000_000 ? 5 : fill.rows >= 500_000 ? 20 : 100;
    say(`  … naive GROUP BY at ${scaleLabel(fill.rows)} rows: ${naiveRuns} runs`);
    const naiveMonth = await time(naiveRuns, 2, () => db.query(naiveTrendSql('month'), [REGION_SLUG, from, to]));
    return { rows: fill.rows, fill, trendMonth, trendWeek, ranking: rankingTiming, naiveMonth, selectOne, responsesInYear, ...(profile ? { profile } : {}) };
  } finally {
    session?.disconnect();
    await db.end().catch(() => undefined);
    await orm.close(true);
  }
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// ───────────────────────────── the run ─────────────────────────────

async function freeBytes(): Promise<number | null> {
  try {
    const dir = await withAdmin(async (c) => (await c.query<{ d: string }>('show data_directory')).rows[0]?.d ?? null);
    // The server's data folder, when it is on this machine and readable; else the temporary folder's disk.
    return dir ? statfsFree(dir) ?? statfsFree(path.dirname(dir)) : null;
  } catch {
    return null;
  }
}
function statfsFree(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

export async function runScale(argScales?: string): Promise<void> {
  const started = new Date();
  const load = { start: os.loadavg()[0]!, end: Number.NaN };
  const scales = parseScales(argScales ?? process.env.BENCH_SCALE);
  const api = await loadApi();
  const notes: string[] = [];
  if (!api.serviceQualityTrend || !api.unitRanking) {
    notes.push('The built API has no serviceQualityTrend/unitRanking in its insights module yet: only the naive query and the fill were measured.');
  }
  const postgres = await withAdmin(async (c) => (await c.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?');

  const pgbench = findPgbench();
  let selectOneBaseline: PgbenchResult | null = null;
  if (pgbench) {
    say('… pgbench `select 1`, 1 client (the server round trip, the floor of every read)');
    selectOneBaseline = await runPgbench({ binary: pgbench, seconds: 5, clients: 1, threads: 1, script: 'select 1;\n' });
  } else {
    notes.push('pgbench was not found: no server baseline.');
  }

  const stopping = () => {
    void Promise.allSettled([...created].map(dropDatabase)).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopping);
  process.once('SIGTERM', stopping);

  const results: Measured[] = [];
  let template: { name: string; seconds: number } | null = null;
  try {
    say('… the template: migrations and the demo catalogue, its feedback removed');
    template = await makeTemplate(api);
    say(`  ${template.seconds.toFixed(1)} s`);
    const today = new Date().toISOString().slice(0, 10);
    for (const n of scales) {
      const free = await freeBytes();
      if (free !== null && free < bytesNeeded(n)) {
        notes.push(`${scaleLabel(n)} skipped: it needs about ${fmt(bytesNeeded(n) / 2 ** 30, 1)} GB free, the database's disk has ${fmt(free / 2 ** 30, 1)} GB.`);
        continue;
      }
      const name = uniqueName(scaleLabel(n).toLowerCase());
      say(`… ${scaleLabel(n)} rows: a database from the template, the fill, indexes, rollups, VACUUM ANALYZE`);
      await createDatabase(name, template.name);
      try {
        const filled = await fill(api, name, n, today);
        say(
          `  fill ${filled.fillSeconds.toFixed(1)} s, indexes ${filled.indexSeconds.toFixed(1)} s, rollups ${filled.rollupSeconds.toFixed(1)} s, vacuum+analyze ${filled.analyzeSeconds.toFixed(1)} s; ` +
            `feedback ${fmt(filled.feedbackMb)} MB, ${fmt(filled.rollupRows)} rollup rows (${fmt(filled.rollupMb, 1)} MB)`,
        );
        results.push(await measure(api, name, filled));
      } catch (error) {
        // A scale that breaks is reported beside the others, which keep their figures.
        if (error instanceof Error && /disagree|raw rows/.test(error.message)) throw error;
        const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(-200);
        notes.push(`${scaleLabel(n)} could not be measured: ${message}`);
        say(`  ${scaleLabel(n)} could not be measured: ${message}`);
      } finally {
        await dropDatabase(name);
      }
    }
  } finally {
    if (template) await dropDatabase(template.name).catch(() => undefined);
  }
  load.end = os.loadavg()[0]!;
  report({ started, load, postgres, scales, results, selectOneBaseline, template: template?.seconds ?? null, notes });
}

interface Report {
  started: Date;
  load: { start: number; end: number };
  postgres: string;
  scales: number[];
  results: Measured[];
  selectOneBaseline: PgbenchResult | null;
  template: number | null;
  notes: string[];
}

function report(r: Report): void {
  const smallest = r.results[0];
  const rows = r.results.map((m) => {
    const trend = m.trendMonth;
    const speedUp = trend ? m.naiveMonth.p95Ms / trend.p95Ms : null;
    const ratio = trend && smallest?.trendMonth ? trend.p95Ms / smallest.trendMonth.p95Ms : null;
    const judged = m.rows >= 10_000_000;
    const met =
      trend && judged ? trend.p95Ms < TREND_P95_MS && (ratio ?? Infinity) <= RATIO_TO_SMALLEST && (speedUp ?? 0) >= SPEED_UP : null;
    return { m, speedUp, ratio, met };
  });
  const table = formatTable(
    ['rows', 'fill s', 'rollup rows', 'trend month p50/p95 ms', 'trend week p95 ms', 'ranking p95 ms', 'naive p95 ms', 'speed-up ×', 'ratio to smallest', 'ORM select 1 p50 ms', 'target', 'met'],
    rows.map(({ m, speedUp, ratio, met }) => [
      scaleLabel(m.rows),
      fmt(m.fill.fillSeconds + m.fill.indexSeconds + m.fill.rollupSeconds + m.fill.analyzeSeconds, 0),
      fmt(m.fill.rollupRows),
      m.trendMonth ? `${fmt(m.trendMonth.p50Ms, 2)} / ${fmt(m.trendMonth.p95Ms, 2)}` : '—',
      fmt(m.trendWeek?.p95Ms, 2),
      fmt(m.ranking?.p95Ms, 2),
      fmt(m.naiveMonth.p95Ms, 1),
      fmt(speedUp, 0),
      fmt(ratio, 2),
      fmt(m.selectOne.p50Ms, 2),
      m.rows >= 10_000_000 ? `trend p95 < ${TREND_P95_MS} ms, ≤ ${RATIO_TO_SMALLEST}× smallest, ≥ ${SPEED_UP}× naive` : 'reported',
      met === null ? '—' : met ? 'yes' : 'NO',
    ]),
  );
  say(
    `\nSuara scale bench — ${r.started.toISOString()} — Node ${process.version}, ${os.cpus().length} cores, PostgreSQL ${r.postgres}, ` +
      `region-year trend of ${REGION_SLUG}, ${RUNS} runs per read, load average ${r.load.start.toFixed(1)} → ${r.load.end.toFixed(1)}\n`,
  );
  say(table);
  say('');
  if (r.template !== null) say(`  template (migrations, demo catalogue, its feedback removed): ${r.template.toFixed(1)} s`);
  for (const m of r.results) {
    say(
      `  ${scaleLabel(m.rows)}: fill ${m.fill.fillSeconds.toFixed(1)} s, indexes ${m.fill.indexSeconds.toFixed(1)} s, rebuildRollups ${m.fill.rollupSeconds.toFixed(1)} s, ` +
        `vacuum+analyze ${m.fill.analyzeSeconds.toFixed(1)} s; feedback ${fmt(m.fill.feedbackMb)} MB; ${fmt(m.responsesInYear)} responses in the region-year; ` +
        `ranking p50 ${fmt(m.ranking?.p50Ms, 2)} ms; naive p50 ${fmt(m.naiveMonth.p50Ms, 1)} ms over ${m.naiveMonth.runs} runs` +
        (m.profile ? `; CPU profile ${m.profile}` : ''),
    );
  }
  if (r.selectOneBaseline) {
    say(`  pgbench select 1, 1 client: p50 ${fmt(r.selectOneBaseline.p50Ms, 3)} ms, p95 ${fmt(r.selectOneBaseline.p95Ms, 3)} ms, ${fmt(r.selectOneBaseline.tps)} tps`);
  }
  say('  fill: generate_series in chunks of 500k with setseed per chunk; feedback indexes dropped for the fill and built after it; foreign-key triggers off (session_replication_role) in the bench database only.');
  for (const note of r.notes) say(`  ${note}`);

  const json = {
    date: r.started.toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage1m: r.load, postgres: r.postgres },
    settings: { scales: r.scales, runs: RUNS, warmup: WARMUP, region: REGION_SLUG, chunk: CHUNK },
    targets: { trendP95Ms: TREND_P95_MS, ratioToSmallest: RATIO_TO_SMALLEST, speedUp: SPEED_UP, judgedAt: 10_000_000 },
    pgbenchSelectOne: r.selectOneBaseline,
    templateSeconds: r.template,
    results: rows.map(({ m, speedUp, ratio, met }) => ({ ...m, speedUp, ratioToSmallest: ratio, met })),
    notes: r.notes,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
  say(`\n  Written to ${path.relative(process.cwd(), OUT) || OUT}`);
}

// Run directly (`node --import tsx bench/scale.ts`) or from run.ts (`pnpm bench --scale`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runScale().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\nThe scale bench could not run: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      void Promise.allSettled([...created].map(dropDatabase)).finally(() => process.exit(1));
    },
  );
}
