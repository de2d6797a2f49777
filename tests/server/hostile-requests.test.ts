import http from 'node:http';
import { SKM_ELEMENTS } from '@suara/skm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Random and hostile requests against every route of a running portal with production defaults
 * (issue 7, "A hardened edge"): malformed and forged paths, query strings, form bodies, cookies and
 * headers. Whatever arrives, the portal answers it as a refusal, a not-found or a page: never with
 * its 500 page, never with a redirect to another site, never without its Content-Security-Policy.
 * fast-check prints the seed and the smallest failing request when it finds one.
 */

let stack: Stack;
let known: { services: string[]; regions: string[]; receipts: string[] };

beforeAll(async () => {
  stack = await startStack({ databasePrefix: 'suara_fuzz' });
  const services = await stack.sql<{ slug: string }>('select slug from public_service order by slug limit 3');
  const regions = await stack.sql<{ slug: string }>('select slug from region order by slug limit 2');
  const receipts = await stack.sql<{ receipt_code: string }>('select receipt_code from feedback order by submitted_at desc limit 2');
  known = {
    services: services.map((r) => r.slug),
    regions: regions.map((r) => r.slug),
    receipts: receipts.map((r) => `${r.receipt_code.slice(0, 5)}-${r.receipt_code.slice(5)}`),
  };
});

afterAll(async () => {
  await stack?.stop();
});

// ---------------------------------------------------------------------------------------------
// What a hostile client sends.

/** Strings that have broken web applications before: traversal, encodings, injection, numbers, sizes. */
const NASTY = [
  '',
  ' ',
  '.',
  '..',
  '%',
  '%%',
  '%zz',
  '%00',
  '%ff',
  '%c0%af',
  '%2e%2e',
  '%2f',
  '%5c',
  '\\',
  '//',
  '/./',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '"\'><svg onload=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  "' or 1=1 --",
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  'a'.repeat(3000),
  '\u0000',
  '\ud800',
  '\uffff',
  '🙂',
  'ي',
  '__proto__',
  'constructor',
  '[]',
  '{}',
  'true',
  'izin',
  'mataram',
  'en',
  'id',
  'kirim',
];

/** A JSON value as a page cursor would carry it: base64 and base64url, as the API's cursors look. */
const forgedCursor = fc
  .oneof(fc.jsonValue({ maxDepth: 2 }), fc.tuple(fc.oneof(fc.string(), fc.integer(), fc.double()), fc.oneof(fc.uuid(), fc.string(), fc.integer())))
  .chain((value) => fc.constantFrom('base64', 'base64url').map((encoding) => Buffer.from(JSON.stringify(value) ?? 'null').toString(encoding as BufferEncoding)));

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: forgedCursor },
  { weight: 1, arbitrary: fc.uuid() },
);

/**
 * Characters as they go on the wire: what Node's client lets through raw (printable ASCII, so
 * malformed escapes like `%zz` stay malformed), everything else percent-encoded byte by byte.
 */
function onTheWire(value: string, { raw }: { raw: boolean }): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const safe = raw ? code > 0x20 && code < 0x7f && char !== '#' : /[A-Za-z0-9\-._~]/.test(char);
    out += safe ? char : [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}
const wire = (arbitrary: fc.Arbitrary<string>) => fc.tuple(arbitrary, fc.boolean()).map(([value, raw]) => onTheWire(value, { raw }));

