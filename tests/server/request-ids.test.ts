import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Issue 11, point 5: "a request id from the portal through the API into every log line" (decision
 * record 0032). Both real processes, their stderr read as an operator's log shipper would: one id
 * follows a page view from the proxy in front of the portal, through the portal, into the API.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    databasePrefix: 'suara_reqid',
    // The API's debug level writes one line per GraphQL request; the portal trusts the proxy at
    // 127.0.0.1 only, and builds every page (no page cache) so each view calls the API.
    apiEnv: { LOG_LEVEL: 'debug' },
    portalEnv: { TRUST_PROXY: '127.0.0.1', PORTAL_PAGE_CACHE_MS: '0' },
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** A GET of the portal (a path, or another portal's address) over a socket from `from`, as a proxy or a visitor would send it. */
function view(path: string, from: string, headers: Record<string, string> = {}): Promise<{ status: number; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, stack.portalUrl), { localAddress: from, agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, requestId: res.headers['x-request-id'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The API's JSON log lines so far. */
function apiLines(): Array<Record<string, unknown>> {
  return stack
    .logs()
    .split('\n')
    .filter((line) => line.startsWith('[api] {'))
    .map((line) => JSON.parse(line.slice('[api] '.length)) as Record<string, unknown>);
}

/** The API's lines for one request id, once they are there (stderr arrives a moment after the answer). */
async function apiLinesFor(id: string): Promise<Array<Record<string, unknown>>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mine = apiLines().filter((line) => line.req === id);
    if (mine.length || Date.now() > deadline) return mine;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the id of a page view', () => {
  it('passes from the proxy in front of the portal to the API’s log lines for that page', async () => {
    const id = `lb-${randomUUID()}`;
    const page = await view('/', '127.0.0.1', { 'x-request-id': id });
    expect(page.status).toBe(200);
    expect(page.requestId).toBe(id);
    const lines = await apiLinesFor(id);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'debug', msg: 'graphql request', operation: 'Home' }));
  });

  it('is made by the portal when nobody sent one, and the API’s lines carry the portal’s', async () => {
    const page = await view('/', '127.0.0.1');
    expect(page.status).toBe(200);
    expect(page.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await apiLinesFor(page.requestId!)).toContainEqual(expect.objectContaining({ msg: 'graphql request', operation: 'Home' }));
  });

  it('cannot be chosen by a visitor who is not the trusted proxy', async () => {
    const chosen = `chosen-${randomUUID()}`;
    const page = await view('/', `127.${10 + Math.floor(Math.random() * 200)}.0.9`, { 'x-request-id': chosen });
    expect(page.status).toBe(200);
    expect(page.requestId).not.toBe(chosen);
    expect(await apiLinesFor(page.requestId!)).not.toHaveLength(0);
    expect(stack.logs()).not.toContain(chosen);
  });

  it('is replaced when the proxy sends a malformed one', async () => {
    const page = await view('/', '127.0.0.1', { 'x-request-id': 'id dengan spasi' });
    expect(page.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await apiLinesFor(page.requestId!)).not.toHaveLength(0);
  });
});

describe('the portal’s own log lines', () => {
  it('carry the id of the page view they are about', async () => {
    // A portal whose API is away: it logs each failed call.
    const alone = await startStack({ api: false, portalEnv: { TRUST_PROXY: '127.0.0.1', PORTAL_PAGE_CACHE_MS: '0' } });
    try {
      const id = `lb-${randomUUID()}`;
      const page = await view(new URL('/', alone.portalUrl).toString(), '127.0.0.1', { 'x-request-id': id });
      expect(page.requestId).toBe(id);
      const deadline = Date.now() + 10_000;
      while (!alone.logs().includes(`req=${id}`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alone.logs()).toMatch(new RegExp(`\\[portal\\] .*\\[api\\] Home req=${id}: API unreachable`));
    } finally {
      await alone.stop();
    }
  });
});
