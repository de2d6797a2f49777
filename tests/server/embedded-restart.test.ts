import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SKM_ELEMENTS } from '@suara/skm';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedSql, postgresOf, postmasterOf } from '../support/embedded-database.js';
import { spawnPnpmStart } from '../support/pnpm-start.js';

/**
 * `pnpm start` survives its embedded PostgreSQL stopping (issue 6, point 7; decision record 0009):
 * the postmaster is killed with SIGKILL, as the kernel's OOM killer would; the API notices, says so
 * in one line, starts it again on the same port with the same data, and serves ratings again —
 * nothing acknowledged before is lost. Ctrl-C, sent to the whole process group as a terminal does
 * (so PostgreSQL receives it too), still stops everything cleanly and starts nothing again. When the
 * server cannot be started again, the API says so in one line and stops (and `pnpm start` with it).
 * Runs the built product (`pnpm build` first). Deadlines are generous; nothing is timed.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-restart-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SUBMIT = `mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode } }`;

async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs: number, logs: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${what}.\n${logs().split('\n').slice(-40).join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Running {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  gql<T>(query: string, variables?: Record<string, unknown>, clientIp?: string): Promise<{ data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  apiPort: number;
  /** Ctrl-C in a terminal: SIGINT to the whole process group — start.mjs, API, portal and PostgreSQL. */
  ctrlC(): void;
  /** For `finally`: kills whatever is left of the group. */
  kill(): void;
}

/** `pnpm start` as its script runs it, in its own process group like a terminal's foreground job. */
async function pnpmStart(): Promise<Running> {
  const { child, apiPort, output, exited } = await spawnPnpmStart(dataDir, { detached: true });
  const api = `http://127.0.0.1:${apiPort}/graphql`;
  const running: Running = {
    child,
    output,
    exited,
    apiPort,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, clientIp?: string) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (clientIp) headers['x-forwarded-for'] = clientIp; // the API trusts it from a loopback peer, as from the portal
      const res = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    },
    ctrlC: () => process.kill(-child.pid!, 'SIGINT'),
    kill() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      // A postmaster outlives a killed group only if something went very wrong; do not leave it behind.
      const left = postmasterOf(dataDir);
      if (left && postgresOf(dataDir).length) process.kill(left.pid, 'SIGQUIT');
    },
  };
  await until(() => output().includes('Suara is running') || child.exitCode !== null, '`pnpm start` to be ready', 150_000, running.output);
  if (!output().includes('Suara is running')) throw new Error(`pnpm start stopped while starting:\n${output()}`);
  return running;
}

