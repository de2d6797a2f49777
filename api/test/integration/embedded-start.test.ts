import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded.js';
import { exited, startApiProcess } from '../support/api-process.js';

/**
 * What a new user does: start the API with no DATABASE_URL, so it runs its embedded PostgreSQL,
 * loads the demo world, answers; then stop it (Ctrl-C), start it again and find the same data;
 * and recover after a crash that left PostgreSQL running orphaned.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-embedded-test-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function startApi(port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, SUARA_DATA_DIR: dataDir, API_PORT: String(port), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.SUARA_DEMO;
  return startApiProcess(env, port, running);
}

async function regionsAndResponses(port: number): Promise<{ regions: string[]; services: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ regions { slug } services(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as { data: { regions: Array<{ slug: string }>; services: { totalCount: number } } };
  return { regions: body.data.regions.map((r) => r.slug).sort(), services: body.data.services.totalCount };
}

describe('the embedded database of `pnpm start`', () => {
  it('starts with the demo world, keeps it across a clean restart, and recovers after a crash', async () => {
    const port = await freePort();
    const first = await startApi(port);
    const before = await regionsAndResponses(port);
    expect(before.regions).toEqual(['kupang', 'mamuju', 'mataram', 'sawahlunto']);
    expect(first.output()).toMatch(/Demo world loaded/);

    // Ctrl-C: everything stops cleanly, PostgreSQL included.
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);
    expect(first.output()).toMatch(/API stopped/);

    const second = await startApi(port);
    expect(await regionsAndResponses(port)).toEqual(before);
    // The data was found again, not loaded a second time.
    expect(second.output()).not.toMatch(/Demo world loaded/);

    // A crash: the API is killed and its PostgreSQL is left running, holding the data folder.
    second.child.kill('SIGKILL');
    await exited(second.child);
    const third = await startApi(port);
    expect(await regionsAndResponses(port)).toEqual(before);
    expect(third.output()).toMatch(/left running by an earlier crash/);
    third.child.kill('SIGINT');
    expect(await exited(third.child)).toBe(0);
  }, 240_000);
});
