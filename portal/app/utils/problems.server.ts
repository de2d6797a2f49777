import { data } from '@remix-run/node';
import type { ApiError, ApiResult } from '../graphql/client.server';
import type { Problem } from './problems';

function problem(body: Problem, status: number, headers?: HeadersInit): never {
  throw data(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function notFound(what: 'page' | 'service' | 'region' | 'receipt' = 'page'): never {
  problem({ problem: 'notFound', what }, 404);
}

/** A request no form of ours sends (a body that is not a form, say): 400, not the 500 page. */
export function badRequest(): never {
  problem({ problem: 'badRequest' }, 400);
}

/**
 * The posted form, or the 400 page when the body is not one: undici's `formData()` throws on
 * another Content-Type or a malformed multipart body, and an action that let it would answer 500.
 */
export async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch (error) {
    // The citizen went away mid-upload: nothing to answer.
    if (request.signal.aborted) throw error;
    badRequest();
  }
}

/** Throws the page a failed API call deserves: 503 when it cannot be reached, 429 when it throttles us. */
export function apiProblem(error: ApiError): never {
  switch (error.code) {
    case 'SERVICE_UNAVAILABLE':
      return problem({ problem: 'unavailable' }, 503, { 'Retry-After': '60' });
    case 'RATE_LIMITED':
      return problem({ problem: 'rateLimited' }, 429, { 'Retry-After': String(error.retryAfterSeconds ?? 60) });
    case 'NOT_FOUND':
      return problem({ problem: 'notFound', what: 'page' }, 404);
    // Staff pages: a role or scope the API refuses (a stale link to another region, say).
    case 'FORBIDDEN':
      return problem({ problem: 'forbidden' }, 403);
    case 'BAD_USER_INPUT':
      return problem({ problem: 'badRequest' }, 400);
    default:
      return problem({ problem: 'unexpected' }, 500);
  }
}

/** The data of a read that the page cannot do without; any failure becomes the matching error page. */
export function required<T>(result: ApiResult<T>): T {
  if (!result.ok) apiProblem(result.error);
  return result.data;
}
