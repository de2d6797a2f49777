import { isIP } from 'node:net';
import type { AppLoadContext } from '@remix-run/node';
import type { Lang } from '../i18n';
import { langOf } from '../i18n/lang.server';
import { env } from '../utils/env.server';
import { requestIdOf } from '../../request-id.mjs';
import type { TypedDocumentString } from './generated/graphql';

/** The error codes the API promises (CONTRACT.md, Conventions); anything else is INTERNAL to us. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | 'INTERNAL';

export interface ApiFieldError {
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** Already in the caller's language: the API answers in the Accept-Language we send. */
  message: string;
  /** For BAD_USER_INPUT: the problem with each input field, to show beside it. */
  fields: ApiFieldError[];
  /** For RATE_LIMITED: how long to wait. */
  retryAfterSeconds: number | null;
  /**
   * For RATE_LIMITED over the per-network soft limit: an ALTCHA challenge (JSON) whose solution, sent
   * with the same input, is accepted instead of waiting. Null over the hard ceiling, and for any other error.
   */
  challenge: string | null;
  /** extensions.reason, e.g. PASSWORD_CHANGE_REQUIRED on a FORBIDDEN answer to a staff member who must change their password. */
  reason?: string | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** On whose behalf the portal asks: the citizen's language and network address travel with each call. */
export interface ApiCaller {
  lang: Lang;
  clientAddress: string | null;
  userAgent: string | null;
  /** Aborts the call when the citizen goes away. */
  signal: AbortSignal | null;
  /** A signed-in staff member's API token (from the portal's session cookie), sent as a bearer token. */
  token?: string | null;
  /** A paired counter kiosk's device token (the `suara_kiosk` cookie), sent as X-Kiosk-Token. */
  kioskToken?: string | null;
  /**
   * The id of the request the portal is serving (request-id.mjs), sent as X-Request-Id so that the
   * API's log lines for this page view carry it too; on the portal's own log lines below.
   */
  requestId?: string | null;
}

export function callerOf(request: Request, context: AppLoadContext | undefined): ApiCaller {
  return {
    lang: langOf(request).lang,
    clientAddress: normalizeAddress(context?.clientAddress),
    userAgent: request.headers.get('User-Agent'),
    signal: request.signal,
    requestId: requestIdOf(request),
  };
}

/** ` req=<id>` for a log line about a call made for this request, or nothing. */
export function logTag(caller: Pick<ApiCaller, 'requestId'>): string {
  return caller.requestId ? ` req=${caller.requestId}` : '';
}

/**
 * `::ffff:10.0.0.7` and `10.0.0.7` are one client; the API's per-address limits must see them as one.
 * Anything that is not an address (a trusted proxy that forwarded nonsense) is not passed on.
 */
export function normalizeAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  const normalized = mapped ? mapped[1]! : trimmed;
  return isIP(normalized) ? normalized : null;
}

type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

interface GraphqlResponseBody {
  data?: unknown;
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown; fields?: unknown; retryAfter?: unknown; proofOfWorkChallenge?: unknown; reason?: unknown } }>;
}

function failure(code: ApiErrorCode, message: string, details: Partial<Pick<ApiError, 'fields' | 'retryAfterSeconds' | 'challenge' | 'reason'>> = {}): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, fields: [], retryAfterSeconds: null, challenge: null, ...details } };
}

function isKnownCode(code: unknown): code is (typeof API_ERROR_CODES)[number] {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

function fieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: { field?: unknown; message?: unknown }) =>
    typeof f?.field === 'string' && typeof f.message === 'string' ? [{ field: f.field, message: f.message }] : [],
  );
}

/** The operation's name, for logs: the text after `query`/`mutation`. */
function operationName(document: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'anonymous';
}

/**
 * Sends one operation to the API and maps every way it can fail to an ApiResult: the API's own error
 * codes pass through; an API that cannot be reached, times out or answers 502–504 is
 * SERVICE_UNAVAILABLE; anything else (a schema drift, a bug) is INTERNAL and logged here.
 */
export async function execute<TResult, TVariables>(
  caller: ApiCaller,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<ApiResult<TResult>> {
  const { API_URL, API_TIMEOUT_MS } = env();
  const query = document.toString();
  const name = operationName(query);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': caller.lang,
  };
  // The citizen's address as this server worked it out (Express, TRUST_PROXY), as the one and only
  // hop: the API believes it because we are among its TRUST_PROXY (loopback by default, when the
  // portal runs beside it), and nothing the citizen wrote in their own X-Forwarded-For is passed on.
  if (caller.clientAddress) headers['X-Forwarded-For'] = caller.clientAddress;
  // Abuse signals in the API look at the citizen's browser, not at Node's fetch.
  if (caller.userAgent) headers['User-Agent'] = caller.userAgent;
  if (caller.token) headers.Authorization = `Bearer ${caller.token}`;
  if (caller.kioskToken) headers['X-Kiosk-Token'] = caller.kioskToken;
  if (caller.requestId) headers['X-Request-Id'] = caller.requestId;

  const timeout = AbortSignal.timeout(API_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(API_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: caller.signal ? AbortSignal.any([caller.signal, timeout]) : timeout,
    });
  } catch (error) {
    // The citizen left: nothing to render, let Remix see the abort.
    if (caller.signal?.aborted) throw error;
    console.warn(`[api] ${name}${logTag(caller)}: API unreachable at ${API_URL}: ${error instanceof Error ? (error.cause ?? error.message) : String(error)}`);
    return failure('SERVICE_UNAVAILABLE', 'API unreachable');
  }

  // A proxy in front of the API may answer with HTML; that is "no GraphQL body", not a crash.
  const body = (await response.json().catch(() => null)) as GraphqlResponseBody | null;
  if (body === null && caller.signal?.aborted) throw caller.signal.reason;
  if (body === null && timeout.aborted) {
    console.warn(`[api] ${name}${logTag(caller)}: API stopped answering mid-response (after ${API_TIMEOUT_MS} ms)`);
    return failure('SERVICE_UNAVAILABLE', 'API too slow');
  }

  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    const message = typeof first.message === 'string' ? first.message : '';
    if (isKnownCode(code)) {
      const retryAfter = Number(first.extensions?.retryAfter);
      const challenge = first.extensions?.proofOfWorkChallenge;
      return failure(code, message, {
        fields: fieldErrors(first.extensions?.fields),
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
        // Only a limit can be lifted by a proof of work; on any other code the field means nothing to us.
        challenge: code === 'RATE_LIMITED' && typeof challenge === 'string' && challenge !== '' ? challenge : null,
        // Only when the API gave one (PASSWORD_CHANGE_REQUIRED), so other errors keep their shape.
        ...(typeof first.extensions?.reason === 'string' ? { reason: first.extensions.reason } : {}),
      });
    }
    console.error(`[api] ${name}${logTag(caller)}: ${String(code ?? 'no code')}: ${message}`);
    return failure('INTERNAL', message);
  }
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return failure('SERVICE_UNAVAILABLE', `API answered ${response.status}`);
  }
  if (!response.ok || !body || body.data == null) {
    console.error(`[api] ${name}${logTag(caller)}: unexpected answer (HTTP ${response.status})`);
    return failure('INTERNAL', `API answered ${response.status}`);
  }
  return { ok: true, data: body.data as TResult };
}
