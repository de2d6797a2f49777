import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SKM_ELEMENTS } from '@suara/skm';
import { afterAll, describe, expect, it } from 'vitest';
import { apiReplica, codeOf, createTestDatabase, type ApiReplica, type TestDatabase } from '../support/replicas.js';
import { freePort } from '../support/stack.js';

/**
 * Suara as an operator grows it (docs/deploy.md, decision record 0031): two API processes on one
 * PostgreSQL. They start together on an empty database and migrate it once; they share rate limits,
 * staff sessions and the service catalogue; and a replica can be taken away and added back while
 * ratings pour in, without a rating lost or stored twice. Real processes (`node api/dist/main.js`),
 * real HTTP, the machine's PostgreSQL; `pnpm build` first.
 */

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'api');

/** Debian's PgBouncer, if installed. */
const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((file) => existsSync(file));

const databases: TestDatabase[] = [];
const replicas: ApiReplica[] = [];
afterAll(async () => {
  await Promise.allSettled(replicas.map((r) => r.kill()));
  await Promise.allSettled(databases.map((d) => d.drop()));
}, 60_000);

async function database(prefix: string): Promise<TestDatabase> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  return db;
}

async function replica(name: string, db: TestDatabase, env: Record<string, string> = {}): Promise<ApiReplica> {
  const r = await apiReplica(name, db.url, env);
  replicas.push(r);
  return r;
}

/** Every migration of the list is recorded exactly once. */
async function migrationsOnce(db: TestDatabase): Promise<void> {
  const rows = await db.sql<{ name: string; n: number }>('select name, count(*)::int as n from mikro_orm_migrations group by name');
  expect(rows.length).toBeGreaterThan(20);
  expect(rows.filter((r) => r.n !== 1)).toEqual([]);
}

const allScores = (score: number) => SKM_ELEMENTS.map((element) => ({ element, score }));
const RATE = `mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id } } }`;