describe('pnpm start, when its embedded PostgreSQL is killed', () => {
  it('starts it again by itself on the same port, loses nothing acknowledged, and Ctrl-C still stops everything', async () => {
    const started = await pnpmStart();
    const { gql, exited } = started;
    const logs = started.output;
    try {
      const services = (await gql<{ services: { edges: Array<{ node: { id: string } }> } }>('{ services(first: 4) { edges { node { id } } } }')).data!.services.edges.map((e) => e.node.id);
      expect(services).toHaveLength(4);
      const rating = (i: number) => ({
        serviceId: services[i % services.length],
        idempotencyKey: `restart-${randomUUID()}`,
        scores: SKM_ELEMENTS.map((element, j) => ({ element, score: 1 + ((i + j) % 4) })),
      });
      const clientIp = (i: number) => `2001:db8:7:${(i + 1).toString(16)}::1`; // a /64 each: the limits count /64s

      // Citizens rate services; each receipt is acknowledged.
      const acknowledged: Array<{ input: ReturnType<typeof rating>; ip: string; receiptCode: string }> = [];
      for (let i = 0; i < 8; i++) {
        const input = rating(i);
        const res = await gql<{ submitFeedback: { receiptCode: string } }>(SUBMIT, { input }, clientIp(i));
        expect(res.errors).toBeUndefined();
        acknowledged.push({ input, ip: clientIp(i), receiptCode: res.data!.submitFeedback.receiptCode });
      }

      // The kernel's OOM killer, or a crash: the postmaster dies at once, without any shutdown.
      const before = postmasterOf(dataDir);
      expect(before).not.toBeNull();
      process.kill(before!.pid, 'SIGKILL');

      // The API notices, says so in one plain line, and brings it back on the same port.
      await until(() => /stopped unexpectedly \(signal SIGKILL\); starting it again on 127\.0\.0\.1:\d+ with the same data/.test(logs()), 'the API to notice', 60_000, logs);

      // Meanwhile and after, a citizen retrying with the same key gets a plain answer, then a receipt.
      const afterKill = rating(100);
      const errorsSeen: string[] = [];
      const receiptAfter = await until(
        async () => {
          const res = await gql<{ submitFeedback: { receiptCode: string } }>(SUBMIT, { input: afterKill }, clientIp(100)).catch((error: unknown) => ({ data: null, errors: [{ message: String(error), extensions: { code: 'NO_HTTP_RESPONSE' } }] }));
          if (res.errors?.[0]) errorsSeen.push(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
          return res.data?.submitFeedback?.receiptCode;
        },
        'the API to store ratings again',
        90_000,
        logs,
      );
      expect(errorsSeen.filter((e) => !e.startsWith('SERVICE_UNAVAILABLE: ') || /ECONN|postgres|knex|terminat/i.test(e))).toEqual([]);
      expect(logs()).toMatch(/The embedded PostgreSQL is running again on 127\.0\.0\.1:\d+/);
      const after = postmasterOf(dataDir);
      expect(after?.pid).not.toBe(before!.pid);
      expect(after?.port).toBe(before!.port);
      expect((await fetch(`http://127.0.0.1:${started.apiPort}/healthz`)).status).toBe(200);

      // Nothing acknowledged, before the kill or after, is lost: each receipt can be tracked, sending
      // its key again gives the same receipt, and the database holds exactly one row per key.
      acknowledged.push({ input: afterKill, ip: clientIp(100), receiptCode: receiptAfter });
      for (const { input, ip, receiptCode } of acknowledged) {
        const tracked = await gql<{ feedbackReceipt: { code: string } | null }>('query ($c: String!) { feedbackReceipt(code: $c) { code } }', { c: receiptCode });
        expect(tracked.data?.feedbackReceipt?.code).toBe(receiptCode);
        const again = await gql<{ submitFeedback: { receiptCode: string } }>(SUBMIT, { input }, ip);
        expect(again.data?.submitFeedback.receiptCode).toBe(receiptCode);
      }
      const keys = acknowledged.map((a) => a.input.idempotencyKey);
      const rows = await embeddedSql<{ idempotency_key: string; n: number }>(dataDir, 'select idempotency_key, count(*)::int as n from feedback where idempotency_key = any($1) group by 1', [keys]);
      expect(rows.map((r) => r.n)).toEqual(keys.map(() => 1));
      expect(rows).toHaveLength(keys.length);

      // Ctrl-C in the terminal: the API, the portal and PostgreSQL all get SIGINT. Everything stops,
      // and the API does not take PostgreSQL's own stop for a crash.
      started.ctrlC();
      expect(await exited).toBe(0);
      expect(logs()).toMatch(/API stopped/);
      expect(logs().match(/stopped unexpectedly/g)).toHaveLength(1);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      started.kill();
    }
  }, 300_000);

  it('gives up with one clear line when it cannot start it again, and stops instead of answering 503 forever', async () => {
    const pgDir = path.join(dataDir, 'pg');
    const started = await pnpmStart(); // the data of the test above: no demo world to load again
    try {
      // PostgreSQL checks its folder's permissions only when it starts: the running server goes on,
      // every start after the kill is refused.
      chmodSync(pgDir, 0o777);
      process.kill(postmasterOf(dataDir)!.pid, 'SIGKILL');
      // The attempts back off over about half a minute, then supervision gives up.
      expect(await Promise.race([started.exited, new Promise((r) => setTimeout(r, 150_000, 'still running'))])).toBe(1);
      const logs = started.output();
      expect(logs).toMatch(/The embedded PostgreSQL could not be started again \(6 attempts within a minute failed; last: FATAL: data directory ".+" has invalid permissions\)\. Data in /);
      // The API's own line says why; start.mjs adds nothing that would bury it (decision 0030).
      expect(logs).toMatch(/\[api\] Suara API: The embedded PostgreSQL could not be started again .* Stopping\./);
      expect(logs).not.toMatch(/\[api\] stopped unexpectedly \(exit code 1\)/);
      expect(logs).not.toMatch(/is running again/);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      chmodSync(pgDir, 0o700);
      started.kill();
    }
  }, 300_000);
});
