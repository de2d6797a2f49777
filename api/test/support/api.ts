import { inject } from 'vitest';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config.js';
import { configuredPool, createOrm } from '../../src/db/database.js';
import { createAppServices, type AppServices } from '../../src/app-services.js';
import { setLogLevel } from '../../src/common/logger.js';
import { createApiServer, type ApiServer } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  lang?: string;
  /** Pretend to be this client (the API trusts X-Forwarded-For from a loopback peer, like the portal). */
  clientIp?: string;
  headers?: Record<string, string>;
}

export interface TestApi {
  url: string;
  origin: string;
  orm: MikroORM;
  /** The process-wide parts (catalogue, read cache, limits) of this API. */
  app: AppServices;
  server: ApiServer;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** One GraphQL request over HTTP, as a client sends it (token, language, the address a proxy forwards). */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.lang) headers['accept-language'] = options.lang;
  if (options.clientIp) headers['x-forwarded-for'] = options.clientIp;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: res.status, headers: res.headers, ...body };
}

/**
 * The real API over real HTTP on a random port, against the run's test database. Environment
 * overrides (e.g. a rate limit) can be given per test file.
 */
export async function startTestApi(env: Record<string, string> = {}, ormOverrides: Partial<Options> = {}): Promise<TestApi> {
  setLogLevel('silent');
  const databaseUrl = inject('databaseUrl');
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SUARA_REPORT_REVISION_MINUTES: '0', ...env });
  const orm = await createOrm(databaseUrl, { ...configuredPool(config), ...ormOverrides });
  const app = await createAppServices(config, orm);
  // Catalogue notifications must be flowing before a test changes the catalogue behind the API's back.
  await app.listening;
  const server = await createApiServer(app);
  const port = await server.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;

  const gql = <T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => postGraphql<T>(url, query, variables, options);

  return {
    url,
    origin,
    orm,
    app,
    server,
    gql,
    async login(email, password = 'suara-demo') {
      const res = await gql<{ login: { token: string } }>(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async close() {
      await server.close();
      await orm.close(true);
    },
  };
}

/** The four regions of the demo world (CONTRACT.md, "Demo data"). */
export const DEMO_REGION_SLUGS = ['kupang', 'mamuju', 'mataram', 'sawahlunto'] as const;

/**
 * Whether a `{ regions { slug } }` answer holds the four demo regions: what "still serving an
 * ordinary question" means. Not "exactly four": tests running at the same time on the shared test
 * database may hold regions of their own for a moment (open data, the admin catalogue).
 */
export function hasDemoRegions(regions: ReadonlyArray<{ slug: string }> | null | undefined): boolean {
  const slugs = new Set((regions ?? []).map((r) => r.slug));
  return DEMO_REGION_SLUGS.every((slug) => slugs.has(slug));
}