describe('two API processes starting at once on an empty database', () => {
  it('migrate it once and both serve, with no demo world and no demo warning (SUARA_DEMO=0)', async () => {
    const db = await database('suara_deploy_empty');
    const a = await replica('api-a', db, { SUARA_DEMO: '0' });
    const b = await replica('api-b', db, { SUARA_DEMO: '0' });
    await Promise.all([a.start(), b.start()]);
    for (const r of [a, b]) {
      expect((await fetch(`http://127.0.0.1:${r.port}/healthz`)).status).toBe(200);
      expect((await r.gql<{ regions: unknown[] }>('{ regions { slug } }')).data).toEqual({ regions: [] });
      expect(r.output()).not.toMatch(/suara-demo/);
    }
    await migrationsOnce(db);
    // One process applied them; the other waited for the lock and found nothing left to apply.
    expect([a, b].filter((r) => /Applied migrations/.test(r.output()))).toHaveLength(1);
    expect(await db.sql('select count(*)::int as n from staff_account')).toEqual([{ n: 0 }]);
    await Promise.all([a.stop(), b.stop()]);
  }, 900_000);

  // The rest of this file runs on the pair this test starts.
  let a: ApiReplica;
  let b: ApiReplica;
  let db: TestDatabase;

  it('migrate it once, load the demo world once, both serve, and both say the demo accounts have a public password', async () => {
    db = await database('suara_deploy_demo');
    // Limits low enough to reach in a test; every other setting at its production default.
    const env = { SUARA_DEMO: '1', SUARA_SUBMIT_RATE_LIMIT: '3' };
    a = await replica('api-a', db, env);
    b = await replica('api-b', db, env);
    await Promise.all([a.start(), b.start()]);
    await migrationsOnce(db);
    expect([a, b].filter((r) => /Demo world loaded/.test(r.output()))).toHaveLength(1);
    expect(await db.sql('select count(*)::int as n from region')).toEqual([{ n: 4 }]);
    for (const r of [a, b]) {
      const regions = (await r.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }')).data!.regions.map((x) => x.slug).sort();
      expect(regions).toEqual(['kupang', 'mamuju', 'mataram', 'sawahlunto']);
      // One warn line (JSON, so its quotes are escaped) naming the password and the way out.
      const warning = r.output().split('\n').find((line) => line.includes('"level":"warn"') && line.includes('demo staff account(s) still sign in with the public password'));
      expect(warning).toMatch(/suara-demo.*demo:deactivate-accounts/);
    }
  }, 900_000);

  it('share staff sessions: signed in through one, used through the other, signed out through one and refused by both', async () => {
    const login = await a.gql<{ login: { token: string } }>('mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }');
    expect(codeOf(login)).toBe('OK');
    const token = login.data!.login.token;
    const listed = await b.gql<{ staffAccounts: { totalCount: number } }>('{ staffAccounts(first: 1) { totalCount } }', {}, { token });
    expect(codeOf(listed)).toBe('OK');
    expect(listed.data!.staffAccounts.totalCount).toBeGreaterThan(10);
    const [demo] = await db.sql<{ n: number }>('select count(*)::int as n from staff_account');
    expect((await b.gql<{ publicPasswordAccounts: number }>('{ publicPasswordAccounts }', {}, { token })).data).toEqual({ publicPasswordAccounts: demo!.n });

    expect(codeOf(await b.gql('mutation { logout }', {}, { token }))).toBe('OK');
    for (const r of [a, b]) {
      expect(codeOf(await r.gql('{ staffAccounts(first: 1) { totalCount } }', {}, { token }))).toBe('UNAUTHENTICATED');
      expect((await r.gql('{ me { id } }', {}, { token })).data).toEqual({ me: null });
    }
  });

  it('share the sign-in limits: failures through both replicas count against one account', async () => {
    const email = `tidak-ada-${randomUUID().slice(0, 8)}@pemda.go.id`;
    const attempt = (r: ApiReplica, i: number) =>
      r.gql('mutation ($e: String!) { login(email: $e, password: "salah-salah-salah") { token } }', { e: email }, { clientAddress: `198.51.100.${10 + i}` });
    // Five wrong passwords per account in 15 minutes (sign-in-limits.ts), spread over both replicas
    // and five addresses, so that only a shared counter can see them all.
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt(i % 2 === 0 ? a : b, i))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(b, 5))).toBe('RATE_LIMITED');
    expect(codeOf(await attempt(a, 6))).toBe('RATE_LIMITED');
  });

  it('share the per-address rating limit: the fourth rating from one address is held whichever replica gets it', async () => {
    const [serviceId] = await anyServiceIds(a, 1);
    const address = '203.0.113.77';
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = i % 2 === 0 ? a : b;
      const result = await r.gql(RATE, { input: { serviceId, idempotencyKey: `batas-${randomUUID()}`, scores: allScores(3) } }, { clientAddress: address });
      codes.push(codeOf(result));
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
  });

  it('share the service catalogue: an admin renames a service through one replica and the other shows the new name within seconds', async () => {
    const token = (await a.gql<{ login: { token: string } }>('mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }')).data!.login.token;
    const [serviceId] = await anyServiceIds(b, 1);
    const slugOf = await db.sql<{ slug: string }>('select slug from public_service where id = $1', [serviceId]);
    const slug = slugOf[0]!.slug;
    const read = async (r: ApiReplica) => (await r.gql<{ service: { name: string } }>('query ($s: String!) { service(slug: $s) { name } }', { s: slug })).data!.service.name;
    const before = await read(b); // b now holds the catalogue in memory
    const name = `Layanan Diganti ${randomUUID().slice(0, 6)}`;
    expect(name).not.toBe(before);
    const changed = await a.gql('mutation ($id: ID!, $n: String!) { updateService(id: $id, input: { name: $n }) { id } }', { id: serviceId, n: name }, { token });
    expect(codeOf(changed)).toBe('OK');
    const started = performance.now();
    // The replica hears of the change by NOTIFY; the bench reports the seconds. The deadline is generous.
    let seen = await read(b);
    while (seen !== name && performance.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await read(b);
    }
    expect(seen).toBe(name);
  });

  it('lose no rating and store none twice while a replica is stopped and started again under load', async () => {
    const services = await anyServiceIds(a, 40);
    const TOTAL = 240;
    const ratings = Array.from({ length: TOTAL }, (_, i) => ({
      key: `replika-${randomUUID()}`,
      serviceId: services[i % services.length]!,
      // A different citizen for each rating, as the portal (a trusted proxy) reports them.
      address: `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      score: (i % 4) + 1,
    }));
    const receipts = new Map<string, string>();
    let retries = 0;
    let sent = 0;
    let turn = 0;
    /** Acknowledgements by replica, once the second replica was back. */
    const ackedAfterReturn = { 'api-a': 0, 'api-b': 0 } as Record<string, number>;
    let back = false;

    /** Sends one rating to the replicas in turn until one acknowledges it; a refused or cut request is sent again with the same key. */
    const send = async (rating: (typeof ratings)[number]) => {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const r = [a, b][turn++ % 2]!;
        try {
          const result = await r.gql<{ submitFeedback: { receiptCode: string } }>(
            RATE,
            { input: { serviceId: rating.serviceId, idempotencyKey: rating.key, scores: allScores(rating.score) } },
            { clientAddress: rating.address, timeoutMs: 20_000 },
          );
          if (codeOf(result) === 'OK') {
            receipts.set(rating.key, result.data!.submitFeedback.receiptCode);
            if (back) ackedAfterReturn[r.name]!++;
            return;
          }
          // SERVICE_UNAVAILABLE from a replica on its way out: not acknowledged, so sent again.
          if (codeOf(result) !== 'SERVICE_UNAVAILABLE') throw new Error(`rating refused: ${JSON.stringify(result.errors)}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('rating refused')) throw error;
          // Connection refused or reset: the replica is gone; not acknowledged, so sent again.
        }
        retries++;
        if (Date.now() > deadline) throw new Error(`rating ${rating.key} never acknowledged`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    // The last third waits until the second replica is back, so that it serves again under load.
    let markBack!: () => void;
    const isBack = new Promise<void>((resolve) => (markBack = resolve));
    const queue = ratings.map((rating, i) => ({ rating, gate: i >= (2 * TOTAL) / 3 ? isBack : null }));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (next.gate) await next.gate;
        await send(next.rating);
        sent++;
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));

    // A third of the way in, the second replica is taken away (SIGTERM, as systemd stops it, with
    // requests in flight) and started again while the ratings keep coming.
    while (sent < TOTAL / 3) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await b.stop()).toBe(0);
    expect(sent).toBeLessThan((2 * TOTAL) / 3);
    await b.start();
    back = true;
    markBack();
    await load;
    expect(ackedAfterReturn['api-b']).toBeGreaterThan(0);

    expect(receipts.size).toBe(TOTAL);
    const stored = await db.sql<{ key: string; n: number; receipt: string }>(
      'select idempotency_key as key, count(*)::int as n, min(receipt_code) as receipt from feedback where idempotency_key = any($1) group by idempotency_key',
      [ratings.map((r) => r.key)],
    );
    expect(stored.length).toBe(TOTAL);
    expect(stored.filter((row) => row.n !== 1)).toEqual([]);
    // Stored without the dash the receipt is shown with (K7M2Q-XW9PD).
    expect(stored.filter((row) => receipts.get(row.key)?.replace('-', '') !== row.receipt)).toEqual([]);

    // A client that never heard the answer sends the same rating again, to either replica: the first
    // receipt comes back and nothing more is stored.
    for (const [i, rating] of ratings.slice(0, 20).entries()) {
      const again = await [a, b][i % 2]!.gql<{ submitFeedback: { receiptCode: string } }>(
        RATE,
        { input: { serviceId: rating.serviceId, idempotencyKey: rating.key, scores: allScores(rating.score) } },
        { clientAddress: rating.address },
      );
      expect(again.data?.submitFeedback.receiptCode).toBe(receipts.get(rating.key));
    }
    const [count] = await db.sql<{ n: number }>('select count(*)::int as n from feedback where idempotency_key = any($1)', [ratings.map((r) => r.key)]);
    expect(count!.n).toBe(TOTAL);
    console.info(`${TOTAL} ratings, ${retries} sent again while a replica was away`);
  }, 300_000);

  // Needs PgBouncer on the machine (apt-get install pgbouncer); skipped, and said so, without it.
  it.skipIf(!PGBOUNCER)('serve a replica whose DATABASE_URL goes through PgBouncer in transaction mode, with DATABASE_URL_DIRECT for migrations and the catalogue', async () => {
    const bouncer = await startPgbouncer(PGBOUNCER!, db.url);
    try {
      // Debian 12's PgBouncer is 1.18: no named prepared statements in transaction mode.
      const c = await replica('api-c', db, { DATABASE_URL: bouncer.url, DATABASE_URL_DIRECT: db.url, DATABASE_PREPARED_STATEMENTS: '0', SUARA_SUBMIT_RATE_LIMIT: '3' });
      await c.start();
      const [serviceId] = await anyServiceIds(c, 1);
      for (let i = 0; i < 20; i++) {
        const result = await c.gql(RATE, { input: { serviceId, idempotencyKey: `pgbouncer-${randomUUID()}`, scores: allScores(2) } }, { clientAddress: `192.0.2.${i + 1}` });
        expect(codeOf(result)).toBe('OK');
      }
      const token = (await c.gql<{ login: { token: string } }>('mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }')).data!.login.token;
      expect(codeOf(await a.gql('{ staffAccounts(first: 1) { totalCount } }', {}, { token }))).toBe('OK');

      // The catalogue: changed through a replica on the server itself, heard by the pooled one.
      const slug = (await db.sql<{ slug: string }>('select slug from public_service where id = $1', [serviceId]))[0]!.slug;
      const read = async () => (await c.gql<{ service: { name: string } }>('query ($s: String!) { service(slug: $s) { name } }', { s: slug })).data!.service.name;
      await read();
      const name = `Layanan Lewat PgBouncer ${randomUUID().slice(0, 6)}`;
      expect(codeOf(await a.gql('mutation ($id: ID!, $n: String!) { updateService(id: $id, input: { name: $n }) { id } }', { id: serviceId, n: name }, { token }))).toBe('OK');
      const started = performance.now();
      while ((await read()) !== name && performance.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await read()).toBe(name);
      expect(c.output()).not.toMatch(/"level":"error"/);
      await c.stop();
    } finally {
      await bouncer.stop();
    }
  }, 300_000);
});

