import type { ApiError } from '../graphql/client.server';
import type { FieldProblem, ModerationField } from './forms';

/** The queue's filters as they stand in the address (`/staf/moderasi?wilayah=…&status=…`). */
export const QUEUE_PARAM = { region: 'wilayah', status: 'status', service: 'layanan', reported: 'dilaporkan', after: 'setelah', item: 'kiriman' } as const;

export const QUEUE_STATUSES = ['PENDING', 'PUBLISHED', 'HIDDEN', 'SPAM'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueFilters {
  status: QueueStatus | null;
  serviceId: string | null;
  reported: boolean;
  after: string | null;
}

/** The filters of the address; anything unknown reads as the default (pending items, all services). */
export function queueFilters(params: URLSearchParams): QueueFilters {
  const status = params.get(QUEUE_PARAM.status);
  const serviceId = params.get(QUEUE_PARAM.service);
  const after = params.get(QUEUE_PARAM.after);
  return {
    status: status === 'ALL' ? null : (QUEUE_STATUSES as readonly string[]).includes(status ?? '') ? (status as QueueStatus) : 'PENDING',
    serviceId: serviceId && serviceId.length <= 100 ? serviceId : null,
    reported: params.get(QUEUE_PARAM.reported) === '1',
    after: after && after.length <= 200 ? after : null,
  };
}

/** The API's name of a moderation input field, as a place in the form. */
function fieldOf(apiField: string): ModerationField | null {
  if (apiField.endsWith('reason')) return 'reason';
  if (apiField.endsWith('redactedText')) return 'redactedText';
  if (apiField.endsWith('itemIds') || apiField.endsWith('itemId')) return 'items';
  return null;
}

/** A refused moderation as problems beside the fields, or above the form; with the HTTP status. */
export function moderationProblems(error: ApiError): { status: number; problems: FieldProblem<ModerationField>[] } {
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      const problems = error.fields.map((f) => ({ field: fieldOf(f.field), message: f.message }));
      return { status: 400, problems: problems.length ? problems : [{ field: null, message: error.message }] };
    }
    case 'FORBIDDEN':
      return { status: 403, problems: [{ field: null, message: error.message }] };
    case 'NOT_FOUND':
      return { status: 404, problems: [{ field: null, message: error.message }] };
    case 'CONFLICT':
      return { status: 409, problems: [{ field: null, message: error.message }] };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, problems: [{ field: null, key: 'form.error.unavailable' }] };
    default:
      return { status: 500, problems: [{ field: null, key: 'form.error.unexpected' }] };
  }
}

/**
 * The public pages a moderation changes (a comment appears on or leaves its service page; the
 * region page lists services), to purge from the portal's page cache at once.
 */
export function pagesShowing(items: ReadonlyArray<{ service?: { slug: string; region: { slug: string } } | null }>): string[] {
  const paths = new Set<string>();
  for (const item of items) {
    if (!item.service) continue;
    paths.add(`/layanan/${item.service.slug}`);
    paths.add(`/wilayah/${item.service.region.slug}`);
  }
  return [...paths];
}

/** Where to go back to after an action: the same queue view, never anywhere else. */
export function queueReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/staf/moderasi?') || value.length > 1000) return '/staf/moderasi';
  try {
    const url = new URL(value, 'http://portal.invalid');
    if (url.origin !== 'http://portal.invalid' || url.pathname !== '/staf/moderasi') return '/staf/moderasi';
    url.searchParams.delete('selesai');
    url.searchParams.delete('jumlah');
    return `${url.pathname}${url.search}`;
  } catch {
    return '/staf/moderasi';
  }
}
