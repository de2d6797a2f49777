// @ts-check
/**
 * A microcache of public pages as anonymous visitors see them (decision record 0008). A poster's QR
 * code sends a whole queue to the same service page within minutes; rendering it once a second
 * instead of once per phone is what keeps the portal fast at rush hour. The API below already
 * reuses its public reads for up to a second, so a page is at most that much older.
 *
 * Cached: GET/HEAD of the public pages listed in PUBLIC_PAGES, from visitors without any cookie but
 * the language one and without Authorization, answered 200 without Set-Cookie and without
 * `Cache-Control: private/no-store`. Never: forms that carry a per-visit key (the rating form),
 * receipts, staff pages, data requests of client-side navigation.
 * The key is the address, the language cookie (or without one, the language Accept-Language picks) and the content encoding the compression middleware
 * will choose for this visitor (negotiated the same way, so a visitor never gets an encoding it did
 * not ask for); the body is kept as sent, so a hit costs neither rendering nor compression.
 * Concurrent misses of one key wait for the first; if that one turns out not to be storable (an
 * error page, say), they all render at once rather than one after another. A write through this
 * portal (a rating) purges the pages it changes at once (`purge`).
 */

/** The encodings of the `compression` middleware (1.8), in its order and preference. */
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];

import Negotiator from 'negotiator';
import { preferredLang } from './accept-language.mjs';

/** Public pages whose HTML is the same for every anonymous visitor of one language. */
const PUBLIC_PAGES = [/^\/$/, /^\/layanan\/?$/, /^\/layanan\/[^/]+\/?$/, /^\/wilayah\/[^/]+\/?$/, /^\/wilayah\/[^/]+\/data(?:\.csv)?\/?$/];

/**
 * @typedef {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer, storedAt: number, path: string }} Entry
 * @typedef {import('node:http').IncomingMessage & { originalUrl?: string, path?: string }} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/**
 * @param {string | undefined} header
 * @returns {string | null} the language cookie's value ('' when absent), or null when any other cookie is present
 */
export function languageCookieOnly(header) {
  if (!header) return '';
  /** @type {string | null} */
  let lang = null;
  for (const part of header.split(';')) {
    const [name = '', ...rest] = part.trim().split('=');
    if (!name) continue;
    // Another cookie, or the language twice (the pages read the first, which need not be the one
    // a key would be made of): this visitor's page is not shared.
    if (name !== 'lang' || lang !== null) return null;
    lang = rest.join('=');
  }
  return lang ?? '';
}

/**
 * @param {{ ttlMs: number, maxEntries?: number, maxBytes?: number, now?: () => number }} options
 */
