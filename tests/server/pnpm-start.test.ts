import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresOf } from '../support/embedded-database.js';
import { spawnPnpmStart } from '../support/pnpm-start.js';

/**
 * Ctrl-C in the terminal ends `pnpm start` quietly with exit code 0 (issue 11, point 1; decision
 * record 0030). This runs the real command — pnpm, its shell, the build, then scripts/start.mjs —
 * in a process group of its own, and sends SIGINT to the whole group as a terminal does: pnpm and
 * the shell between it and the script receive it too. Before, the shell died of it and pnpm
 * reported "ELIFECYCLE Command failed", which reads like a crash.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-pnpm-start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('pnpm start, stopped with Ctrl-C', () => {
  it('ends with exit code 0 and no "Command failed" from pnpm', async () => {
    // No demo world: what is tested is the stop, not the first load.
    const { child, output, exited } = await spawnPnpmStart(dataDir, { detached: true, throughPnpm: true, env: { SUARA_DEMO: '0' } });
    try {
      // Generous: the build alone takes minutes on a busy two-core machine.
      const deadline = Date.now() + 540_000;
      while (!output().includes('Suara is running') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
      expect(output()).toContain('Suara is running');

      process.kill(-child.pid!, 'SIGINT');
      expect(await exited).toBe(0);
      expect(output()).toMatch(/API stopped/);
      expect(output()).not.toMatch(/ELIFECYCLE|Command failed/);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 600_000);
});
