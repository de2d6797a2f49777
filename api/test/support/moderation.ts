import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { GraphQLResponse, TestApi } from './api.js';
import { scoresOf, submit } from './feedback.js';

/** What the moderation tests read of an item. */
export const ITEM_FIELDS = `id kind text status reportCount openReportCount submittedAt publishedAt redacted originalText hiddenBySystem
  reports { reason at open } threadTitle authorName service { slug }`;

export interface Item {
  id: string;
  kind: 'FEEDBACK_COMMENT' | 'FORUM_POST';
  text: string;
  status: 'PENDING' | 'PUBLISHED' | 'HIDDEN' | 'SPAM';
  reportCount: number;
  openReportCount: number;
  submittedAt: string;
  publishedAt: string | null;
  redacted: boolean;
  originalText: string | null;
  hiddenBySystem: boolean;
  reports: Array<{ reason: string; at: string; open: boolean }>;
  threadTitle: string | null;
  authorName: string | null;
  service: { slug: string } | null;
}

export const MODERATE = `mutation ($input: ModerateInput!) { moderate(input: $input) { ${ITEM_FIELDS} } }`;
export const MODERATE_MANY = `mutation ($input: ModerateManyInput!) { moderateMany(input: $input) { ${ITEM_FIELDS} } }`;
export const ITEM = `query ($id: ID!) { moderationItem(id: $id) { ${ITEM_FIELDS} } }`;
export const QUEUE = `query ($region: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {
  moderationQueue(regionSlug: $region, status: $status, serviceId: $serviceId, reported: $reported, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ITEM_FIELDS} } }
  }
}`;
export const LOG = `query ($itemId: ID, $region: String, $first: Int, $after: String) {
  moderationLog(itemId: $itemId, regionSlug: $region, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action reason moderator { name system } at redactedText previousText item { id kind status } } }
  }
}`;
export const REPORT = 'mutation ($id: ID!, $reason: String!) { reportContent(itemId: $id, reason: $reason) }';
export const COMMENTS = 'query ($slug: String!) { service(slug: $slug) { feedback(first: 100) { totalCount edges { node { id comment } } } } }';
export const SCORES = 'query ($slug: String!) { service(slug: $slug) { satisfaction { responseCount ikm } } }';

export interface LogEntry {
  id: string;
  action: string;
  reason: string | null;
  moderator: { name: string; system: boolean };
  at: string;
  redactedText: string | null;
  previousText: string | null;
  item: { id: string; kind: string; status: string };
}

export interface ServiceRow {
  id: string;
  slug: string;
}

/** Direct SQL for fixtures and for checking what the database holds. */
export async function sql<T = Record<string, unknown>>(api: TestApi, query: string, params: unknown[] = []): Promise<T[]> {
  return (await api.orm.em.fork().getConnection().execute(query, params)) as T[];
}

export async function servicesOf(api: TestApi, region: string): Promise<ServiceRow[]> {
  return sql<ServiceRow>(api, 'select s.id, s.slug from public_service s join region r on r.id = s.region_id where r.slug = ? order by s.slug', [region]);
}

/** A citizen's rating with a comment, through the public API (so its scores are in the rollups). */
export async function rate(api: TestApi, service: ServiceRow, comment: string | null, extra: Record<string, unknown> = {}): Promise<{ id: string; receiptCode: string }> {
  const res = await submit(api, { serviceId: service.id, scores: scoresOf(1), comment, ...extra });
  expect(res.errors).toBeUndefined();
  return { id: res.data!.submitFeedback.feedback.id, receiptCode: res.data!.submitFeedback.receiptCode };
}

/** A citizen's forum post in a new thread of the service (the forum's own API belongs to another module). */
export async function forumPost(api: TestApi, service: ServiceRow, options: { status?: string; staffAuthorEmail?: string; body?: string } = {}): Promise<string> {
  const [svc] = await sql<{ region_id: string; unit_id: string }>(api, 'select region_id, unit_id from public_service where id = ?', [service.id]);
  const thread = randomUUID();
  const post = randomUUID();
  // A thread names the unit that answers it (the service's unit).
  await sql(api, `insert into forum_thread (id, created_at, service_id, unit_id, region_id, title, author_name, last_activity_at, locked) values (?, now(), ?, ?, ?, ?, 'Wati', now(), false)`, [
    thread,
    service.id,
    svc!.unit_id,
    svc!.region_id,
    'Syarat perpanjangan izin?',
  ]);
  const staff = options.staffAuthorEmail ? (await sql<{ id: string }>(api, 'select id from staff_account where email = ?', [options.staffAuthorEmail]))[0]!.id : null;
  const status = options.status ?? 'PENDING';
  await sql(
    api,
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, staff_author_id, moderation_status, published_at, report_count)
     values (?, now(), ?, ?, ?, 'Wati', ?, ?, ${status === 'PUBLISHED' ? 'now()' : 'null'}, 0)`,
    [post, thread, svc!.region_id, options.body ?? 'Apakah perpanjangan izin bisa diurus daring?', staff, status],
  );
  return post;
}

export const codeOf = (res: GraphQLResponse): string => (res.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

/** Asks and expects no error. */
export async function ok<T>(api: TestApi, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await api.gql<T>(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** A second moderator of the region (the demo has one per region), to act at the same time as the first. */
export async function secondModerator(api: TestApi, region: string): Promise<string> {
  const email = `moderator2@${region}.test`;
  const [exists] = await sql(api, 'select 1 from staff_account where email = ?', [email]);
  if (!exists) {
    const [first] = await sql<{ password_hash: string; region_id: string }>(
      api,
      `select a.password_hash, g.region_id from staff_account a join role_grant g on g.account_id = a.id and g.role = 'MODERATOR' where a.email = ?`,
      [`moderator@${region}.demo`],
    );
    await sql(api, `insert into staff_account (id, created_at, email, name, password_hash, active) values (gen_random_uuid(), now(), ?, 'Moderator Dua', ?, true)`, [email, first!.password_hash]);
    await sql(api, `insert into role_grant (id, created_at, account_id, role, region_id) select gen_random_uuid(), now(), id, 'MODERATOR', ? from staff_account where email = ?`, [first!.region_id, email]);
  }
  return api.login(email);
}
