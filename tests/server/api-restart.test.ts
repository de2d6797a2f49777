import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresOf } from '../support/embedded-database.js';
import { spawnPnpmStart } from '../support/pnpm-start.js';

/**
 * Issue 7, point 1: "Under `pnpm start` the death of the API stops the portal too." Now the API is
 * killed as the kernel's OOM killer would (SIGKILL, its embedded PostgreSQL left behind): the portal
 * keeps answering with its "service unavailable" page, the API is started again, and the portal
 * serves pages again; Ctrl-C still stops everything. Runs the built product (`pnpm build` first).
 * Deadlines are generous; nothing is timed.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-api-restart-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs: number, logs: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${what}.\n${logs().split('\n').slice(-40).join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The API process `pnpm start` runs: the child of start.mjs running api/dist/main.js. */
function apiPidOf(startPid: number): number | null {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(startPid)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes('api/dist/main.js'));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

async function status(url: string): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(url);
    return { status: res.status, body: await res.text() };
  } catch {
    return null;
  }
}

describe('pnpm start when the API dies', () => {
  it('keeps the portal answering "service unavailable", starts the API again, and serves pages again', async () => {
    const { child, apiPort, portalPort, output: logs, exited } = await spawnPnpmStart(dataDir, { detached: true });
    // A new address each time: the portal's one-second page cache must not answer for the API.
    let n = 0;
    const page = () => status(`http://127.0.0.1:${portalPort}/layanan/mataram-ktp-el?restart=${++n}`);
    try {
      await until(() => logs().includes('Suara is running') || child.exitCode !== null, '`pnpm start` to be ready', 150_000, logs);
      expect((await page())?.status).toBe(200);

      const first = apiPidOf(child.pid!);
      expect(first).toBeTruthy();
      process.kill(first!, 'SIGKILL');

      // The portal is still there, and says the service is unavailable rather than failing.
      const down = await until(async () => {
        const res = await page();
        return res && res.status === 503 ? res : false;
      }, 'the portal to answer 503', 30_000, logs);
      expect(down.body).toContain('Layanan sedang tidak tersedia');
      // The portal may notice the refused connection before start.mjs hears of the exit: wait for the line.
      const stopped = /\[api\] stopped unexpectedly \(SIGKILL\); the portal answers "service unavailable" meanwhile\. Starting the API again in 0\.5 s\./;
      await until(() => stopped.test(logs()), 'start.mjs to say the API stopped', 30_000, logs);

      // The API is back (it stopped the PostgreSQL its killed self left behind, and started its own).
      await until(async () => (await page())?.status === 200, 'the portal to serve pages again', 120_000, logs);
      const again = apiPidOf(child.pid!);
      expect(again).toBeTruthy();
      expect(again).not.toBe(first);
      const api = await fetch(`http://127.0.0.1:${apiPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { slug } }' }) });
      expect(((await api.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(4);

      // Ctrl-C in the terminal still stops everything, and nothing is started again.
      process.kill(-child.pid!, 'SIGINT');
      expect(await exited).toBe(0);
      expect(logs()).toMatch(/API stopped/);
      expect(logs().match(/Starting the API again/g)).toHaveLength(1);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }, 300_000);
});