export function createPageCache({ ttlMs, maxEntries = 1000, maxBytes = 64 * 1024 * 1024, now = Date.now }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<unknown>>} */
  const pending = new Map();
  let bytes = 0;
  /** Per path, bumped by every purge of it: a render of that page begun before must not be stored. */
  /** @type {Map<string, number>} */
  const generations = new Map();
  /** @param {string} path */
  const generationOf = (path) => generations.get(path) ?? 0;

  /** @param {string} key */
  const drop = (key) => {
    const entry = entries.get(key);
    if (entry) {
      bytes -= entry.body.length;
      entries.delete(key);
    }
  };

  /**
   * @param {Req} req
   * @returns {{ key: string, path: string, encoding: string } | null}
   */
  function keyOf(req) {
    if (ttlMs <= 0 || (req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization) return null;
    const url = req.originalUrl ?? req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    // `.data`: the data requests of client-side navigation (single fetch), not pages.
    if (path.endsWith('.data') || !PUBLIC_PAGES.some((page) => page.test(path))) return null;
    const cookie = languageCookieOnly(req.headers.cookie);
    if (cookie === null) return null;
    // Without the cookie the page is in the language the browser asks for (decision record 0039).
    const lang = cookie || (preferredLang(req.headers['accept-language']) ?? 'id');
    // negotiator 0.6 takes the preferred list as a second argument (its types do not say so).
    const negotiator = /** @type {{ encoding(available: string[], preferred: string[]): string | undefined }} */ (/** @type {unknown} */ (new Negotiator(req)));
    const encoding = negotiator.encoding(ENCODINGS, PREFERRED) ?? 'identity';
    return { key: `${req.method}|${lang}|${encoding}|${url}`, path: path.replace(/\/+$/, '') || '/', encoding };
  }

  /**
   * @param {Res} res
   * @param {Entry} entry
   */
  function replay(res, entry) {
    res.writeHead(entry.status, { ...entry.headers, 'x-page-cache': 'hit' });
    res.end(entry.body);
  }

  /**
   * Express middleware; mount it before compression so that it keeps what compression sent.
   * @param {Req} req
   * @param {Res} res
   * @param {(error?: unknown) => void} next
   */
  async function middleware(req, res, next) {
    const found = keyOf(req);
    if (!found) return next();
    const { key, path, encoding } = found;
    const hit = entries.get(key);
    if (hit && now() - hit.storedAt < ttlMs) return replay(res, hit);
    if (hit) drop(key);
    const waiting = pending.get(key);
    if (waiting) {
      // Someone is rendering this page: use their result, or render alongside the others if it
      // could not be kept.
      await waiting;
      const fresh = entries.get(key);
      if (fresh && now() - fresh.storedAt < ttlMs) return replay(res, fresh);
      return next();
    }

    /** @type {() => void} */
    let settle = () => {};
    const mine = new Promise((resolve) => (settle = () => resolve(undefined)));
    pending.set(key, mine);
    const begun = generationOf(path);
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const keep = (chunk, encoding) => {
      if (chunk == null || typeof chunk === 'function' || tooBig) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(/** @type {string} */ (chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8');
      size += buffer.length;
      if (size > maxBytes / 16) tooBig = true;
      else chunks.push(buffer);
    };
    res.write = /** @type {typeof res.write} */ ((chunk, ...rest) => {
      keep(chunk, rest[0]);
      return write(chunk, .../** @type {[any]} */ (rest));
    });
    res.end = /** @type {typeof res.end} */ ((chunk, ...rest) => {
      keep(chunk, rest[0]);
      return end(chunk, .../** @type {[any]} */ (rest));
    });
    const finish = () => {
      if (pending.get(key) === mine) pending.delete(key);
      settle();
    };
    res.once('finish', () => {
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      const sentEncoding = String(res.getHeader('content-encoding') ?? 'identity');
      const storable =
        !tooBig &&
        begun === generationOf(path) &&
        res.statusCode === 200 &&
        // What compression chose for this visitor, or nothing (too small, not compressible): both
        // are right for every visitor with this key.
        (sentEncoding === encoding || sentEncoding === 'identity') &&
        !res.getHeader('set-cookie') &&
        !/\b(private|no-store)\b/i.test(cacheControl);
      if (storable) {
        const headers = /** @type {Record<string, string | string[] | number>} */ ({ ...res.getHeaders() });
        // Each answer keeps its own request's id (request-id.mjs), set before this middleware ran.
        delete headers['x-request-id'];
        const body = Buffer.concat(chunks);
        drop(key);
        while (entries.size >= maxEntries || (entries.size > 0 && bytes + body.length > maxBytes)) {
          const oldest = entries.keys().next();
          if (oldest.done) break;
          drop(oldest.value);
        }
        entries.set(key, { status: 200, headers, body, storedAt: now(), path });
        bytes += body.length;
      }
      finish();
    });
    res.once('close', finish);
    next();
  }

  return {
    middleware,
    /**
     * Forgets the pages whose path is one of `paths` (any language, any query string), e.g. after
     * a rating of a service: its page must show it on the next view.
     * @param {string[]} paths
     */
    purge(paths) {
      const wanted = new Set(paths.map((p) => p.replace(/\/+$/, '') || '/'));
      for (const path of wanted) generations.set(path, generationOf(path) + 1);
      for (const [key, entry] of entries) if (wanted.has(entry.path)) drop(key);
    },
    get size() {
      return entries.size;
    },
  };
}
