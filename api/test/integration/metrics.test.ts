import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_OPERATIONS_MAX } from '../../src/common/metrics.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, SUBMIT } from '../support/feedback.js';

/**
 * Issue 11, point 5: Prometheus metrics at /metrics (decision record 0032). What an operator's
 * Prometheus sees after citizens rate and read, what it may never see (a citizen's words, the
 * values of a query), and who may read it at all.
 */

let api: TestApi;
let service: string;

beforeAll(async () => {
  api = await startTestApi();
  service = await serviceId(api, 'mamuju-ktp-el');
});
afterAll(async () => {
  await api?.close();
});

interface Scrape {
  status: number;
  contentType: string | null;
  text: string;
  /** `name{labels}` → value, as the exposition format writes them. */
  values: Map<string, number>;
}

async function scrape(origin = api.origin, headers: Record<string, string> = {}): Promise<Scrape> {
  const res = await fetch(`${origin}/metrics`, { headers });
  const text = await res.text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, values };
}

const value = (s: Scrape, series: string) => s.values.get(series) ?? 0;

describe('/metrics for the operator’s Prometheus', () => {
  it('counts a stored rating, each named operation, and an error by its code, in the Prometheus text format', async () => {
    const marker = randomUUID().slice(0, 8);
    const comment = `komentar-metrik-${marker} petugas ramah`;
    const contact = `kontak-metrik-${marker}@contoh.id`;
    const before = await scrape();
    expect(before.status).toBe(200);

    const rating = await api.gql(SUBMIT, { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(3), comment, contact } }, { clientIp: freshClientIp() });
    expect(rating.errors).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      const page = await api.gql('query MetricsServicePage($slug: String!) { service(slug: $slug) { id } }', { slug: `layanan-${marker}` });
      expect(page.errors).toBeUndefined();
    }
    const bad = await api.gql('query MetricsBroken { serviceThatDoesNotExist }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const after = await scrape();
    expect(after.status).toBe(200);
    expect(after.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(after, 'suara_ratings_total{channel="web"}') - value(before, 'suara_ratings_total{channel="web"}')).toBe(1);
    expect(value(after, 'suara_graphql_requests_total{operation="MetricsServicePage"}')).toBe(3);
    expect(value(after, 'suara_graphql_request_duration_seconds_count{operation="MetricsServicePage"}')).toBe(3);
    expect(value(after, 'suara_graphql_request_duration_seconds_bucket{le="+Inf",operation="MetricsServicePage"}')).toBe(3);
    expect(value(after, 'suara_graphql_requests_total{operation="MetricsBroken"}')).toBe(1);
    expect(value(after, 'suara_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}') - value(before, 'suara_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    // The rating's statement writes its rollup rows: timed.
    expect(value(after, 'suara_rollup_write_seconds_count{path="rating"}') - value(before, 'suara_rollup_write_seconds_count{path="rating"}')).toBeGreaterThanOrEqual(1);
    // The pool and the process.
    for (const gauge of ['suara_db_pool_connections_in_use', 'suara_db_pool_connections_idle', 'suara_db_pool_waiting', 'suara_db_pool_connections_max', 'suara_ratings_waiting']) {
      expect(after.values.has(gauge), gauge).toBe(true);
    }
    expect(value(after, 'suara_db_pool_connections_max')).toBe(10);
    expect(after.values.has('process_resident_memory_bytes')).toBe(true);
    expect(after.text).toContain('nodejs_eventloop_lag_seconds');

    // What citizens wrote and what the queries asked for never appear.
    for (const secret of [marker, comment, contact, `layanan-${marker}`]) expect(after.text).not.toContain(secret);
  });

  it('counts an error the API answers before GraphQL runs (a body that is not JSON)', async () => {
    const before = await scrape();
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ regions { slug } }", "variables": {"komentar": "rahasia' });
    expect(res.status).toBe(400);
    const after = await scrape();
    expect(value(after, 'suara_graphql_errors_total{code="BAD_REQUEST"}') - value(before, 'suara_graphql_errors_total{code="BAD_REQUEST"}')).toBe(1);
    expect(after.text).not.toContain('rahasia');
  });

  it('answers many different requests at once and counts each exactly once', async () => {
    const before = await scrape();
    const names = Array.from({ length: 8 }, (_, i) => `MetricsBusy${i}`);
    const work = Array.from({ length: 48 }, (_, i) => api.gql(`query ${names[i % names.length]} { regions { slug } }`));
    const scrapes = Array.from({ length: 6 }, () => scrape());
    const [answers, seen] = await Promise.all([Promise.all(work), Promise.all(scrapes)]);
    for (const a of answers) expect(a.errors).toBeUndefined();
    for (const s of seen) expect(s.status).toBe(200);
    const after = await scrape();
    for (const name of names) {
      expect(value(after, `suara_graphql_requests_total{operation="${name}"}`) - value(before, `suara_graphql_requests_total{operation="${name}"}`)).toBe(6);
    }
    // Every connection went back to the pool, and no rating waits.
    expect(value(after, 'suara_db_pool_waiting')).toBe(0);
    expect(value(after, 'suara_ratings_waiting')).toBe(0);
  });
  it('keeps the operation labels bounded whatever names clients send', async () => {
    const odd = ['bukan nama', 'x'.repeat(65), 'nama-dengan-strip', `ÜberQuery`, '__proto__x'];
    for (const name of odd.slice(0, 4)) {
      // A name that is not a GraphQL name never parses: the client's operationName is what is seen.
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { slug } }', operationName: name }) });
    }
    const floods = Array.from({ length: OTHER_OPERATIONS_MAX + 50 }, (_, i) => `Flood${i}_${randomUUID().slice(0, 4)}`);
    for (let i = 0; i < floods.length; i += 25) {
      await Promise.all(floods.slice(i, i + 25).map((name) => api.gql(`query ${name} { regions { slug } }`)));
    }
    // The portal's own operations keep their label even after the flood.
    await api.gql('query ServicePage { regions { slug } }');
    const after = await scrape();
    const labels = [...after.values.keys()].filter((k) => k.startsWith('suara_graphql_requests_total{')).map((k) => /operation="([^"]*)"/.exec(k)![1]!);
    expect(labels.length).toBeLessThanOrEqual(OTHER_OPERATIONS_MAX + 2 /* other, anonymous */ + 3 /* this file's named ones */ + 1 /* ServicePage */);
    expect(labels).toContain('other');
    expect(value(after, 'suara_graphql_requests_total{operation="other"}')).toBeGreaterThanOrEqual(50);
    for (const name of odd) expect(labels).not.toContain(name);
    expect(labels).toContain('ServicePage');
  });

});