describe('after the demo', () => {
  it('`pnpm suara demo:deactivate-accounts` ends the demo accounts: they cannot sign in, and the next start says nothing of them', async () => {
    const db = await database('suara_deploy_deactivate');
    const api = await replica('api-d', db, { SUARA_DEMO: '1' });
    await api.start();
    await api.stop();

    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url };
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/suara.ts', 'demo:deactivate-accounts'], { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/demo accounts deactivated: .*admin@suara\.demo/);

    await api.start();
    expect(codeOf(await api.gql('mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }'))).toBe('UNAUTHENTICATED');
    const lines = api.output().split('\n');
    const secondStart = lines.findLastIndex((line) => line.includes('Suara API ready'));
    const firstStart = lines.findIndex((line) => line.includes('Suara API ready'));
    expect(secondStart).toBeGreaterThan(firstStart);
    expect(lines.slice(firstStart + 1).filter((line) => line.includes('public password'))).toEqual([]);
    // The demo's data stays.
    expect(await db.sql('select count(*)::int as n from region')).toEqual([{ n: 4 }]);
    await api.stop();
  }, 900_000);
});

/**
 * PgBouncer in transaction mode in front of `databaseUrl`, on a free port, as docs/examples/deploy/
 * pgbouncer.ini configures it (trust instead of passwords, like the test server).
 */