/** Header values Node's client accepts (no control characters; Latin-1 bytes go raw), still hostile. */
const headerValue = text.map((value) => value.replace(/[^\t\x20-\x7e\x80-\xff]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16)}`).join('')));

const slug = () => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...known.services) }, { weight: 3, arbitrary: wire(text) });
const regionSlug = () => fc.oneof(fc.constantFrom(...known.regions), wire(text));
const receipt = () => fc.oneof(fc.constantFrom(...known.receipts), wire(text));

/** Every route of the portal (portal/app/routes), with hostile parameters. */
const route = () =>
  fc.oneof(
    fc.constant('/'),
    fc.constant('/layanan'),
    slug().map((s) => `/layanan/${s}`),
    slug().map((s) => `/layanan/${s}/nilai`),
    slug().map((s) => `/layanan/${s}/nilai/tantangan`),
    slug().map((s) => `/layanan/${s}/poster`),
    fc.tuple(slug(), receipt()).map(([s, r]) => `/layanan/${s}/terima-kasih/${r}`),
    fc.constant('/lacak'),
    receipt().map((r) => `/lacak/${r}`),
    regionSlug().map((r) => `/wilayah/${r}`),
    fc.constant('/bahasa'),
    fc.constantFrom('/privasi', '/aksesibilitas', '/kontak', '/pengaduan'),
    fc.constant('/__manifest'),
    wire(text).map((s) => `/assets/${s}`),
    fc.array(wire(text), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
  );

/** Single fetch's data addresses and other endings a client may add. */
const ending = fc.constantFrom('', '', '', '.data', '/', '/.data', '_.data', '//', '/..', '/%2e%2e');

const QUERY_KEYS = ['q', 'wilayah', 'after', 'komentar', 'kode', 'lang', 'kirim', 'index', '_routes', 'p', 'version', 'redirectTo'];
const query = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: wire(text) }), fc.oneof(wire(text), wire(forgedCursor))), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const FORM_FIELDS = ['kunci', 'komentar', 'umur', 'jenis-kelamin', 'pendidikan', 'pekerjaan', 'kontak', 'situs-web', 'bukti-anti-spam', 'lang', 'redirectTo', ...SKM_ELEMENTS.map((e) => `skor-${e}`)];
const formBody = fc
  .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FORM_FIELDS) }, { weight: 1, arbitrary: text }), fc.oneof(text, fc.constantFrom('1', '2', '3', '4', '5'), fc.uuid())), { maxLength: 14 })
  .map((pairs) => new URLSearchParams(pairs).toString());

const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=utf-16',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/json',
  'text/plain',
  'application/octet-stream',
  '',
];

interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

const request = (): fc.Arbitrary<HostileRequest> =>
  fc
    .record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, { weight: 5, arbitrary: fc.constant('POST') }, { weight: 2, arbitrary: fc.constantFrom('HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') }),
      path: fc.tuple(route(), ending, query).map(([p, e, q]) => `${p}${e}${q}`),
      // Mostly what the portal's own pages send, so that requests reach the routes behind the edge.
      origin: fc.oneof({ weight: 4, arbitrary: fc.constant('own') }, { weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: headerValue }),
      contentType: fc.oneof({ weight: 4, arbitrary: fc.constant(CONTENT_TYPES[0]!) }, { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: headerValue }),
      body: fc.oneof(
        { weight: 5, arbitrary: formBody },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
        { weight: 1, arbitrary: text.map((t) => `--x\r\nContent-Disposition: form-data; name="${t}"\r\n\r\n${t}\r\n--x`) },
      ),
      cookie: fc.option(fc.oneof(fc.constantFrom('lang=en', 'lang=id', 'lang=en; lang=id', 'lang=%ff', '=; ;=', 'a'.repeat(3000)), headerValue.map((v) => `lang=${v}`), headerValue), { nil: undefined }),
      extra: fc.dictionary(
        fc.constantFrom('accept', 'accept-language', 'accept-encoding', 'user-agent', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'sec-fetch-site', 'sec-fetch-mode', 'referer', 'if-none-match', 'range', 'x-remix-reload-document'),
        headerValue,
        { maxKeys: 3 },
      ),
    })
    .map(({ method, path, origin, contentType, body, cookie, extra }) => {
      const headers: Record<string, string> = { ...extra };
      if (origin === 'own') headers.origin = stack.portalUrl;
      else if (origin !== undefined) headers.origin = origin;
      if (cookie !== undefined) headers.cookie = cookie;
      const withBody = method !== 'GET' && method !== 'HEAD';
      if (withBody && contentType) headers['content-type'] = contentType;
      return { method, path, headers, body: withBody ? body : undefined };
    });

// ---------------------------------------------------------------------------------------------
// Sending it, as raw as Node's client allows (no URL normalisation on the way).

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function send({ method, path, headers, body }: HostileRequest): Promise<Answer> {
  const { hostname, port } = new URL(stack.portalUrl);
  return new Promise((resolve, reject) => {
    // With its length, as every real client sends a body (Node's parser refuses some chunked ones itself).
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: hostname, port, method, path, headers: { ...headers, ...length }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const describeRequest = (r: HostileRequest) => `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${r.body === undefined ? '' : JSON.stringify(String(r.body).slice(0, 200))}`;

/** What must hold for every answer. */
async function answersCalmly(r: HostileRequest): Promise<void> {
  const answer = await send(r);
  const what = `${describeRequest(r)} → ${answer.status}\n${stack.logs().split('\n').slice(-12).join('\n')}`;
  expect(answer.status, what).toBeGreaterThanOrEqual(200);
  expect(answer.status, what).toBeLessThan(500);
  // Redirects stay on this site, whatever the request said.
  if (answer.headers.location) expect(new URL(answer.headers.location, stack.portalUrl).origin, what).toBe(stack.portalUrl);
  // Every answer, refusals and not-founds included, carries a policy (Express's own 400 page for an
  // undecodable address sends a stricter one of its own).
  expect(answer.headers['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-|^default-src 'none'$/);
}

describe('hostile requests to every portal route', () => {
  it('never answers with the 500 page, whatever the path, query string, method, body, cookie or headers', async () => {
    await fc.assert(fc.asyncProperty(request(), answersCalmly), { numRuns: 3000 });
  });

  it('never answers a rating post with the 500 page, whatever its fields hold', async () => {
    // A complete rating (so that it reaches the API) with hostile text in every free field.
    const completeRating = fc
      .record({
        key: fc.oneof(fc.uuid(), text),
        scores: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('1', '2', '3', '4') }, { weight: 1, arbitrary: text }), { minLength: 9, maxLength: 9 }),
        free: fc.dictionary(fc.constantFrom('komentar', 'kontak', 'umur', 'jenis-kelamin', 'pendidikan', 'pekerjaan', 'situs-web', 'bukti-anti-spam'), text, { maxKeys: 4 }),
      })
      .map(({ key, scores, free }) => new URLSearchParams({ kunci: key, ...Object.fromEntries(SKM_ELEMENTS.map((e, i) => [`skor-${e}`, scores[i]!])), ...free }).toString());
    const ratingPost = fc.record({ slug: fc.constantFrom(...known.services), body: fc.oneof(formBody, completeRating), data: fc.boolean() }).map(
      ({ slug, body, data }): HostileRequest => ({
        method: 'POST',
        path: `/layanan/${slug}/nilai${data ? '.data' : ''}?kirim`,
        headers: { origin: stack.portalUrl, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
    await fc.assert(fc.asyncProperty(ratingPost, answersCalmly), { numRuns: 300 });
  });
});
