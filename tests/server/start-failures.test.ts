import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainLines, runToEnd, stackLines } from '../support/api-process.js';
import { postgresOf } from '../support/embedded-database.js';
import { freePort } from '../support/stack.js';

/**
 * A start that cannot succeed says why in one plain line, with what to do, and never shows a stack
 * trace (issue 11, point 1; decision record 0030): the person reading it is often installing Suara
 * for the first time. Runs the built product (`pnpm build` first).
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'suara-failure-test-'));
  dirs.push(dir);
  return dir;
}

/** Lines that tell of a failure: the one the person must read, and nothing competing with it. */
const complaints = (output: string) => plainLines(output).filter((line) => /could not|cannot|failed|error|unexpected|invalid/i.test(line));

describe('a start that cannot succeed', () => {
  it('names the wrong setting and what to do, in one line', async () => {
    const run = await runToEnd(['api/dist/main.js'], { API_PORT: 'four-thousand', SUARA_DATA_DIR: tempDir() });
    expect(run.code).toBe(1);
    expect(plainLines(run.output)).toEqual([expect.stringMatching(/^Suara API could not start: the configuration is wrong \(API_PORT="four-thousand": .+\): fix/)]);
    expect(stackLines(run.output)).toEqual([]);
  });

  it('says the data folder cannot be written and names SUARA_DATA_DIR', async () => {
    const run = await runToEnd(['api/dist/main.js'], { SUARA_DATA_DIR: '/dev/null/suara', SUARA_DEMO: '0' });
    expect(run.code).toBe(1);
    expect(plainLines(run.output)).toEqual([expect.stringMatching(/^Suara API could not start: the data folder \/dev\/null\/suara cannot be written .*SUARA_DATA_DIR/)]);
    expect(stackLines(run.output)).toEqual([]);
  });

  it('says the database of DATABASE_URL cannot be reached, without its password', async () => {
    const port = await freePort(); // nobody listens there
    const run = await runToEnd(['api/dist/main.js'], { DATABASE_URL: `postgres://suara:very-secret-pw@127.0.0.1:${port}/suara`, API_PORT: String(await freePort()) });
    expect(run.code).toBe(1);
    expect(complaints(run.output)).toEqual([
      `Suara API could not start: the database at 127.0.0.1:${port}/suara (DATABASE_URL) cannot be used: no connection (ECONNREFUSED). Check that PostgreSQL runs there and accepts this user, or unset DATABASE_URL to use the embedded one.`,
    ]);
    expect(run.output).not.toContain('very-secret-pw');
    expect(stackLines(run.output)).toEqual([]);
  });

  it('through `pnpm start`: says the API port is taken, stops everything with exit code 1, leaves no PostgreSQL running', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    const apiPort = (taken.address() as net.AddressInfo).port;
    const dataDir = tempDir();
    try {
      const run = await runToEnd(['scripts/start.mjs'], { SUARA_DATA_DIR: dataDir, SUARA_DEMO: '0', API_PORT: String(apiPort), PORTAL_PORT: String(await freePort()) });
      expect(run.code).toBe(1);
      expect(complaints(run.output)).toEqual([
        `Suara API could not start: port ${apiPort} is already in use by another program (another Suara?): stop it, or set API_PORT to a free port.`,
      ]);
      expect(stackLines(run.output)).toEqual([]);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      taken.close();
    }
  }, 180_000);
});
