import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKM_ELEMENTS } from '@suara/skm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startStack, type Stack } from '../support/stack.js';

/**
 * The portal is the API's trusted proxy: it tells the API each citizen's address in X-Forwarded-For.
 * What it tells must be what it saw, not what a visitor wrote (TRUST_PROXY, decision record 0013).
 * The portal here trusts only 127.0.0.1 (a reverse proxy on the same host); the visitors who are not
 * trusted connect for real from other loopback addresses, as a neighbour on the office or container
 * network would. The API keeps its default (loopback: the portal beside it).
 */
const SECRET = 'uji-proxy-tepercaya-0123456789abcdefghij';
const SERVICE = 'kupang-akta-kelahiran';
const PORTAL_SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'portal', 'server.mjs');

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    databasePrefix: 'suara_proxy',
    apiEnv: { SUARA_SECRET: SECRET, SUARA_SUBMIT_RATE_LIMIT: '2' },
    portalEnv: { TRUST_PROXY: '127.0.0.1' },
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** The rating form as a browser posts it, over a socket from `from`, claiming to pass on `forwardedFor`. */
function rateThroughPortal(from: string, forwardedFor: string): Promise<{ status: number; key: string }> {
  const key = randomUUID();
  const body = new URLSearchParams([['kunci', key], ...SKM_ELEMENTS.map((element) => [`skor-${element}`, '3'])]).toString();
  const url = new URL(`/layanan/${SERVICE}/nilai`, stack.portalUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          origin: stack.portalUrl,
          'x-forwarded-for': forwardedFor,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, key }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Whether the API counted the rating stored under `key` as coming from `address`. */
async function countedAs(key: string, address: string): Promise<boolean> {
  const rows = await stack.sql<{ client_hash: string }>('select client_hash from feedback where idempotency_key = $1', [key]);
  expect(rows).toHaveLength(1);
  // The API keeps addresses only as salted hashes (api/src/common/abuse.ts, secrets.ts).
  return rows[0]!.client_hash === createHmac('sha256', `hash:${SECRET}`).update(`ip:${address}`).digest('hex');
}

let peers = 0;
const freshPeer = () => `127.${1 + Math.floor(Math.random() * 250)}.${++peers}.${2 + Math.floor(Math.random() * 250)}`;

describe('a visitor who writes their own X-Forwarded-For to the portal', () => {
  it('reaches the API as the address they really come from', async () => {
    const visitor = freshPeer();
    const { status, key } = await rateThroughPortal(visitor, '198.51.100.23');
    expect(status).toBe(303);
    expect(await countedAs(key, visitor)).toBe(true);
    expect(await countedAs(key, '198.51.100.23')).toBe(false);
  });

  it('cannot rate past the network’s limit by writing a new address each time', async () => {
    const visitor = freshPeer();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await rateThroughPortal(visitor, `198.51.100.${100 + i}`)).status);
    expect(statuses).toEqual([303, 303, 429, 429]);
  });
});

describe('citizens behind a reverse proxy the portal trusts', () => {
  it('each reach the API as their own address, with a limit of their own', async () => {
    const citizens = ['203.0.113.31', '203.0.113.32', '2001:db8:31::7'];
    for (const citizen of citizens) {
      for (let i = 0; i < 2; i++) {
        const { status, key } = await rateThroughPortal('127.0.0.1', citizen);
        expect(status).toBe(303);
        expect(await countedAs(key, citizen)).toBe(true);
      }
    }
  });
});

describe('a wrong TRUST_PROXY', () => {
  it('stops the portal at start with the variable’s name and the reason', async () => {
    const child = spawn(process.execPath, [PORTAL_SERVER], {
      env: { ...process.env, NODE_ENV: 'production', PORTAL_PORT: String(await freePort()), PORTAL_HOST: '127.0.0.1', TRUST_PROXY: '10.0.0.5, lopback' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // A portal that starts anyway says so; it must not be left running.
    const started = new Promise<'started'>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve('started')));
    try {
      expect(await Promise.race([exited, started])).toBe(1);
      expect(stderr).toMatch(/^TRUST_PROXY="10\.0\.0\.5, lopback": invalid IP address: lopback/m);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
