import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from './app-services.js';
import { metricsAccess, trustedProxies } from './config.js';
import { Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { langFromHeader, pinScope } from './graphql/request-scope.js';
import { createSchema } from './graphql/schema.js';
import { IdentityService } from './modules/identity/index.js';
import { currentRequest, inRequest, logger, type RequestScope } from './common/logger.js';
import { observeRequest, operationLabel, watchApi } from './common/metrics.js';
import { poolCounts } from './db/pool-stats.js';
import { safeError } from './common/log-safe.js';
import { answerLimits, demoWanted, operationLimits } from './config.js';
import { edgePlugin } from './graphql/edge-plugin.js';
import { catalogueBounds, FALLBACK_BOUNDS, operationLimitsRule } from './graphql/limits.js';
import { cappedAnswer, timedOutAnswer } from './http/answer-limits.js';
import { HttpError, readBody } from './http/body.js';
import { serveBrowserPage, wantsBrowserPage } from './http/browser-page.js';
import { requestTarget } from './http/methods.js';
import { serveMetrics } from './http/metrics-endpoint.js';
import { requestIdOf } from './http/request-id.js';

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

/** The operation name a client gave beside its document (used when the document never parsed). */
function sentOperationName(body: unknown, url: URL): string | null {
  const name = typeof body === 'object' && body !== null ? (body as { operationName?: unknown }).operationName : url.searchParams.get('operationName');
  return typeof name === 'string' ? name : null;
}

/** What one GraphQL request came to, for the metrics (handleGraphql). */
interface GraphqlOutcome {
  /** When the answer was sent (a timed-out request's work may go on after it). */
  answeredAt: number | null;
  codes: string[];
  /** The operation name the client sent beside its document, for a document that never parsed. */
  sentName: string | null;
}

/** The code the HTTP-level answer of a failed request carries (see `done` below). */
const httpErrorCode = (error: unknown) => (error instanceof HttpError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');

/**
 * The API over HTTP: `POST|GET /graphql` (Apollo Server 5), `GET /healthz` (CONTRACT.md) and
 * `GET /metrics` for Prometheus (decision record 0032). Every request has an id (the portal's
 * X-Request-Id, or a new one), echoed in its answer and carried by every log line written for it.
 */
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
          const scope = currentRequest();
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) pinScope(error, { requestId: contextValue.requestId, lang: contextValue.lang });
            },
            // For the metrics: the operation's name, and the codes of the errors as the client gets them.
            async didResolveOperation({ operationName }) {
              if (scope) scope.operation = operationName;
            },
            async willSendResponse({ response, document, request }) {
              if (!scope) return;
              // A document that parsed but did not validate: its operation's name all the same.
              if (scope.operation === undefined && document) scope.operation = getOperationAST(document, request.operationName)?.name?.value ?? null;
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
              scope.errorCodes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const trust = trustedProxies(app.config);
  const metricsAllowed = metricsAccess(app.config);
  const unwatch = watchApi({ pool: () => poolCounts(app.orm), ratingsWaiting: () => app.ratings.waiting });
  const browserPageOptions = { portalUrl: app.config.PUBLIC_URL, demo: demoWanted(app.config) };
  const origins = new Set(app.config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean));

  async function contextFor(req: IncomingMessage, requestId: string, lang: Context['lang']): Promise<Context> {
    const kioskHeader = req.headers['x-kiosk-token'];
    const client = {
      ip: clientAddress(req, trust),
      userAgent: String(req.headers['user-agent'] ?? ''),
      // An empty header is no header; a repeated one is not a token (Node joins repeats with ", ").
      kioskToken: typeof kioskHeader === 'string' && kioskHeader.trim() !== '' ? kioskHeader.trim() : null,
    };
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : null;
    // Anonymous requests (nearly all of them) need no EntityManager until a resolver asks for one.
    if (!token) return new Context(app, null, requestId, lang, client);
    const em = app.orm.em.fork();
    const viewer = await new IdentityService(em, app.secrets.tokenKey).viewerFromToken(token);
    return new Context(app, viewer, requestId, lang, client, em);
  }

  /**
   * One GraphQL request, measured for the metrics (common/metrics.ts): the time until its answer was
   * sent, its operation's label, and the codes of the errors the client got.
   */
  async function handleGraphql(req: IncomingMessage, res: ServerResponse, url: URL, scope: RequestScope): Promise<void> {
    const started = performance.now();
    const outcome: GraphqlOutcome = { answeredAt: null, codes: [], sentName: null };
    try {
      await answerGraphql(req, res, url, scope, outcome);
    } catch (error) {
      outcome.codes = [httpErrorCode(error)];
      throw error;
    } finally {
      const operation = operationLabel(scope.operation ?? outcome.sentName);
      const seconds = ((outcome.answeredAt ?? performance.now()) - started) / 1000;
      observeRequest(operation, seconds, outcome.codes);
      logger.debug('graphql request', { operation, ms: Math.round(seconds * 1000), ...(outcome.codes.length ? { errors: outcome.codes } : {}) });
    }
  }

  async function answerGraphql(req: IncomingMessage, res: ServerResponse, url: URL, scope: RequestScope, outcome: GraphqlOutcome): Promise<void> {
    const { requestId } = scope;
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
    outcome.sentName = sentOperationName(body, url);
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    // Out of time: the client gets its answer now, and what still runs gets no more database work.
    let context: Context | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      context?.expire();
      const answer = timedOutAnswer(lang, answers, requestId);
      outcome.answeredAt = performance.now();
      outcome.codes = ['SERVICE_UNAVAILABLE'];
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
    outcome.codes = scope.errorCodes ?? [];
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const capped = cappedAnswer(result.body.string, result.headers.get('content-type'), lang, answers);
      if (capped.status) res.statusCode = capped.status;
      if (capped.body !== result.body.string) outcome.codes = ['BAD_USER_INPUT'];
      res.end(capped.body);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    outcome.answeredAt = performance.now();
  }

  function serve(req: IncomingMessage, res: ServerResponse, scope: RequestScope): void {
    const { requestId } = scope;
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
      res.setHeader('access-control-expose-headers', 'x-request-id');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      healthz(app.orm, res).catch(done);
    } else if (url.pathname === '/metrics') {
      serveMetrics(req, res, metricsAllowed).catch(done);
    } else if (url.pathname === '/graphql' && wantsBrowserPage(req)) {
      // A person, not a program: a page that says what this is instead of Apollo's CSRF refusal.
      serveBrowserPage(res, langFromHeader(req.headers['accept-language']), browserPageOptions);
    } else if (url.pathname === '/graphql') {
      handleGraphql(req, res, url, scope).catch(done);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Not found. The API is at /graphql; its health at /healthz.' }));
    }
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const scope: RequestScope = { requestId: requestIdOf(req, trust) };
    // On every answer, errors and refusals included, so a client can quote it and the log be searched for it.
    res.setHeader('x-request-id', scope.requestId);
    inRequest(scope, () => serve(req, res, scope));
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
      unwatch();
      await app.stop();
    },
  };
}
