import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/common/logger.js';
import { demoWanted } from '../../src/config.js';
import { startTestApi, type TestApi, hasDemoRegions } from '../support/api.js';

/** Issue 7, point 6: what reaches the API over HTTP before GraphQL gets to see it. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** A raw request, for what fetch will not send (TRACE, a path of `//`, a body without a length). */
function raw(method: string, path: string, options: { headers?: Record<string, string>; body?: Buffer; chunks?: Buffer[] } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(api.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

async function stillServing(): Promise<void> {
  const res = await api.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }');
  expect(hasDemoRegions(res.data?.regions)).toBe(true);
}

describe('a request body over 1 MB', () => {
  it('gets 413 with a message, not a reset connection, when its length is declared', async () => {
    const body = JSON.stringify({ query: '{ regions { slug } }', variables: { filler: 'x'.repeat(1_100_000) } });
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is too large (at most 1 MB).', extensions: { code: 'BAD_REQUEST' } }] });
    await stillServing();
  });

  it('gets 413 when it comes in chunks without a declared length', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const res = await raw('POST', '/graphql', { headers: { 'content-type': 'application/json' }, chunks: Array.from({ length: 20 }, () => chunk) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].message).toBe('Isi permintaan terlalu besar (paling banyak 1 MB).');
    await stillServing();
  });
});

describe('methods and addresses', () => {
  it('refuses TRACE with 405 on every address, naming what is allowed', async () => {
    for (const path of ['/', '/graphql', '/healthz']) {
      const res = await raw('TRACE', path, { headers: { 'x-secret': 'echo me' } });
      expect(res.status, path).toBe(405);
      expect(res.body).not.toContain('echo me');
    }
    expect((await raw('TRACE', '/graphql')).headers.allow).toBe('GET, POST, OPTIONS');
    expect((await raw('TRACE', '/healthz')).headers.allow).toBe('GET, HEAD');
  });

  it('refuses other methods an address does not answer with 405', async () => {
    const put = await raw('PUT', '/graphql', { headers: { 'content-type': 'application/json' }, body: Buffer.from('{"query":"{ regions { slug } }"}') });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST, OPTIONS');
    expect((await raw('DELETE', '/healthz')).status).toBe(405);
  });

  it('answers a request for "//" (which once stopped the whole process) and keeps serving', async () => {
    expect((await raw('GET', '//')).status).toBe(404);
    expect((await raw('GET', '//graphql?query=x')).status).toBe(404);
    await stillServing();
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('automatic persisted queries', () => {
  it('answer a hash that does not match its query as the client’s mistake, without an error in the log', async () => {
    let logs = '';
    setLogLevel('info');
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logs += String(chunk);
      return true;
    });
    try {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { slug } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
    } finally {
      spy.mockRestore();
      setLogLevel('silent');
    }
    expect(logs).toBe('');
  });

  it('still register and answer a query sent with its right hash', async () => {
    const { createHash } = await import('node:crypto');
    const query = '{ regions { slug } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const register = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
    expect(register.status).toBe(200);
    const byHash = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
    expect(hasDemoRegions(((await byHash.json()) as { data: { regions: Array<{ slug: string }> } }).data.regions)).toBe(true);
  });
});

describe('what stays as it was', () => {
  it('refuses batched requests and cross-site simple requests', async () => {
    const batch = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ regions { slug } }' }, { query: '{ regions { slug } }' }]) });
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${api.url}?query=${encodeURIComponent('{ regions { slug } }')}`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

/** Issue 13, point 6: a person who opens the GraphQL address in a browser. */
describe('the GraphQL address opened in a browser', () => {
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

  it('answers with a page that says what this is, how to POST, and where the explorers and the contract are', async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('API GraphQL Suara');
    expect(html).toContain('content-type: application/json');
    expect(html).toContain(`href="${api.app.config.PUBLIC_URL}/staf/graphql"`);
    expect(html).toContain('docs/contract.md');
    expect(html).not.toMatch(/Cross-Site Request Forgery/);
  });

  it('speaks English to a browser that prefers it', async () => {
    const html = await (await fetch(api.url, { headers: { accept: BROWSER_ACCEPT, 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Suara GraphQL API');
  });

  it('links the open demo explorer only where the demo world is loaded', async () => {
    const html = await (await fetch(api.url, { headers: { accept: BROWSER_ACCEPT } })).text();
    expect(html.includes('/demo/graphql')).toBe(demoWanted(api.app.config));
  });

  it('runs nothing for a browser, even with a query in the address', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ regions { slug } }')}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('"regions"');
    expect(html).not.toContain('mataram');
  });

  it('keeps refusing a program’s GET without the preflight header, whatever it accepts', async () => {
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json']) {
      const res = await fetch(`${api.url}?query=${encodeURIComponent('{ regions { slug } }')}`, { headers: { accept } });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('answers a GET with the preflight header as GraphQL, even when it also accepts HTML', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ regions { slug } }')}`, {
      headers: { accept: `application/json, ${BROWSER_ACCEPT}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { regions: Array<{ slug: string }> } };
    expect(hasDemoRegions(body.data?.regions)).toBe(true);
  });
});