async function startPgbouncer(binary: string, databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const target = new URL(databaseUrl);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'suara-pgbouncer-'));
  chmodSync(dir, 0o755); // PgBouncer drops root for the postgres user, who must read its files
  const user = decodeURIComponent(target.username) || 'postgres';
  writeFileSync(path.join(dir, 'users.txt'), `"${user}" ""\n`);
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir =",
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 10',
      'max_client_conn = 200',
      'ignore_startup_parameters = extra_float_digits,options,lock_timeout,statement_timeout,idle_in_transaction_session_timeout',
      '',
    ].join('\n'),
  );
  const child = spawn(binary, [...(process.getuid?.() === 0 ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = new URL(databaseUrl);
  url.port = String(port);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PgBouncer stopped at start:\n${output}`);
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PgBouncer did not answer: ${String(error)}\n${output}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url: url.toString(),
    async stop() {
      child.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ids of the first `n` services the catalogue lists. */
async function anyServiceIds(r: ApiReplica, n: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  while (ids.length < n) {
    const page: { data: { services: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await r.gql(
      'query ($after: String) { services(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    const services = page.data!.services;
    ids.push(...services.edges.map((e) => e.node.id));
    if (!services.pageInfo.hasNextPage) break;
    after = services.pageInfo.endCursor;
  }
  return ids.slice(0, n);
}
