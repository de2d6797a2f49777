import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/stack.js';

/**
 * `pnpm start` as a new user runs it (after its build step): API and portal on the embedded
 * PostgreSQL with the demo world, and Ctrl-C stopping all three. Runs the built product.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
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
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, SUARA_DATA_DIR: dataDir, API_PORT: String(apiPort), PORTAL_PORT: String(portalPort) };
    delete env.DATABASE_URL;
    delete env.SUARA_DEMO;
    delete env.API_URL;
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 150_000;
      while (!output.includes('Suara is running') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
      expect(output).toContain('Suara is running');

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
      expect(output).toMatch(/API stopped/);
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 200_000);
});