describe('who may read /metrics', () => {
  it('refuses a request that came through a proxy, even from this machine', async () => {
    const res = await scrape(api.origin, { 'x-forwarded-for': '203.0.113.9' });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('suara_');
    const forwarded = await scrape(api.origin, { forwarded: 'for=203.0.113.9' });
    expect(forwarded.status).toBe(403);
  });

  it('refuses an address that is not in SUARA_METRICS_ALLOW, in the caller’s language', async () => {
    const other = await startTestApi({ SUARA_METRICS_ALLOW: '10.0.0.0/8' });
    try {
      const res = await fetch(`${other.origin}/metrics`, { headers: { 'accept-language': 'en' } });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { error: string };
      expect(body.error).toContain('SUARA_METRICS_ALLOW');
      const id = await fetch(`${other.origin}/metrics`);
      expect(((await id.json()) as { error: string }).error).toMatch(/^Metrik hanya dilayani/);
      // The API itself still serves this address.
      expect((await other.gql('{ regions { slug } }')).errors).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('asks for the bearer token when SUARA_METRICS_TOKEN is set', async () => {
    const token = `metrik-${randomUUID()}`;
    const other = await startTestApi({ SUARA_METRICS_TOKEN: token });
    try {
      expect((await scrape(other.origin)).status).toBe(403);
      expect((await scrape(other.origin, { authorization: 'Bearer salah-token-0123456789' })).status).toBe(403);
      const ok = await scrape(other.origin, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('suara_graphql_requests_total');
    } finally {
      await other.close();
    }
  });

  it('does not answer a method other than GET or HEAD', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${api.origin}/metrics`, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);
  });
});
