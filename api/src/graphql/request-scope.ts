import { AsyncLocalStorage } from 'node:async_hooks';

export type Lang = 'id' | 'en';

interface RequestScope {
  requestId: string;
  lang: Lang;
}

/**
 * Per-request facts that error formatting needs but Apollo's formatError does not receive
 * (it gets no context): the request id for logs and the caller's language.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

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
