import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startUntil } from '../support/api-process.js';
import { freePort } from '../support/stack.js';

/**
 * Root starts Suara from a clone in a private folder (issue 11, point 1; decision record 0030), as
 * a clone in /root (mode 0700) is: PostgreSQL refuses to run as root and runs as the user
 * `postgres`, which can reach nothing inside that folder — neither the binaries in node_modules nor
 * the data in `.data/`. The API must copy the binaries and keep the data where that user reaches
 * them, say where, and find the same data again on the next start.
 *
 * The checkout is reproduced honestly: the built API with its node_modules is placed (as hard
 * links, which copy no data) in a fresh 0700 folder and run from there, so every path the API
 * resolves — the PostgreSQL binaries included — lies inside the private folder. SUARA_SYSTEM_DIR
 * stands in for /var/lib/suara, so the test leaves nothing behind on the machine.
 * Runs the built product (`pnpm build` first).
 */
const asRoot = process.getuid?.() === 0;
const privateDir = mkdtempSync(path.join(tmpdir(), 'suara-private-'));
const systemDir = mkdtempSync(path.join(tmpdir(), 'suara-system-'));
afterAll(() => {
  rmSync(privateDir, { recursive: true, force: true });
  rmSync(systemDir, { recursive: true, force: true });
});

function privateCheckout(): string {
  chmodSync(privateDir, 0o700);
  const checkout = path.join(privateDir, 'suara');
  mkdirSync(checkout);
  // What the API needs to run: its build, the workspace packages it imports, and node_modules
  // (pnpm's symlinks are relative, so they resolve inside the copy).
  execFileSync('cp', ['-al', ...['node_modules', 'api', 'packages', 'package.json'].map((p) => path.join(ROOT, p)), checkout]);
  return checkout;
}

describe.skipIf(!asRoot)('as root, from a checkout in a private (0700) folder — needs root, which CI has', () => {
  it('starts, says where PostgreSQL lives, and the next start finds the same data there', async () => {
    const checkout = privateCheckout();
    const apiPort = await freePort();
    const env = { SUARA_SYSTEM_DIR: systemDir, SUARA_DEMO: '0', API_PORT: String(apiPort) };
    const ready = /Suara API ready on/;
    // From inside the private folder, as a shell in /root would be.
    const options = { cwd: checkout };

    const first = await startUntil([path.join(checkout, 'api/dist/main.js')], env, ready, options);
    let location: string;
    try {
      expect((await fetch(`http://127.0.0.1:${apiPort}/healthz`)).status).toBe(200);
      expect(first.output()).toContain(`cannot reach ${checkout}/node_modules/`);
      expect(first.output()).toContain(`copying the PostgreSQL binaries to ${systemDir}/postgresql/`);
      const said = /data in (\S+) \(where the user \\"postgres\\" can reach it; (\S+) names it for the next start\)/.exec(first.output());
      expect(said, first.output()).not.toBeNull();
      location = said![1]!;
      expect(location.startsWith(`${systemDir}/data/`)).toBe(true);
      expect(said![2]).toBe(path.join(checkout, '.data', 'pg-location'));
      expect(readFileSync(path.join(checkout, '.data', 'pg-location'), 'utf8').trim()).toBe(location);
      expect(existsSync(path.join(checkout, '.data', 'pg'))).toBe(false);
      // PostgreSQL itself runs as `postgres`, from the copy.
      const owner = execFileSync('ps', ['-o', 'user=', '-p', readFileSync(path.join(location, 'postmaster.pid'), 'utf8').split('\n')[0]!], { encoding: 'utf8' }).trim();
      expect(owner).toBe('postgres');

      first.interrupt();
      expect(await first.exited).toBe(0);
    } finally {
      first.kill();
    }

    const second = await startUntil([path.join(checkout, 'api/dist/main.js')], env, ready, options);
    try {
      expect((await fetch(`http://127.0.0.1:${apiPort}/healthz`)).status).toBe(200);
      expect(second.output()).toContain(`data in ${location}`);
      // The same cluster, already migrated: nothing created, nothing copied, no migration applied.
      expect(second.output()).not.toMatch(/Creating the embedded PostgreSQL|copying the PostgreSQL binaries|Applied migrations/);
      second.interrupt();
      expect(await second.exited).toBe(0);
    } finally {
      second.kill();
    }
  }, 300_000);
});
