import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache } from '../page-cache.mjs';
import { MAX_BODY_BYTES, contentSecurityPolicy, createEdge, originOf } from '../security.mjs';

/**
 * The edge in front of a real Express server, mounted as server.mjs mounts it (headers, refusals,
 * then the page cache, then the "portal"), whose pages print the nonce they were given and whose
 * actions count what reached them.
 */
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function portal({ publicUrl, trustProxy = 'loopback', cacheMs = 0 }: { publicUrl?: string; trustProxy?: string | false; cacheMs?: number } = {}) {
  const logged: string[] = [];
  let clock = 0;
  const edge = createEdge({ publicUrl, log: (line) => logged.push(line), now: () => clock });
  const cache = createPageCache({ ttlMs: cacheMs });
  const app = express();
  app.set('trust proxy', trustProxy);
  app.use(edge.headers);
  app.use(edge.refuse);
  app.use(cache.middleware);
  let actions = 0;
  let renders = 0;
  const originsSeen: (string | undefined)[] = [];
  app.get('*', (_req, res) => {
    renders++;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<script nonce="${String(res.locals.cspNonce)}">hydrate()</script>`);
  });
  app.all('*', (req, res) => {
    actions++;
    originsSeen.push(req.headers.origin);
    res.status(303).setHeader('Location', '/terima-kasih').end();
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  /** Raw HTTP, so that Host, Origin and Sec-Fetch-* are exactly what the test says. */
  const send = (method: string, path: string, headers: Record<string, string> = {}, body = 'skor=4') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      // agent: false: Node's keep-alive client hangs up on a second DELETE or OPTIONS with a body.
      const req = http.request({ host: '127.0.0.1', port, method, path, agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(method === 'GET' || method === 'HEAD' ? undefined : body);
    });
  return {
    origin,
    port,
    send,
    logged,
    actions: () => actions,
    originsSeen,
    renders: () => renders,
    advance: (ms: number) => (clock += ms),
  };
}

describe('cross-site requests', () => {
  it('refuses a form another web site makes the visitor’s browser post, with a plain 403 page that is never cached', async () => {
    const p = await portal();
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
      { origin: 'not a url' },
      { origin: `http://127.0.0.1:${p.port + 1}` },
      { origin: `https://127.0.0.1:${p.port}` },
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of attacks) {
      const answer = await p.send('POST', '/layanan/mataram-ktp-el/nilai?kirim', headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('<html lang="id">');
      expect(answer.body).toContain('<h1>Permintaan ditolak</h1>');
      expect(answer.body).toContain('lang="en"');
      expect(answer.body).not.toMatch(/<script|at \w+ \(|Error/);
    }
    expect(p.actions()).toBe(0);
  });

  it('accepts the portal’s own forms, with or without JavaScript, and clients that send no browser headers', async () => {
    const p = await portal();
    const own: Record<string, string>[] = [
      { origin: p.origin, 'sec-fetch-site': 'same-origin' },
      { origin: p.origin },
      { origin: p.origin.toUpperCase().replace('HTTP', 'http') },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const headers of own) {
      const answer = await p.send('POST', '/bahasa', headers);
      expect(answer.status, JSON.stringify(headers)).toBe(303);
    }
    // Single fetch's own data requests.
    expect((await p.send('POST', '/layanan/x/nilai.data?kirim', { origin: p.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(303);
    expect(p.actions()).toBe(7);
    // Judged at the edge, so not handed on: Remix's weaker check of its own would answer 500 where
    // this one accepts PUBLIC_URL behind a proxy that rewrites Host.
    expect(p.originsSeen.every((origin) => origin === undefined)).toBe(true);
  });

  it('refuses the same cross-site post on every method but GET and HEAD, on any address', async () => {
    const p = await portal();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      for (const path of ['/bahasa', '/lacak', '/layanan/x/nilai.data', '/favicon.svg', '/%2e%2e/x']) {
        expect((await p.send(method, path, { origin: 'https://evil.example' })).status, `${method} ${path}`).toBe(403);
      }
    }
    expect(p.actions()).toBe(0);
    // Reading is anyone's: a link from another site opens the page.
    expect((await p.send('GET', '/layanan', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });

  it('takes PUBLIC_URL’s origin as this site’s too, for a portal behind a proxy that rewrites Host', async () => {
    const p = await portal({ publicUrl: 'https://suara.mataramkota.go.id/' });
    expect((await p.send('POST', '/bahasa', { origin: 'https://suara.mataramkota.go.id', host: '127.0.0.1:3000' })).status).toBe(303);
    expect((await p.send('POST', '/bahasa', { origin: 'http://suara.mataramkota.go.id', host: '127.0.0.1:3000' })).status).toBe(403);
    expect((await p.send('POST', '/bahasa', { origin: 'https://evil.mataramkota.go.id', host: '127.0.0.1:3000' })).status).toBe(403);
  });

  it('believes X-Forwarded-Host and -Proto only from a trusted proxy', async () => {
    const trusted = await portal({ trustProxy: 'loopback' });
    const forwarded = { host: '127.0.0.1:3000', 'x-forwarded-host': 'suara.example', 'x-forwarded-proto': 'https' };
    expect((await trusted.send('POST', '/bahasa', { ...forwarded, origin: 'https://suara.example' })).status).toBe(303);
    server!.close();
    const untrusted = await portal({ trustProxy: false });
    expect((await untrusted.send('POST', '/bahasa', { ...forwarded, origin: 'https://suara.example' })).status).toBe(403);
    expect((await untrusted.send('POST', '/bahasa', { ...forwarded, origin: 'http://127.0.0.1:3000' })).status).toBe(303);
  });

  it('refuses ?_data requests of every method (single fetch is on; nothing of ours sends them)', async () => {
    const p = await portal();
    for (const [method, path] of [
      ['POST', '/layanan/x/nilai?_data=routes%2Flayanan.%24slug.nilai'],
      ['POST', '/layanan/x/nilai?kirim&_data'],
      ['POST', '/layanan/x/nilai?%5Fdata=root'],
      ['GET', '/layanan?_data=root'],
      ['GET', '/?_data='],
    ] as const) {
      const answer = await p.send(method, path, { origin: p.origin });
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    expect(p.actions()).toBe(0);
    expect(p.renders()).toBe(0);
  });

  it('tells whoever runs the portal why, once a minute at most', async () => {
    const p = await portal();
    for (let i = 0; i < 5; i++) await p.send('POST', '/bahasa', { origin: 'https://evil.example' });
    expect(p.logged).toHaveLength(1);
    expect(p.logged[0]).toContain('Origin "https://evil.example"');
    expect(p.logged[0]).toContain(`this portal is ${p.origin}`);
    expect(p.logged[0]).toContain('PUBLIC_URL unset');
    p.advance(60_000);
    await p.send('POST', '/bahasa', { origin: 'https://evil.example' });
    expect(p.logged).toHaveLength(2);
    expect(p.logged[1]).toContain('and 4 more');
  });
});

describe('requests Remix could not read', () => {
  it('answers a Host header or request target that makes no URL with a plain 400, not the 500 page', async () => {
    const p = await portal();
    for (const [path, headers] of [
      ['/wilayah/', { host: '%0' }],
      ['/', { host: 'a b' }],
      ['/', { host: 'suara.example:99999999' }],
      ['/', { 'x-forwarded-host': '%0' }],
      ['/', { 'x-forwarded-host': 'x:70000' }],
      ['/layanan/x/poster', { 'x-forwarded-host': '$@&' }],
      ['/', { host: 'user@suara.example' }],
      ['http://evil.example/x', {}],
      ['/%5C', {}],
      ['/%5cevil.example', {}],
      ['/layanan/%5C/nilai', {}],
    ] as const) {
      const answer = await p.send('GET', path, headers);
      expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(400);
      expect(answer.body).toContain('<h1>Permintaan tidak dapat dibaca</h1>');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    expect(p.renders()).toBe(0);
    for (const host of ['suara.example:8080', 'suara.example.', 'localhost', '10.0.0.7:3000', '[::1]:3000', 'portal_1.internal']) {
      expect((await p.send('GET', '/', { host })).status, host).toBe(200);
    }
  });
});

describe('bodies larger than any form of ours', () => {
  it('refuses them before an action reads them: 413 when too large, 411 without a length', async () => {
    const p = await portal();
    const big = await p.send('POST', '/layanan/x/nilai?kirim', { origin: p.origin, 'content-length': String(MAX_BODY_BYTES + 1) }, 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(big.status).toBe(413);
    expect(big.body).toContain('<h1>Permintaan terlalu besar</h1>');
    const chunked = await p.send('POST', '/layanan/x/nilai?kirim', { origin: p.origin, 'transfer-encoding': 'chunked' }, 'skor=4');
    expect(chunked.status).toBe(411);
    expect(p.actions()).toBe(0);
    expect((await p.send('POST', '/layanan/x/nilai?kirim', { origin: p.origin, 'content-length': String(MAX_BODY_BYTES) }, 'x'.repeat(MAX_BODY_BYTES))).status).toBe(303);
  });
});

describe('security headers', () => {
  it('sends a CSP whose script nonce is the one the page was rendered with, new for every page', async () => {
    const p = await portal();
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const answer = await p.send('GET', '/layanan/x/nilai');
      const nonce = /<script nonce="([^"]+)">/.exec(answer.body)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy(nonce!));
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
    const policy = contentSecurityPolicy('n');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    for (const directive of ["script-src 'self' 'nonce-n'", "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('replays a cached page with the CSP of the render it came from, so its scripts still run', async () => {
    const p = await portal({ cacheMs: 60_000 });
    const first = await p.send('GET', '/layanan/mataram-ktp-el');
    const again = await p.send('GET', '/layanan/mataram-ktp-el');
    expect(p.renders()).toBe(1);
    expect(again.headers['x-page-cache']).toBe('hit');
    expect(again.body).toBe(first.body);
    const nonce = /nonce="([^"]+)"/.exec(again.body)![1]!;
    expect(again.headers['content-security-policy']).toBe(contentSecurityPolicy(nonce));
  });

  it('denies camera, microphone, geolocation and the like, and sends HSTS only over TLS', async () => {
    const p = await portal();
    const plain = await p.send('GET', '/');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(plain.headers['permissions-policy']).toContain(feature);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await p.send('GET', '/', { 'x-forwarded-proto': 'https' });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000');
    // A refusal carries them too.
    const refused = await p.send('POST', '/', { origin: 'https://evil.example', 'x-forwarded-proto': 'https' });
    expect(refused.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(refused.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('does not take X-Forwarded-Proto from an untrusted peer as TLS', async () => {
    const p = await portal({ trustProxy: false });
    expect((await p.send('GET', '/', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined();
  });
});

describe('originOf', () => {
  it('serialises origins as browsers do and refuses what is not an http(s) origin', () => {
    expect(originOf('HTTPS://Suara.Example:443')).toBe('https://suara.example');
    expect(originOf('http://[::1]:3000')).toBe('http://[::1]:3000');
    for (const bad of [undefined, '', 'null', 'file://', 'javascript:alert(1)', 'not a url']) expect(originOf(bad)).toBeNull();
  });
});
