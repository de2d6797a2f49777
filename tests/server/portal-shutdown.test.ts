import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/stack.js';

/**
 * `pnpm start`'s Ctrl-C and every test that owns a portal wait for it to exit, so it must stop at
 * once even while a page is waiting on a slow API and a browser holds a keep-alive connection
 * (remix-serve took ~5 s; see portal/server.mjs).
 */

const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'portal', 'server.mjs');

/** An "API" that accepts requests and never answers: the page waiting on it stays in flight. */
const silentApi = http.createServer(() => undefined);
let apiUrl: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => silentApi.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(silentApi.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  silentApi.closeAllConnections();
  await new Promise((resolve) => silentApi.close(resolve));
});

async function startPortal() {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, NODE_ENV: 'production', PORTAL_PORT: String(port), PORTAL_HOST: '127.0.0.1', API_URL: apiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve());
    void exited.then((code) => reject(new Error(`the portal exited while starting (code ${code})`)));
  });
  await ready;
  return { child, exited, origin: `http://127.0.0.1:${port}` };
}

describe('the portal server', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`exits with code 0 within a second of ${signal}, with a page in flight and an idle keep-alive connection`, async () => {
      const { child, exited, origin } = await startPortal();
      const agent = new http.Agent({ keepAlive: true });
      // A finished request leaves its socket open and idle in the agent.
      const favicon = await fetch(`${origin}/favicon.svg`);
      expect(favicon.status).toBe(200);
      await new Promise<void>((resolve, reject) => http.get(`${origin}/favicon.svg`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject));
      // A page whose loader waits on the silent API: still running when the signal arrives.
      const inFlight = new Promise<string>((resolve) => {
        http.get(`${origin}/`, (res) => resolve(`answered ${res.statusCode}`)).on('error', (error) => resolve(`cut: ${error.message}`));
      });
      await new Promise((resolve) => setTimeout(resolve, 200));

      const started = Date.now();
      child.kill(signal);
      const code = await exited;
      const took = Date.now() - started;
      agent.destroy();

      expect(code).toBe(0);
      expect(took).toBeLessThan(1_000);
      // The page could not finish in time, so its connection was closed rather than waited for.
      expect(await inFlight).toMatch(/^cut: /);
    });
  }

  it('serves content-hashed assets with a year-long immutable cache, and other files briefly', async () => {
    const assets = readdirSync(path.join(path.dirname(SERVER), 'build', 'client', 'assets'));
    const entry = assets.find((file) => /^entry\.client-[\w-]+\.js$/.test(file));
    expect(entry, 'the client build has a hashed entry chunk').toBeDefined();
    const { child, exited, origin } = await startPortal();
    try {
      const asset = await fetch(`${origin}/assets/${entry!}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const favicon = await fetch(`${origin}/favicon.svg`);
      expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600');
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  });
});
