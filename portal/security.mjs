// @ts-check
/**
 * The portal's edge, in front of the page cache and Remix (decision record 0012):
 *
 * - `headers`: a Content-Security-Policy whose scripts need this response's nonce (no
 *   `unsafe-inline`), a Permissions-Policy that denies what the portal never uses, and HSTS when the
 *   request came over TLS. The nonce goes to Remix through `res.locals.cspNonce` (getLoadContext).
 * - `refuseCrossSite`: a POST (or any other method but GET and HEAD) that a browser sends on behalf
 *   of another web site is refused with 403 before it can reach an action: each rating would
 *   otherwise come from the visitor's own address, past every per-address limit. So are the
 *   pre-single-fetch data requests (`?_data=`), which nothing of ours makes any more.
 *
 * How a request is judged (all methods but GET and HEAD):
 * - `Sec-Fetch-Site` present and neither `same-origin` nor `none` (a user typing the address):
 *   refused. Browsers set it and pages cannot change it.
 * - `Origin` present: it must be this portal's own origin, either the origin the request was sent
 *   to (scheme as Express sees it behind a trusted proxy, and the Host header, or X-Forwarded-Host
 *   from a trusted proxy), or `PUBLIC_URL`'s. `Origin: null` (sandboxed frames, a redirected POST) is refused.
 * - Neither header: accepted. Every current browser sends `Origin` with a POST, forms without
 *   JavaScript included; what sends neither is curl, scripts, other servers and browsers from before
 *   2020, none of which another web site can make a visitor's browser send. A script can send these
 *   itself from its own address, which the per-address limits are for.
 */
import { randomBytes } from 'node:crypto';

/** Browsers may not deny these to us, nor us to them; the rest are features the portal never uses. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** A year; without includeSubDomains or preload, which are the domain owner's decision, not the portal's. */
const HSTS = 'max-age=31536000';

/**
 * The policy for one response. Scripts: our own files and the inline scripts that carry this nonce
 * (Remix's hydration data and module loader, its scroll restoration). Styles: our own files only,
 * so no `style` attribute may appear in server-rendered HTML. Images: ours, and `data:` for the
 * browser's own use (the QR code itself is inline SVG, which needs no source at all).
 * @param {string} nonce
 */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * @typedef {import('express').Request} Request
 * @typedef {import('express').Response} Response
 * @typedef {import('express').NextFunction} NextFunction
 * @typedef {'cross-site' | 'data-request'} Refusal
 */

/**
 * An origin as browsers serialise it (`https://host[:port]`, lower case, default port left out), or
 * null for anything that is not an http(s) origin, `null` included.
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function originOf(value) {
  if (!value || value === 'null') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin this request was sent to, as Express sees it: the scheme after its trusted-proxy rules
 * (`req.protocol`) and the host the browser asked for (X-Forwarded-Host from a trusted proxy, as
 * Express's own `req.hostname` reads it, but with the port kept).
 * @param {Request} req
 * @returns {string | null}
 */
export function requestOrigin(req) {
  const trust = /** @type {(address: string | undefined, hop: number) => boolean} */ (req.app.get('trust proxy fn'));
  let host = req.get('X-Forwarded-Host');
  if (!host || !trust(req.socket.remoteAddress, 0)) host = req.get('Host');
  else host = host.split(',')[0]?.trim();
  if (!host) return null;
  return originOf(`${req.protocol}://${host}`);
}

/**
 * Why this request must not reach Remix, or null when it may.
 * @param {Request} req
 * @param {string | null} publicOrigin
 * @returns {Refusal | null}
 */
export function refusalOf(req, publicOrigin) {
  const query = req.originalUrl.indexOf('?');
  if (query >= 0 && new URLSearchParams(req.originalUrl.slice(query + 1)).has('_data')) return 'data-request';
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  const site = req.get('Sec-Fetch-Site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site';
  const origin = req.get('Origin');
  if (origin === undefined) return null;
  const sent = originOf(origin);
  if (sent === null) return 'cross-site';
  return sent === publicOrigin || sent === requestOrigin(req) ? null : 'cross-site';
}

/** @type {Record<Refusal, { id: string, en: string }>} */
const REASONS = {
  'cross-site': {
    id: 'Formulir ini dikirim dari situs web lain, bukan dari Suara, sehingga tidak kami proses. Tidak ada yang tersimpan. Jika Anda ingin menilai sebuah layanan, buka Suara dan isi formulirnya di sana.',
    en: 'This form was sent from another web site, not from Suara, so it was not processed. Nothing was stored. To rate a service, open Suara and fill in the form there.',
  },
  'data-request': {
    id: 'Alamat ini memakai cara permintaan data yang tidak lagi dilayani Suara. Tidak ada yang diproses.',
    en: 'This address uses a way of asking for data that Suara no longer serves. Nothing was processed.',
  },
};

/**
 * A plain page, readable without styles or scripts, in both languages (the visitor's language
 * choice is a cookie of this site, which a cross-site request may or may not carry).
 * @param {Refusal} reason
 */
export function refusalPage(reason) {
  const { id, en } = REASONS[reason];
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Permintaan ditolak · Request refused — Suara</title>
</head>
<body>
<main>
<h1>Permintaan ditolak</h1>
<p>${id}</p>
<p><a href="/">Ke beranda Suara</a></p>
<section lang="en" aria-labelledby="en">
<h2 id="en">Request refused</h2>
<p>${en}</p>
<p><a href="/?lang=en">Go to Suara’s home page</a></p>
</section>
</main>
</body>
</html>
`;
}

/**
 * @param {{ publicUrl?: string | undefined, log?: (line: string) => void, now?: () => number }} options
 */
export function createEdge({ publicUrl, log = console.warn, now = Date.now }) {
  const publicOrigin = originOf(publicUrl);
  // One line a minute at most: a page that makes every visitor post here must not flood the log,
  // but whoever runs a portal behind a proxy that rewrites Host needs to see why forms fail.
  let lastLog = -Infinity;
  let unlogged = 0;

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {NextFunction} next
   */
  function headers(req, res, next) {
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {NextFunction} next
   */
  function refuseCrossSite(req, res, next) {
    const reason = refusalOf(req, publicOrigin);
    if (reason === null) return next();
    if (now() - lastLog >= 60_000) {
      const also = unlogged ? ` (and ${unlogged} more since the last line)` : '';
      log(
        `[edge] refused ${req.method} ${req.path}: ${reason === 'data-request' ? '?_data request' : `Origin ${JSON.stringify(req.get('Origin') ?? null)}, Sec-Fetch-Site ${JSON.stringify(req.get('Sec-Fetch-Site') ?? null)}; this portal is ${requestOrigin(req) ?? '(no Host)'}${publicOrigin ? ` and ${publicOrigin}` : ' (PUBLIC_URL unset)'}`}${also}`,
      );
      lastLog = now();
      unlogged = 0;
    } else {
      unlogged++;
    }
    res.status(403);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : refusalPage(reason));
  }

  return { headers, refuseCrossSite, publicOrigin };
}
