import type { ApiError } from '../graphql/client.server';
import type { FieldProblem } from './forms';

export const INBOX_STATUSES = ['UNANSWERED', 'ANSWERED', 'PENDING_MODERATION'] as const;
export type InboxTab = (typeof INBOX_STATUSES)[number];

export const INBOX_PARAM = { status: 'status', unit: 'unit', after: 'setelah' } as const;

export function inboxFilters(params: URLSearchParams): { status: InboxTab; unitId: string | null; after: string | null } {
  const status = params.get(INBOX_PARAM.status);
  const unitId = params.get(INBOX_PARAM.unit);
  const after = params.get(INBOX_PARAM.after);
  return {
    status: (INBOX_STATUSES as readonly string[]).includes(status ?? '') ? (status as InboxTab) : 'UNANSWERED',
    unitId: unitId && unitId.length <= 100 ? unitId : null,
    after: after && after.length <= 200 ? after : null,
  };
}

/** A refused answer: the API's problem with the text beside it, anything else above the form. */
export function answerProblems(error: ApiError): { status: number; problems: FieldProblem<'body'>[] } {
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      const problems = error.fields.map((f) => ({ field: f.field === 'body' ? ('body' as const) : null, message: f.message }));
      return { status: 400, problems: problems.length ? problems : [{ field: 'body', message: error.message }] };
    }
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'RATE_LIMITED':
      return { status: error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : error.code === 'CONFLICT' ? 409 : 429, problems: [{ field: null, message: error.message }] };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, problems: [{ field: null, key: 'form.error.unavailable' }] };
    default:
      return { status: 500, problems: [{ field: null, key: 'form.error.unexpected' }] };
  }
}

/** Back to the same inbox view after answering, and nowhere else. */
export function inboxReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/staf/kotak-masuk') || value.length > 1000) return '/staf/kotak-masuk';
  try {
    const url = new URL(value, 'http://portal.invalid');
    if (url.origin !== 'http://portal.invalid' || url.pathname !== '/staf/kotak-masuk') return '/staf/kotak-masuk';
    url.searchParams.delete('terjawab');
    return `${url.pathname}${url.search}`;
  } catch {
    return '/staf/kotak-masuk';
  }
}
