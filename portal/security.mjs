// @ts-check
/**
 * The portal's edge, in front of the page cache and Remix (decision record 0012):
 *
 * - `headers`: a Content-Security-Policy whose scripts need this response's nonce (no
 *   `unsafe-inline`), a Permissions-Policy that denies what the portal never uses, and HSTS when the
 *   request came over TLS. The nonce goes to Remix through `res.locals.cspNonce` (getLoadContext).
 * - `refuse`: a POST (or any other method but GET and HEAD) that a browser sends on behalf
 *   of another web site is refused with 403 before it can reach an action: each rating would
 *   otherwise come from the visitor's own address, past every per-address limit. So are the
 *   pre-single-fetch data requests (`?_data=`), which nothing of ours makes any more, and (with 400)
 *   a request whose address Remix could not even read (a Host header such as `%0`, an absolute-form
 *   request target), which would otherwise end in Express's 500. A body larger than any form of ours
 *   (413), or one that does not say its length (411), is refused before an action buffers it.
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

/**
 * Features the portal never uses, denied to its pages and to anything they might embed. Only names
 * Chromium knows: an unknown one is a console error on every page. Clipboard stays allowed (the
 * receipt's "Salin kode").
 */
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

/**
 * The largest body the portal reads. Its largest form, the rating (nine scores, a comment of 2,000
 * characters that may take 4 bytes each and triple when percent-encoded, contact, profile, a
 * proof of work), stays far below; anything bigger is not ours and would only cost memory.
 */
export const MAX_BODY_BYTES = 64 * 1024;

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
 * @typedef {'cross-site' | 'data-request' | 'unreadable' | 'too-large' | 'length-required'} Refusal
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

/** A host name (letters, digits, `-`, `_`, dots) or an IPv6 literal: what a Host header can honestly hold. */
const HOST_NAME = /^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?|\[[0-9A-Fa-f:.]+\])$/;

/**
 * Whether Remix's Express adapter (2.17, `createRemixRequest`) can make a sound URL of this request:
 * it joins `req.protocol`, `req.hostname`, a port from X-Forwarded-Host or Host, and
 * `req.originalUrl`. A `new URL` that throws there becomes Express's 500 page, and a host with `@`
 * in it a URL Remix routes as `/` (its 500 page again). A path must also survive React Router.
 * @param {Request} req
 */
