import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { isUuid } from '../../common/ids.js';
import { ForumPostView, ForumThreadView } from './forum.types.js';

/**
 * What the public reads of the forum: threads whose opening question is published, and their
 * published posts. Plain SQL into read models; every list reachable from a list is a DataLoader that
 * reads the pages of all its parents in one windowed query.
 */

/** A cursor position as PostgreSQL holds it (microseconds), so that paging never skips a row. */
const cursorAt = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The thread `t` is public: its first post (the question) is published. */
export const THREAD_PUBLIC = `(select op.moderation_status from forum_post op where op.thread_id = t.id order by op.created_at, op.id limit 1) = 'PUBLISHED'`;

/** Published posts of the thread `id`: how many, and when the last citizen's and the last official one were published. */
export const threadStats = (id: string) => `left join lateral (
    select count(*)::int as post_count,
           max(p.published_at) filter (where p.official_unit_id is null) as last_citizen_at,
           max(p.published_at) filter (where p.official_unit_id is not null) as last_official_at
    from forum_post p where p.thread_id = ${id} and p.moderation_status = 'PUBLISHED') stats on true`;

/** Answered: the unit wrote, and no citizen wrote after it. */
export const answeredOf = (row: { last_citizen_at: string | Date | null; last_official_at: string | Date | null }) =>
  row.last_official_at !== null && (row.last_citizen_at === null || new Date(row.last_official_at) >= new Date(row.last_citizen_at));

interface ThreadRow {
  id: string;
  title: string;
  author_name: string;
  service_id: string | null;
  unit_id: string;
  region_id: string;
  created_at: string | Date;
  last_activity_at: string | Date;
  locked: boolean;
  cursor_at: string;
  post_count: number | null;
  last_citizen_at: string | Date | null;
  last_official_at: string | Date | null;
  part: string;
  total: number;
}

type ThreadNode = ForumThreadView & { cursorAt: string };

function toThread(r: ThreadRow): ThreadNode {
  return Object.assign(new ForumThreadView(), {
    id: r.id,
    title: r.title,
    authorName: r.author_name,
    serviceId: r.service_id,
    unitId: r.unit_id,
    regionId: r.region_id,
    createdAt: new Date(r.created_at),
    lastActivityAt: new Date(r.last_activity_at),
    postCount: r.post_count ?? 0,
    locked: r.locked,
    answered: answeredOf(r),
    cursorAt: r.cursor_at,
  });
}

export interface ThreadFilter {
  regionId?: string | null;
  serviceId?: string | null;
  unitId?: string | null;
}

/**
 * Pages of public threads, latest activity first, for each value of `partition` (a column of
 * forum_thread, or null for one list) among `ids`, with `filter` applied: one query (and a count
 * after a cursor).
 */
