/**
 * `pnpm bench`: the speed and memory targets, measured (never asserted in tests).
 * Runs against a fresh database on the machine's PostgreSQL (or an embedded one) and prints a table:
 *   - loading the demo world (target < 60 s for ≥ 20,000 responses),
 *   - rating a service over HTTP, sequentially and 20 at a time,
 *   - reading a region page's satisfaction (rollups: must not grow with responses),
 *   - the API's resident memory after the run.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SKM_ELEMENTS } from '@suara/skm';
import { loadConfig } from '../src/config.js';
import { createOrm, migrate } from '../src/db/database.js';
import { seedDemoWorld } from '../src/demo/index.js';
import { createAppServices } from '../src/app-services.js';
import { createApiServer } from '../src/server.js';
import { setLogLevel } from '../src/common/logger.js';
import { createTestDatabase } from '../test/support/test-database.js';

setLogLevel('silent');
const rows: Array<Record<string, string | number>> = [];
const ms = (n: number) => Math.round(n * 10) / 10;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const db = await createTestDatabase('suara_bench');
const orm = await createOrm(db.url);
try {
  await migrate(orm);
  let t = performance.now();
  const summary = await seedDemoWorld(orm.em.fork());
  const seedSeconds = (performance.now() - t) / 1000;
  const responses = Number(/(\d+) responses/.exec(summary)?.[1] ?? 0);
  rows.push({ measure: 'load the demo world', result: `${seedSeconds.toFixed(1)} s`, detail: `${responses} responses`, target: '< 60 s, ≥ 20,000 responses', ok: seedSeconds < 60 && responses >= 20000 ? 'yes' : 'NO' });

  const config = loadConfig({ DATABASE_URL: db.url, SUARA_SUBMIT_RATE_LIMIT: '0', LOG_LEVEL: 'silent' });
  const server = await createApiServer(await createAppServices(config, orm));
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async (query: string, variables?: unknown) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown; data?: Record<string, unknown> };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const { service } = (await gql('{ service(slug: "mataram-ktp-el") { id } }')) as { service: { id: string } };
  const submitOnce = () =>
    gql('mutation ($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { receiptCode } }', {
      i: { serviceId: service.id, idempotencyKey: randomUUID(), scores: SKM_ELEMENTS.map((element, k) => ({ element, score: 1 + (k % 4) })) },
    });

  const sequential: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    await submitOnce();
    sequential.push(performance.now() - t);
  }
  rows.push({ measure: 'rate a service (one at a time)', result: `p50 ${ms(percentile(sequential, 50))} ms`, detail: `p95 ${ms(percentile(sequential, 95))} ms, n=200`, target: 'p95 < 100 ms', ok: percentile(sequential, 95) < 100 ? 'yes' : 'NO' });

  t = performance.now();
  const batch = 400;
  for (let i = 0; i < batch; i += 20) await Promise.all(Array.from({ length: 20 }, submitOnce));
  const perSecond = batch / ((performance.now() - t) / 1000);
  rows.push({ measure: 'rate a service (20 at a time)', result: `${Math.round(perSecond)} /s`, detail: `${batch} ratings`, target: '> 100 /s', ok: perSecond > 100 ? 'yes' : 'NO' });

  const regionPage = `{ region(slug: "mataram") { satisfaction { ikm } units { satisfaction { ikm } services { name satisfaction { ikm grade elements { average } } } } } }`;
  const reads: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    await gql(regionPage);
    reads.push(performance.now() - t);
  }
  rows.push({ measure: 'region page with every score', result: `p50 ${ms(percentile(reads, 50))} ms`, detail: `p95 ${ms(percentile(reads, 95))} ms, n=50`, target: 'p95 < 150 ms', ok: percentile(reads, 95) < 150 ? 'yes' : 'NO' });

  // The bench process also built the demo world; collect first so the figure is what serving holds.
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  rows.push({ measure: 'API heap in use', result: `${Math.round(heap)} MB`, detail: 'after the runs above, after GC', target: '< 150 MB', ok: heap < 150 ? 'yes' : 'NO' });
  await server.close();
} finally {
  await orm.close(true);
  await db.drop();
}
console.table(rows);
