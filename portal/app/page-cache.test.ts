import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import compression from 'compression';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache, languageCookieOnly } from '../page-cache.mjs';
import { requestIds } from '../request-id.mjs';

/**
 * The page cache in front of a real HTTP server whose "renderer" counts its renders, so every test
 * sees what a visitor gets and how often the page was really built.
 */
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Page = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** As in server.mjs: the cache, then compression, then the page. */
async function portal(options: { ttlMs: number; now?: () => number }, page: Page) {
  const cache = createPageCache(options);
  const compress = compression({ threshold: 0 });
  let renders = 0;
  server = http.createServer((req, res) => {
    void cache.middleware(req, res, () => {
      compress(req as never, res as never, () => {
        renders++;
        page(req, res);
      });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    cache,
    renders: () => renders,
    get: (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${origin}${path}`, { headers, method }),
    /** The raw answer, body undecoded, as a client that sends its own Accept-Encoding sees it. */
    raw: (path: string, headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        http
          .get(`${origin}${path}`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      }),
  };
}

const servicePage = (req: http.IncomingMessage, res: http.ServerResponse) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<h1>${req.url}</h1>`);
};

describe('the page cache', () => {
  it('builds a public page once for many anonymous visitors, and again after its lifetime', async () => {
    let clock = 1_000;
    const p = await portal({ ttlMs: 1000, now: () => clock }, servicePage);
    const bodies = await Promise.all(Array.from({ length: 20 }, () => p.get('/layanan/mataram-ktp-el').then((r) => r.text())));
    expect(new Set(bodies)).toEqual(new Set(['<h1>/layanan/mataram-ktp-el</h1>']));
    expect(p.renders()).toBe(1);
    clock += 999;
    await p.get('/layanan/mataram-ktp-el');
    expect(p.renders()).toBe(1);
    clock += 1;
    await p.get('/layanan/mataram-ktp-el');
    expect(p.renders()).toBe(2);
  });

  it('keeps languages, addresses and query strings apart', async () => {
    const p = await portal({ ttlMs: 60_000 }, servicePage);
    await p.get('/layanan/a');
    await p.get('/layanan/a', { cookie: 'lang=en' });
    await p.get('/layanan/a?komentar=abc');
    await p.get('/layanan/b');
    expect(p.renders()).toBe(4);
    await p.get('/layanan/a', { cookie: 'lang=en' });
    expect(p.renders()).toBe(4);
  });

  it('never gives a first-time visitor whose browser asks for English the page built in Indonesian, nor the reverse', async () => {
    const inLanguage = (req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<html lang="${/^en/.test(req.headers['accept-language'] ?? '') ? 'en' : 'id'}"></html>`);
    };
    const p = await portal({ ttlMs: 60_000 }, inLanguage);
    expect(await (await p.get('/layanan/a')).text()).toBe('<html lang="id"></html>');
    expect(await (await p.get('/layanan/a', { 'accept-language': 'en-GB,en;q=0.9' })).text()).toBe('<html lang="en"></html>');
    expect(await (await p.get('/layanan/a', { 'accept-language': 'id-ID,id' })).text()).toBe('<html lang="id"></html>');
    // Browsers that ask for the same of our languages share one page, however they spell it.
    expect(await (await p.get('/layanan/a', { 'accept-language': 'en-US' })).text()).toBe('<html lang="en"></html>');
    expect(p.renders()).toBe(2);
  });

  it('never keeps a rating form, a receipt, a visitor with a session, or an answer that sets a cookie or is private', async () => {
    const p = await portal({ ttlMs: 60_000 }, (req, res) => {
      if (req.url === '/wilayah/private') res.setHeader('cache-control', 'private, no-cache');
      if (req.url === '/wilayah/cookie') res.setHeader('set-cookie', 'lang=en; Path=/');
      if (req.url === '/wilayah/missing') res.statusCode = 404;
      res.end('x');
    });
    const twice = async (path: string, headers: Record<string, string> = {}) => {
      await p.get(path, headers);
      await p.get(path, headers);
    };
    await twice('/layanan/a/nilai');
    await twice('/lacak/K7M2Q-XW9PD');
    await twice('/layanan/a', { cookie: 'lang=id; session=abc' });
    await twice('/layanan/a', { authorization: 'Bearer x' });
    await twice('/wilayah/private');
    await twice('/wilayah/cookie');
    await twice('/wilayah/missing');
    expect(p.renders()).toBe(14);
  });

  it('never serves a cached public page to a signed-in staff member, nor keeps what they were shown', async () => {
    // The page says who it was built for, as the real one does (the staff bar is not on public pages,
    // but a page for a staff member must never be another visitor's, either way round).
    const p = await portal({ ttlMs: 60_000 }, (req, res) => {
      res.end(/suara_staf=/.test(req.headers.cookie ?? '') ? 'for staff' : 'for everyone');
    });
    expect(await (await p.get('/layanan/a')).text()).toBe('for everyone');
    expect(await (await p.get('/layanan/a')).text()).toBe('for everyone');
    expect(p.renders()).toBe(1);
    const staff = { cookie: 'lang=id; suara_staf=eyJ0b2tlbiI6Ii4uLiJ9.sig' };
    const signedIn = await p.get('/layanan/a', staff);
    expect(signedIn.headers.get('x-page-cache')).toBeNull();
    expect(await signedIn.text()).toBe('for staff');
    expect(await (await p.get('/layanan/a', staff)).text()).toBe('for staff');
    expect(p.renders()).toBe(3);
    // …and what staff were shown is not kept for anyone else.
    expect(await (await p.get('/layanan/a')).text()).toBe('for everyone');
  });

  it('never keeps a staff page or the sign-in page, even for a visitor without cookies', async () => {
    const p = await portal({ ttlMs: 60_000 }, (_req, res) => res.end('staff'));
    for (const path of ['/staf', '/staf/', '/staf/moderasi', '/staf/moderasi/log', '/staf/kotak-masuk', '/masuk', '/keluar']) {
      await p.get(path);
      await p.get(path);
    }
    expect(p.renders()).toBe(14);
    expect(p.cache.size).toBe(0);
  });

  it('shows a change made through the portal on the next view of the pages it touches', async () => {
    const p = await portal({ ttlMs: 60_000 }, servicePage);
    await p.get('/layanan/a');
    await p.get('/wilayah/mataram', { cookie: 'lang=en' });
    await p.get('/layanan/b');
    p.cache.purge(['/layanan/a', '/wilayah/mataram']);
    await p.get('/layanan/a');
    await p.get('/wilayah/mataram', { cookie: 'lang=en' });
    await p.get('/layanan/b');
    expect(p.renders()).toBe(5);
  });

  it('answers a cached page with the id of the request it answers, not of the one that built it', async () => {
    // As in server.mjs: request ids first (loopback is the trusted proxy here), then the cache.
    const ids = requestIds({ trust: (address) => address === '127.0.0.1' });
    const cache = createPageCache({ ttlMs: 60_000 });
    server = http.createServer((req, res) => ids(req as never, res as never, () => void cache.middleware(req, res, () => servicePage(req, res))));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/layanan/mataram-ktp-el`;
    const first = await fetch(url, { headers: { 'x-request-id': 'proxy-view-00000001' } });
    const second = await fetch(url, { headers: { 'x-request-id': 'proxy-view-00000002' } });
    const third = await fetch(url);
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(first.headers.get('x-request-id')).toBe('proxy-view-00000001');
    expect(second.headers.get('x-request-id')).toBe('proxy-view-00000002');
    expect(third.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same headers and body from the cache as the page did', async () => {
    const p = await portal({ ttlMs: 60_000 }, servicePage);
    const first = await p.get('/layanan/a');
    const second = await p.get('/layanan/a');
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await second.text()).toBe('<h1>/layanan/a</h1>');
    expect(second.headers.get('x-page-cache')).toBe('hit');
  });

  it('does nothing when switched off', async () => {
    const p = await portal({ ttlMs: 0 }, servicePage);
    await p.get('/layanan/a');
    await p.get('/layanan/a');
    expect(p.renders()).toBe(2);
  });

  it('reads the language cookie, and refuses any other cookie or the language twice', () => {
    expect(languageCookieOnly(undefined)).toBe('');
    expect(languageCookieOnly('lang=en')).toBe('en');
    expect(languageCookieOnly(' lang=id ;')).toBe('id');
    expect(languageCookieOnly('lang=en; __session=abc')).toBeNull();
    expect(languageCookieOnly('lang=en; lang=')).toBeNull();
  });

  it('gives every visitor the encoding it asked for, whatever the visitor before it took', async () => {
    const p = await portal({ ttlMs: 60_000 }, servicePage);
    const chrome = await p.raw('/layanan/a', { 'accept-encoding': 'gzip, deflate, br' });
    expect(chrome.encoding).toBe('br');
    expect(brotliDecompressSync(chrome.body).toString()).toBe('<h1>/layanan/a</h1>');
    const gzipOnly = await p.raw('/layanan/a', { 'accept-encoding': 'gzip' });
    expect(gzipOnly.encoding).toBe('gzip');
    expect(gunzipSync(gzipOnly.body).toString()).toBe('<h1>/layanan/a</h1>');
    await p.raw('/layanan/a', { 'accept-encoding': 'deflate' });
    const plain = await p.raw('/layanan/a', { 'accept-encoding': 'identity' });
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('<h1>/layanan/a</h1>');
    // Each encoding once, then from the cache.
    await p.raw('/layanan/a', { 'accept-encoding': 'gzip' });
    expect(p.renders()).toBe(4);
  });

  it('lets visitors who waited on a page that could not be kept render it side by side, not one after another', async () => {
    let rendering = 0;
    let most = 0;
    const p = await portal({ ttlMs: 60_000 }, (_req, res) => {
      rendering++;
      most = Math.max(most, rendering);
      setTimeout(() => {
        rendering--;
        res.statusCode = 503;
        res.end('unavailable');
      }, 100);
    });
    await Promise.all(Array.from({ length: 8 }, () => p.get('/layanan/a')));
    expect(p.renders()).toBe(8);
    expect(most).toBeGreaterThanOrEqual(7);
  });

  it('does not keep a render that began before a purge of its page, and keeps other pages’ renders', async () => {
    let release: (() => void) | undefined;
    const seen: string[] = [];
    const p = await portal({ ttlMs: 60_000 }, (req, res) => {
      seen.push(String(req.url));
      if (req.url === '/layanan/slow' && !release) release = () => res.end('old');
      else res.end('other');
    });
    const slow = p.get('/layanan/slow');
    const other = p.get('/layanan/b');
    await new Promise((r) => setTimeout(r, 50));
    p.cache.purge(['/layanan/slow']);
    release!();
    await slow;
    await other;
    await p.get('/layanan/slow').then((r) => r.text());
    await p.get('/layanan/b');
    expect(seen).toEqual(['/layanan/slow', '/layanan/b', '/layanan/slow']);
  });

  it('keeps HEAD apart from GET, and never keeps the data requests of client-side navigation', async () => {
    const p = await portal({ ttlMs: 60_000 }, servicePage);
    await p.get('/layanan/a', {}, 'HEAD');
    const get = await p.get('/layanan/a');
    expect(await get.text()).toBe('<h1>/layanan/a</h1>');
    await p.get('/layanan/a.data');
    await p.get('/layanan/a.data');
    expect(p.renders()).toBe(4);
  });
});
