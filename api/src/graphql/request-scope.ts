import type { GraphQLError } from 'graphql';

export type Lang = 'id' | 'en';

export interface RequestScope {
  requestId: string;
  lang: Lang;
}

const SCOPE = Symbol('request scope');

/**
 * Per-request facts that error formatting needs but Apollo's formatError does not receive (it gets
 * no context): the request id for logs and the caller's language. An Apollo plugin (server.ts) pins
 * them on each error as Apollo meets it; formatError reads them back. An AsyncLocalStorage would do
 * the same for every promise of every request, errors or not, at a measurable cost (decision record 0008).
 */
export function pinScope(error: GraphQLError, scope: RequestScope): void {
  (error as unknown as Record<symbol, RequestScope>)[SCOPE] = scope;
}

export function scopeOf(error: unknown): RequestScope | undefined {
  return typeof error === 'object' && error !== null ? (error as Record<symbol, RequestScope | undefined>)[SCOPE] : undefined;
}

/** Indonesian unless the caller prefers English over it (Accept-Language, in q order). */
export function langFromHeader(header: string | undefined | null): Lang {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'id';
}