export function remixCanRead(req) {
  if (!req.originalUrl.startsWith('/')) return false;
  // No address of ours has a backslash; React Router's server render reads `/%5C…` as the URL
  // `//…` with an empty host and throws (the 500 page), or as another host's `/`.
  if (/\\|%5c/i.test(req.originalUrl.split('?')[0] ?? '')) return false;
  if (req.hostname !== undefined && !HOST_NAME.test(req.hostname)) return false;
  const portOf = (/** @type {string | undefined} */ header) => Number.parseInt(header?.split(':')[1] ?? '', 10);
  const forwardedPort = portOf(req.get('X-Forwarded-Host'));
  const hostPort = portOf(req.get('Host'));
  const port = Number.isSafeInteger(forwardedPort) ? forwardedPort : Number.isSafeInteger(hostPort) ? hostPort : '';
  try {
    new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why this request must not reach Remix, or null when it may.
 * @param {Request} req
 * @param {string | null} publicOrigin
 * @returns {Refusal | null}
 */
export function refusalOf(req, publicOrigin) {
  if (!remixCanRead(req)) return 'unreadable';
  const query = req.originalUrl.indexOf('?');
  if (query >= 0 && new URLSearchParams(req.originalUrl.slice(query + 1)).has('_data')) return 'data-request';
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  // Browsers send every form and fetch body with its length; only a stream would come without.
  if (req.get('Transfer-Encoding') !== undefined) return 'length-required';
  if (Number(req.get('Content-Length') ?? 0) > MAX_BODY_BYTES) return 'too-large';
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
  unreadable: {
    id: 'Alamat atau nama situs dalam permintaan ini tidak dapat dibaca. Tidak ada yang diproses.',
    en: 'The address or site name in this request could not be read. Nothing was processed.',
  },
  'too-large': {
    id: `Yang dikirim lebih besar daripada formulir mana pun di Suara (paling banyak ${MAX_BODY_BYTES / 1024} KB). Tidak ada yang diproses.`,
    en: `What was sent is larger than any form on Suara (${MAX_BODY_BYTES / 1024} KB at most). Nothing was processed.`,
  },
  'length-required': {
    id: 'Permintaan ini tidak menyebutkan ukuran isinya, jadi tidak diproses.',
    en: 'This request did not state the size of its body, so it was not processed.',
  },
};

/** @type {Record<Refusal, { status: number, id: string, en: string }>} */
const TITLES = {
  'cross-site': { status: 403, id: 'Permintaan ditolak', en: 'Request refused' },
  'data-request': { status: 403, id: 'Permintaan ditolak', en: 'Request refused' },
  unreadable: { status: 400, id: 'Permintaan tidak dapat dibaca', en: 'Request could not be read' },
  'too-large': { status: 413, id: 'Permintaan terlalu besar', en: 'Request too large' },
  'length-required': { status: 411, id: 'Ukuran permintaan tidak disebutkan', en: 'Request length required' },
};

/**
 * A plain page, readable without styles or scripts, in both languages (the visitor's language
 * choice is a cookie of this site, which a cross-site request may or may not carry).
 * @param {Refusal} reason
 */
export function refusalPage(reason) {
  const { id, en } = REASONS[reason];
  const title = TITLES[reason];
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${title.id} · ${title.en} — Suara</title>
</head>
<body>
<main>
<h1>${title.id}</h1>
<p>${id}</p>
<p><a href="/">Ke beranda Suara</a></p>
<section lang="en" aria-labelledby="en">
<h2 id="en">${title.en}</h2>
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
   * What the log says about a refusal; JSON.stringify keeps a hostile header on one line.
   * @param {Request} req
   * @param {Refusal} reason
   */
  const why = (req, reason) => {
    if (reason === 'unreadable') return `unreadable address (Host ${JSON.stringify(req.get('Host') ?? null)}, X-Forwarded-Host ${JSON.stringify(req.get('X-Forwarded-Host') ?? null)})`;
    if (reason === 'data-request') return '?_data request';
    if (reason === 'too-large' || reason === 'length-required') return `body of ${req.get('Content-Length') ?? 'unstated'} bytes`;
    const self = `${requestOrigin(req) ?? '(no Host)'}${publicOrigin ? ` and ${publicOrigin}` : ' (PUBLIC_URL unset)'}`;
    return `Origin ${JSON.stringify(req.get('Origin') ?? null)}, Sec-Fetch-Site ${JSON.stringify(req.get('Sec-Fetch-Site') ?? null)}; this portal is ${self}`;
  };

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {NextFunction} next
   */
  function refuse(req, res, next) {
    const reason = refusalOf(req, publicOrigin);
    if (reason === null) {
      // Judged here, so Remix need not judge it again: its own check compares Origin with the
      // Host or (untrusted) X-Forwarded-Host header alone, refuses a portal behind a proxy that
      // rewrites Host with its 500 page even when Origin is PUBLIC_URL, and answers a HEAD to a
      // `.data` address carrying any other Origin (nothing we check on HEAD) with a 500 too.
      delete req.headers.origin;
      return next();
    }
    if (now() - lastLog >= 60_000) {
      const also = unlogged ? ` (and ${unlogged} more since the last line)` : '';
      log(`[edge] refused ${req.method} ${JSON.stringify(req.originalUrl.slice(0, 200))}: ${why(req, reason)}${also}`);
      lastLog = now();
      unlogged = 0;
    } else {
      unlogged++;
    }
    res.status(TITLES[reason].status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : refusalPage(reason));
  }

  return { headers, refuse, publicOrigin };
}
