import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang } from '../graphql/request-scope.js';

/**
 * What a person who opens the GraphQL address in a browser reads (issue 13, decision record 0040).
 *
 * Apollo's CSRF prevention refuses every GET that a web page could make cross-site, which is right for
 * programs and wrong for a person: the README used to send people here and they met a raw JSON error.
 * A browser's navigation is recognised by what only it sends: GET, `text/html` in Accept, and
 * none of the headers that mark a program's request (Apollo's preflight headers, a JSON content type);
 * HEAD stays refused with 405 as before (http/methods.ts). Such a request never reaches GraphQL, so it executes nothing — a cross-site page can make a browser
 * open this address, but it gets a static page, exactly as harmless as the refusal was. Every other
 * GET (curl, scripts, `?query=` without the preflight header) keeps Apollo's refusal unchanged.
 */
export function wantsBrowserPage(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const accept = String(req.headers.accept ?? '').toLowerCase();
  if (!accept.includes('text/html')) return false;
  if (req.headers['apollo-require-preflight'] !== undefined || req.headers['x-apollo-operation-name'] !== undefined) return false;
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  return !type.includes('json');
}

export interface BrowserPageOptions {
  /** The portal's address (PUBLIC_URL), where the explorers live. */
  portalUrl: string;
  /** Whether the demo's open explorer (/demo/graphql) exists on this install. */
  demo: boolean;
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}' +
  'code,pre{font-family:ui-monospace,monospace;background:#f2f2f2;border-radius:4px}code{padding:0 .2em}' +
  'pre{padding:.75rem;overflow-x:auto;white-space:pre-wrap}a{color:#0b4f9c}h1{font-size:1.6rem}';
// The page's only style, allowed by its hash: no script, no other source (the CSP below).
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXT = {
  id: {
    title: 'API GraphQL Suara',
    lead: 'Ini alamat API GraphQL Suara, untuk program: portal Suara, alat analisis SDM, dan sistem pemerintah lainnya. Peramban yang membuka alamat ini hanya mendapat halaman ini; tidak ada kueri yang dijalankan.',
    postHeading: 'Cara memakainya',
    post: 'Kirim kueri dengan POST berisi JSON:',
    signIn: 'Data staf memerlukan token dari mutation login, dikirim sebagai header Authorization: Bearer <token>. GET hanya diterima dengan header apollo-require-preflight (perlindungan CSRF).',
    explorerHeading: 'Mencoba di peramban',
    staff: 'Penjelajah GraphQL untuk staf yang sudah masuk',
    demo: 'Penjelajah GraphQL demo, terbuka untuk semua orang',
    contractHeading: 'Kontrak',
    contract: 'Nama dan makna yang diandalkan klien tercantum di docs/contract.md dan docs/contract.graphql di repositori Suara; skema lengkap ada di api/schema.graphql.',
    health: 'Kesehatan layanan',
  },
  en: {
    title: 'Suara GraphQL API',
    lead: 'This is the address of Suara’s GraphQL API, for programs: the Suara portal, HR analysts’ tools and other government systems. A browser opening it gets only this page; no query is run.',
    postHeading: 'How to use it',
    post: 'Send a query with a POST carrying JSON:',
    signIn: 'Staff data needs the token of the login mutation, sent as the header Authorization: Bearer <token>. A GET is accepted only with the apollo-require-preflight header (CSRF prevention).',
    explorerHeading: 'Trying it in a browser',
    staff: 'GraphQL explorer for signed-in staff',
    demo: 'Demo GraphQL explorer, open to everyone',
    contractHeading: 'Contract',
    contract: 'The names and meanings clients rely on are in docs/contract.md and docs/contract.graphql in the Suara repository; the whole schema is api/schema.graphql.',
    health: 'Service health',
  },
} as const;

/** The page itself, in the language the browser asks for. */
export function browserPage(lang: Lang, { portalUrl, demo }: BrowserPageOptions): string {
  const t = TEXT[lang];
  const portal = escape(portalUrl);
  const example = `curl -s -X POST http://localhost:4000/graphql \\\n  -H 'content-type: application/json' \\\n  -d '{"query":"{ regions { slug name } }"}'`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${escape(t.lead)}</p>
<h2>${t.postHeading}</h2>
<p>${t.post}</p>
<pre><code>${escape(example)}</code></pre>
<p>${escape(t.signIn)}</p>
<h2>${t.explorerHeading}</h2>
<ul>
<li><a href="${portal}/staf/graphql">${t.staff}</a></li>
${demo ? `<li><a href="${portal}/demo/graphql">${t.demo}</a></li>\n` : ''}</ul>
<h2>${t.contractHeading}</h2>
<p>${escape(t.contract)}</p>
<p><a href="/healthz">${t.health}</a> (<code>GET /healthz</code>)</p>
</main>
</body>
</html>
`;
}

/** Answers the browser with the page: 200, no script allowed, not cached by shared caches. */
export function serveBrowserPage(res: ServerResponse, lang: Lang, options: BrowserPageOptions): void {
  const body = browserPage(lang, options);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-language': lang,
    'content-security-policy': `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
    // The answer depends on these; a cache in front must not give a program the page or the other language.
    vary: 'Origin, Accept, Accept-Language, Apollo-Require-Preflight, X-Apollo-Operation-Name, Content-Type',
  });
  res.end(body);
}
