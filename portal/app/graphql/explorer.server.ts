import type { AppLoadContext } from '@remix-run/node';
import { csrfMatches, getSession, tokenExpired } from '../staff/session.server';
import { EXPLORER_CSRF_HEADER } from '../graphql-explorer/endpoint';
import { env } from '../utils/env.server';
import { callerOf, execute, logTag, type ApiCaller } from './client.server';
import { graphql } from './generated';

/**
 * The GraphQL explorer's server side (decision record 0023): its page is open to signed-in staff, and
 * to everyone when the portal runs the demo; what it sends goes through `forwardToApi`, as the staff
 * member (their session's API token) or, in the demo only, as whoever the explorer's own
 * Authorization header names.
 */


/**
 * Whether this portal serves the demo: SUARA_DEMO=1|true, set by `pnpm start` when its API loads the
 * demo world. Unset means no: a production portal never opens the explorer to anonymous visitors by
 * accident (the API's own default, demo on an embedded database, is not visible from here).
 */
export function demoMode(environment: Record<string, string | undefined> = process.env): boolean {
  const value = environment.SUARA_DEMO?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

/** Who the explorer calls the API as: the signed-in staff member, else nobody (and, in the demo, the token the explorer sent). */
export interface ExplorerViewer {
  token: string | null;
  csrf: string | null;
}

/** The session's API token and CSRF token, when a staff member is signed in and the token is still good. */
export async function explorerViewer(request: Request): Promise<ExplorerViewer> {
  const session = await getSession(request);
  const token = session.get('token');
  const csrf = session.get('csrf');
  if (!token || !csrf || tokenExpired(session.get('expiresAt'))) return { token: null, csrf: null };
  return { token, csrf };
}

/** A GraphQL answer with one error, in the shape GraphiQL shows (the API's own codes). */
export function graphqlError(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * What a POST to the forwarding route may do: the staff member's token (CSRF header checked), or,
 * in the demo, the Authorization header the explorer sent (a token from `login`) or none. Outside the
 * demo, without a session: 401. The edge (security.mjs) has already refused other sites' posts and
 * bodies over 64 KiB.
 */
export async function explorerAuthorization(request: Request, demo = demoMode()): Promise<{ ok: true; authorization: string | null } | { ok: false; response: Response }> {
  const viewer = await explorerViewer(request);
  if (viewer.token) {
    if (!csrfMatches(viewer.csrf, request.headers.get(EXPLORER_CSRF_HEADER))) {
      return { ok: false, response: graphqlError(403, 'FORBIDDEN', 'The explorer page is out of date: reload it.') };
    }
    return { ok: true, authorization: `Bearer ${viewer.token}` };
  }
  if (!demo) return { ok: false, response: graphqlError(401, 'UNAUTHENTICATED', 'Sign in again to use the explorer.') };
  const sent = request.headers.get('Authorization');
  return { ok: true, authorization: sent && /^Bearer [A-Za-z0-9._~+/=-]{1,2048}$/.test(sent) ? sent : null };
}

/**
 * Sends the explorer's request body, unchanged, to the API and passes its answer back: the API's
 * own operation limits, cost, timeouts, answer size and authorization apply as to any client. The
 * citizen's address and language travel as with every portal call (client.server.ts).
 */
export async function forwardToApi(request: Request, context: AppLoadContext | undefined, authorization: string | null): Promise<Response> {
  if (!/^application\/json\b/i.test(request.headers.get('Content-Type') ?? '')) {
    return graphqlError(415, 'BAD_USER_INPUT', 'Send the operation as JSON.');
  }
  const body = await request.text();
  const { API_URL, API_TIMEOUT_MS } = env();
  const caller = callerOf(request, context);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': caller.lang,
  };
  if (caller.clientAddress) headers['X-Forwarded-For'] = caller.clientAddress;
  if (caller.userAgent) headers['User-Agent'] = caller.userAgent;
  if (authorization) headers.Authorization = authorization;
  if (caller.requestId) headers['X-Request-Id'] = caller.requestId;
  let answer: Response;
  try {
    answer = await fetch(API_URL, { method: 'POST', headers, body, signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]) });
  } catch (error) {
    if (request.signal.aborted) throw error;
    console.warn(`[api] explorer${logTag(caller)}: API unreachable at ${API_URL}: ${error instanceof Error ? (error.cause ?? error.message) : String(error)}`);
    return graphqlError(503, 'SERVICE_UNAVAILABLE', 'The API cannot be reached right now; try again in a minute.');
  }
  const text = await answer.text();
  const out = new Headers({ 'Content-Type': answer.headers.get('Content-Type') ?? 'application/json', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
  const retryAfter = answer.headers.get('Retry-After');
  if (retryAfter) out.set('Retry-After', retryAfter);
  return new Response(text, { status: answer.status, headers: out });
}

const explorerStartQuery = graphql(`
  query ExplorerStart($regionSlug: String!) {
    developmentNeeds(regionSlug: $regionSlug, first: 20) {
      unit {
        id
      }
      suggestedPrograms {
        id
        measuredImpact
      }
    }
  }
`);

/** Ids the saved operations that need one can start with: the top need's unit, a program with a measured impact. */
export interface ExampleIds {
  unitId: string | null;
  programId: string | null;
}

/**
 * For HR of a region: real ids to fill the examples' variables with, so that every tab runs as it
 * opens. Nothing (the placeholders stay) when the API refuses or cannot answer: the explorer still opens.
 */
export async function exampleIds(caller: ApiCaller, regionSlug: string): Promise<ExampleIds> {
  const result = await execute(caller, explorerStartQuery, { regionSlug });
  if (!result.ok) return { unitId: null, programId: null };
  const needs = result.data.developmentNeeds;
  const programs = needs.flatMap((need) => need.suggestedPrograms);
  return {
    unitId: needs[0]?.unit.id ?? null,
    programId: (programs.find((program) => program.measuredImpact !== null) ?? programs[0])?.id ?? null,
  };
}
