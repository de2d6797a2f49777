import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from './app-services.js';
import { trustedProxies } from './config.js';
import { Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { langFromHeader, pinScope } from './graphql/request-scope.js';
import { createSchema } from './graphql/schema.js';
import { IdentityService } from './modules/identity/index.js';
import { logger } from './common/logger.js';
import { safeError } from './common/log-safe.js';
import { answerLimits, operationLimits } from './config.js';
import { edgePlugin } from './graphql/edge-plugin.js';
import { catalogueBounds, FALLBACK_BOUNDS, operationLimitsRule } from './graphql/limits.js';
import { cappedAnswer, timedOutAnswer } from './http/answer-limits.js';
import { HttpError, readBody } from './http/body.js';
import { requestTarget } from './http/methods.js';

export interface ApiServer {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Which peers may say whose request they pass on (TRUST_PROXY, config.ts). */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The caller's address: X-Forwarded-For is walked from the nearest hop while each hop is a trusted
 * proxy (TRUST_PROXY, loopback only by default; proxy-addr, the rule Express applies for the
 * portal), and the first untrusted address is the client. A peer that is not trusted is the client
 * itself, whatever it writes in the header, so it cannot pick its own rate-limit bucket — also when it
 * shares a private, container or office network with us (decision record 0013).
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  const chain = proxyaddr.all(req, trust);
  // A trusted hop that forwards something other than an address is not believed: the client is
  // then that hop itself.
  const address = chain.findLast((hop, i) => i === 0 || isIP(hop) !== 0) ?? 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

async function healthz(orm: MikroORM, res: ServerResponse): Promise<void> {
  let ok: boolean;
  let timer: NodeJS.Timeout | undefined;
  try {
    // A probe must answer quickly even when the database hangs instead of refusing.
    await Promise.race([
      orm.em.getConnection().execute('select 1'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
    ]);
    ok = true;
  } catch {
    ok = false;
  } finally {
    clearTimeout(timer);
  }
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(ok ? { status: 'ok', database: 'reachable' } : { status: 'unavailable', database: 'unreachable' }));
}

/** The API over HTTP: `POST|GET /graphql` (Apollo Server 5) and `GET /healthz` (CONTRACT.md). */
export async function createApiServer(app: AppServices): Promise<ApiServer> {
  const schema = await createSchema();
  const httpServer = http.createServer();
  const limits = operationLimits(app.config);
  const answers = answerLimits(app.config);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Depth, aliases and fields of each operation, once per distinct document; tokens while parsing;
    // cost and input checks in edgePlugin (decision record 0011). No "Did you mean …?" outside
    // development: formatError drops it from every message (errors.ts).
    validationRules: [operationLimitsRule(limits)],
    parseOptions: { maxTokens: limits.maxTokens },
    // Apollo's Sandbox landing page is loaded from a CDN this product must not depend on.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Its per-field cache hints wrap every resolver and cost CPU on every field of every request;
      // nothing here reads them (no CDN in front of a POST API). Decision record 0008.
      ApolloServerPluginCacheControlDisabled(),
      edgePlugin<Context>({
        limits,
        // Lists are costed by the catalogue as it is: its longest list of each kind.
        bounds: (ctx) => {
          const catalog = app.catalog.latest();
          return catalog ? catalogueBounds(catalog.sizes) : ctx.catalog().then((c) => catalogueBounds(c.sizes), () => FALLBACK_BOUNDS);
        },
      }),
      {
        // Errors learn their request's id and language here, for formatError (request-scope.ts).
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) pinScope(error, { requestId: contextValue.requestId, lang: contextValue.lang });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const trust = trustedProxies(app.config);
  const origins = new Set(app.config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean));

  async function contextFor(req: IncomingMessage, requestId: string, lang: Context['lang']): Promise<Context> {
    const client = { ip: clientAddress(req, trust), userAgent: String(req.headers['user-agent'] ?? '') };
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : null;
    // Anonymous requests (nearly all of them) need no EntityManager until a resolver asks for one.
    if (!token) return new Context(app, null, requestId, lang, client);
    const em = app.orm.em.fork();
    const viewer = await new IdentityService(em, app.secrets.tokenKey).viewerFromToken(token);
    return new Context(app, viewer, requestId, lang, client, em);
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const lang = langFromHeader(req.headers['accept-language']);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          throw new HttpError(400, { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' });
        }
      } else {
        body = raw;
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    // Out of time: the client gets its answer now, and what still runs gets no more database work.
    let context: Context | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      context?.expire();
      const answer = timedOutAnswer(lang, answers, requestId);
      if (!res.headersSent) res.writeHead(answer.status, answer.headers).end(answer.body);
    }, answers.timeoutMs);
    const contextOnce = () =>
      contextFor(req, requestId, lang).then((c) => {
        if (timedOut) c.expire();
        return (context = c);
      });
    let result;
    try {
      result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: contextOnce });
    } finally {
      clearTimeout(timer);
    }
    if (timedOut) return;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const capped = cappedAnswer(result.body.string, result.headers.get('content-type'), lang, answers);
      if (capped.status) res.statusCode = capped.status;
      res.end(capped.body);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const done = (error?: unknown) => {
      if (!error) return;
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) logger.error('request failed', { requestId, error: safeError(error) });
      if (!res.headersSent) {
        const lang = langFromHeader(req.headers['accept-language']);
        res.writeHead(status, { 'content-type': 'application/json', ...(error instanceof HttpError ? error.headers : {}) });
        res.end(JSON.stringify({ errors: [{ message: error instanceof HttpError ? error.messageIn(lang) : `Internal error (${requestId})`, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] }));
      } else {
        res.end();
      }
    };
    let url: URL;
    try {
      url = requestTarget(req);
    } catch (error) {
      return done(error);
    }
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, accept-language, x-kiosk-token');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      healthz(app.orm, res).catch(done);
    } else if (url.pathname === '/graphql') {
      handleGraphql(req, res, url, requestId).catch(done);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Not found. The API is at /graphql; its health at /healthz.' }));
    }
  });

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async close() {
      // The drain plugin closes the listener and waits for in-flight requests.
      await apollo.stop();
      await app.stop();
    },
  };
}