async function threadPages(
  em: EntityManager,
  partition: 'service_id' | 'unit_id' | null,
  ids: string[],
  filter: ThreadFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Map<string, ConnectionShape<ForumThreadView>>> {
  const size = pageSize(first);
  const part = partition ? `t.${partition}::text` : `'all'`;
  const where = [THREAD_PUBLIC];
  const params: unknown[] = [];
  if (partition) {
    where.push(`t.${partition} in (?)`);
    params.push(ids);
  }
  for (const [column, value] of [['region_id', filter.regionId], ['service_id', filter.serviceId], ['unit_id', filter.unitId]] as const) {
    if (!value) continue;
    where.push(`t.${column} = ?`);
    params.push(value);
  }
  const countParams = [...params];
  let keyset = '';
  if (after) {
    const [at, id] = decodeCursor(after, ['timestamp', 'uuid'] as const);
    keyset = 'and (t.last_activity_at, t.id) < (?::timestamptz, ?::uuid)';
    params.push(at, id);
  }
  const [rows, counts] = await Promise.all([
    em.execute<ThreadRow[]>(
      `select page.*, stats.* from (
         select t.id, t.title, t.author_name, t.service_id, t.unit_id, t.region_id, t.created_at, t.last_activity_at, t.locked,
                ${cursorAt('t.last_activity_at')} as cursor_at, ${part} as part,
                row_number() over (partition by ${part} order by t.last_activity_at desc, t.id desc) as rn,
                count(*) over (partition by ${part})::int as total
         from forum_thread t where ${where.join(' and ')} ${keyset}) page
       ${threadStats('page.id')}
       where page.rn <= ? order by page.part, page.rn`,
      [...params, size + 1],
    ),
    after
      ? em.execute<Array<{ part: string; n: number }>>(`select ${part} as part, count(*)::int as n from forum_thread t where ${where.join(' and ')} group by 1`, countParams)
      : Promise.resolve(null),
  ]);
  const byPart = new Map<string, ThreadNode[]>();
  const total = new Map<string, number>();
  for (const r of rows) {
    byPart.set(r.part, [...(byPart.get(r.part) ?? []), toThread(r)]);
    total.set(r.part, r.total);
  }
  if (counts) for (const c of counts) total.set(c.part, c.n);
  const out = new Map<string, ConnectionShape<ForumThreadView>>();
  for (const id of partition ? ids : ['all']) {
    out.set(id, toConnection(byPart.get(id) ?? [], size, total.get(id) ?? 0, (n) => [(n as ThreadNode).cursorAt, n.id]));
  }
  return out;
}

/** The public threads, latest activity first, narrowed by region, service and unit. */
export async function forumThreads(em: EntityManager, filter: ThreadFilter, first: number | null | undefined, after: string | null | undefined) {
  return (await threadPages(em, null, [], filter, first, after)).get('all')!;
}

/** One public thread, or null (unknown, or its question not yet published). */
export async function forumThread(em: EntityManager, id: string): Promise<ForumThreadView | null> {
  if (!isUuid(id)) return null;
  const [row] = await em.execute<ThreadRow[]>(
    `select t.id, t.title, t.author_name, t.service_id, t.unit_id, t.region_id, t.created_at, t.last_activity_at, t.locked,
            ${cursorAt('t.last_activity_at')} as cursor_at, stats.*
     from forum_thread t ${threadStats('t.id')} where t.id = ? and ${THREAD_PUBLIC}`,
    [id.toLowerCase()],
  );
  return row ? toThread(row) : null;
}

interface PageKey {
  id: string;
  first: number | null | undefined;
  after: string | null | undefined;
}
const pageKey = (k: PageKey) => `${k.id}|${k.first ?? ''}|${k.after ?? ''}`;

/** Batches keys by (first, after) and answers each group with one call of `load`. */
function groupedLoader<T>(load: (ids: string[], first: number | null | undefined, after: string | null | undefined) => Promise<Map<string, T>>) {
  return new DataLoader<PageKey, T, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const g = `${key.first ?? ''}|${key.after ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      const out = new Map<string, T>();
      for (const group of groups.values()) {
        const pages = await load([...new Set(group.map((k) => k.id))], group[0]!.first, group[0]!.after);
        for (const key of group) out.set(pageKey(key), pages.get(key.id)!);
      }
      return keys.map((k) => out.get(pageKey(k))!);
    },
    { cacheKeyFn: pageKey },
  );
}

/** Public threads of many services (or units) at once. */
export function threadsLoader(em: () => EntityManager, by: 'service_id' | 'unit_id') {
  return groupedLoader((ids, first, after) => threadPages(em(), by, ids, {}, first, after));
}

interface PostRow {
  id: string;
  thread_id: string;
  body: string;
  author_name: string;
  created_at: string | Date;
  published_at: string | Date | null;
  official_unit_id: string | null;
  redacted: boolean;
  cursor_at: string;
  total: number;
}

/** Published posts of many threads at once, oldest publication first. */
export function postsLoader(em: () => EntityManager) {
  return groupedLoader(async (ids, first, after) => {
    const size = pageSize(first);
    const params: unknown[] = [ids];
    let keyset = '';
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid'] as const);
      keyset = 'and (coalesce(p.published_at, p.created_at), p.id) > (?::timestamptz, ?::uuid)';
      params.push(at, id);
    }
    const published = `p.thread_id in (?) and p.moderation_status = 'PUBLISHED'`;
    const [rows, counts] = await Promise.all([
      em().execute<PostRow[]>(
        `select page.* from (
           select p.id, p.thread_id, coalesce(p.redacted_body, p.body) as body, p.author_name, p.created_at, p.published_at,
                  p.official_unit_id, p.redacted_body is not null as redacted, ${cursorAt('coalesce(p.published_at, p.created_at)')} as cursor_at,
                  row_number() over (partition by p.thread_id order by coalesce(p.published_at, p.created_at), p.id) as rn,
                  count(*) over (partition by p.thread_id)::int as total
           from forum_post p where ${published} ${keyset}) page
         where page.rn <= ? order by page.thread_id, page.rn`,
        [...params, size + 1],
      ),
      after
        ? em().execute<Array<{ thread_id: string; n: number }>>(`select p.thread_id, count(*)::int as n from forum_post p where ${published} group by 1`, [ids])
        : Promise.resolve(null),
    ]);
    const byThread = new Map<string, Array<ForumPostView & { cursorAt: string }>>();
    const total = new Map<string, number>();
    for (const r of rows) {
      const post = Object.assign(new ForumPostView(), {
        id: r.id,
        threadId: r.thread_id,
        body: r.body,
        authorName: r.author_name,
        createdAt: new Date(r.created_at),
        publishedAt: r.published_at ? new Date(r.published_at) : null,
        official: r.official_unit_id !== null,
        officialUnitId: r.official_unit_id,
        edited: r.redacted,
        cursorAt: r.cursor_at,
      });
      byThread.set(r.thread_id, [...(byThread.get(r.thread_id) ?? []), post]);
      total.set(r.thread_id, r.total);
    }
    if (counts) for (const c of counts) total.set(c.thread_id, c.n);
    const out = new Map<string, ConnectionShape<ForumPostView>>();
    for (const id of ids) out.set(id, toConnection(byThread.get(id) ?? [], size, total.get(id) ?? 0, (n) => [(n as ForumPostView & { cursorAt: string }).cursorAt, n.id]));
    return out;
  });
}
