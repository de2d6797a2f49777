#!/usr/bin/env node
/**
 * The portal in production: Express 4 serving the Remix build. Our own server rather than remix-serve
 * because remix-serve takes seconds to exit on SIGTERM once it has served a request, which slows
 * `pnpm start`'s Ctrl-C and every test that owns a portal (STACK-NOTES.md).
 *
 *   PORTAL_PORT  listening port (3000)      PORTAL_HOST  listening address (0.0.0.0)
 *   API_URL      the GraphQL endpoint the loaders call (http://localhost:4000/graphql)
 *   PORTAL_PAGE_CACHE_MS  how long public pages are reused for anonymous visitors (1000; 0 = off)
 *   TRUST_PROXY  proxies whose X-Forwarded-For is believed (loopback); the API's syntax and rule
 *   PUBLIC_URL   the portal's public address: posters print it, and form posts from it are this site's
 *
 * Each request gets an id (X-Request-Id from a proxy in TRUST_PROXY, or a new one): echoed on the
 * answer, sent to the API, and on the log lines about it (request-id.mjs).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';
import proxyaddr from 'proxy-addr';
import { createPageCache } from './page-cache.mjs';
import { createEdge } from './security.mjs';
import { requestIds } from './request-id.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverBuild = path.join(here, 'build', 'server', 'index.js');
const clientDir = path.join(here, 'build', 'client');

if (!existsSync(serverBuild)) {
  console.error(`The portal is not built (${path.relative(process.cwd(), serverBuild)} is missing). Run: pnpm --filter @suara/portal build`);
  process.exit(1);
}

const port = Number(process.env.PORTAL_PORT || 3000);
const pageCacheMs = Number(process.env.PORTAL_PAGE_CACHE_MS || 1000);
if (!Number.isInteger(pageCacheMs) || pageCacheMs < 0 || pageCacheMs > 60_000) {
  console.error(`PORTAL_PAGE_CACHE_MS=${JSON.stringify(process.env.PORTAL_PAGE_CACHE_MS)}: must be milliseconds (0–60000; 0 turns the page cache off)`);
  process.exit(1);
}
const host = process.env.PORTAL_HOST || '0.0.0.0';
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORTAL_PORT=${JSON.stringify(process.env.PORTAL_PORT)}: must be a port number (1–65535)`);
  process.exit(1);
}

let build;
try {
  build = await import(pathToFileURL(serverBuild).href);
} catch (error) {
  // A bad configuration (entry.server checks API_URL) stops here, with its message, not a stack.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = express();
app.disable('x-powered-by');
// req.ip is the citizen's address behind a proxy named in TRUST_PROXY (loopback only by default), and
// the connection's own address otherwise: the same variable, syntax and rule as the API's
// (api/src/config.ts, decision record 0013). A client on the same private, container or office
// network is not a proxy, so it cannot choose the address the API's limits count.
const trustProxy = (process.env.TRUST_PROXY || 'loopback').split(',').map((part) => part.trim());
try {
  if (trustProxy.includes('')) throw new Error('no empty entry');
  app.set('trust proxy', proxyaddr.compile(trustProxy));
} catch (error) {
  console.error(`TRUST_PROXY=${JSON.stringify(process.env.TRUST_PROXY)}: ${error.message} (use comma-separated addresses, CIDRs or loopback/linklocal/uniquelocal)`);
  process.exit(1);
}
// First of all: every request has an id, echoed on its answer, sent to the API with each call made
// for it and written on the log lines about it (request-id.mjs, decision record 0032).
app.use(requestIds({ trust: app.get('trust proxy fn') }));
// Before compression: a cached page is kept and sent as compressed once (page-cache.mjs).
const pageCache = createPageCache({ ttlMs: pageCacheMs });
// Before the page cache and Remix: security headers with this response's CSP nonce, and cross-site
// form posts, ?_data and unreadable requests refused (security.mjs, decision record 0012).
const edge = createEdge({ publicUrl: process.env.PUBLIC_URL || undefined });
app.use(edge.headers);
app.use(edge.refuse);
app.use(pageCache.middleware);
app.use(compression());
app.use((_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
});

// Vite names these files by content hash, so they can be cached for good.
app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
// Everything else in public/ (favicon, …) keeps its name across releases: cache briefly. Only those
// names reach the static handler: any other address would cost a file-system lookup per page view.
const publicFiles = new Set(readdirSync(clientDir).filter((name) => name !== 'assets').map((name) => `/${name}`));
const publicStatic = express.static(clientDir, { maxAge: '1h', index: false });
app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));

app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    getLoadContext: (req, res) => ({ clientAddress: req.ip ?? req.socket.remoteAddress, purgePages: (paths) => pageCache.purge(paths), cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(port, host, () => {
  console.log(`Suara portal ready on http://localhost:${port} (API: ${process.env.API_URL || 'http://localhost:4000/graphql'})`);
});
server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `The portal could not start: port ${port} is already in use by another program (another Suara?): stop it, or set PORTAL_PORT to a free port.`
      : `The portal could not listen on ${host}:${port}: ${error.message}`,
  );
  process.exit(1);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the portal…`);
  // Pages are short requests: stop accepting, drop idle keep-alive sockets, give the rest a moment.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 500).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
