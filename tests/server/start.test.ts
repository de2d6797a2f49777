import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnPnpmStart } from '../support/pnpm-start.js';

/**
 * `pnpm start` as a new user runs it (after its build step): API and portal on the embedded
 * PostgreSQL with the demo world, and Ctrl-C stopping all three. Runs the built product.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postgresOf(dir: string): string[] {
  try {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('postgres') && line.includes(dir));
  } catch {
    return [];
  }
}

describe('pnpm start', () => {
  it('serves the portal and the API on the embedded database, and Ctrl-C stops everything', async () => {
    const { child, apiPort, portalPort, output, exited } = await spawnPnpmStart(dataDir);
    try {
      const deadline = Date.now() + 150_000;
      while (!output().includes('Suara is running') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
      expect(output()).toContain('Suara is running');
      // The demo world's accounts are listed, with the warning that their password is public (0031).
      expect(output()).toContain('Demo accounts (password suara-demo, public: not for real use)');

      const page = await fetch(`http://127.0.0.1:${portalPort}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Kota Mataram');
      const api = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { slug } }' }),
      });
      expect(((await api.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(4);
      expect(postgresOf(dataDir).length).toBeGreaterThan(0);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output()).toMatch(/API stopped/);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 200_000);
});
