import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import {
  COMMENTS,
  ITEM,
  LOG,
  MODERATE,
  MODERATE_MANY,
  QUEUE,
  SCORES,
  codeOf,
  forumPost,
  ok,
  rate,
  secondModerator,
  servicesOf,
  sql,
  type Item,
  type LogEntry,
  type ServiceRow,
} from '../support/moderation.js';

let api: TestApi;
let moderator: string;
let otherModerator: string;
let admin: string;
let kupangModerator: string;
let services: ServiceRow[];
let service: ServiceRow;

beforeAll(async () => {
  // A long-lived read cache: what the public sees right after an action proves the action's `touch`.
  api = await startTestApi({ SUARA_READ_CACHE_MS: '60000' });
  moderator = await api.login('moderator@sawahlunto.demo');
  kupangModerator = await api.login('moderator@kupang.demo');
  admin = await api.login('admin@suara.demo');
  // A second moderator of Sawahlunto, to act at the same time as the first.
  otherModerator = await secondModerator(api, 'sawahlunto');
  services = await servicesOf(api, 'sawahlunto');
  service = services[0]!;
});
afterAll(async () => {
  await api.close();
});

const act = (token: string, input: Record<string, unknown>) => api.gql<{ moderate: Item }>(MODERATE, { input }, { token });
const publicComments = async (slug: string) => (await ok<{ service: { feedback: { edges: Array<{ node: { id: string; comment: string } }> } } }>(api, COMMENTS, { slug })).service.feedback.edges.map((e) => e.node);
const logOf = async (itemId: string, token = moderator) => (await ok<{ moderationLog: { totalCount: number; edges: Array<{ node: LogEntry }> } }>(api, LOG, { itemId }, token)).moderationLog;
const scores = async (slug: string) => (await ok<{ service: { satisfaction: { responseCount: number; ikm: number | null } } }>(api, SCORES, { slug })).service.satisfaction;

describe('moderating a comment', () => {
  it('publishes a comment on the service page at once when a moderator approves it, and logs who did', async () => {
    const { id } = await rate(api, service, 'Petugas loket sangat membantu, terima kasih.');
    expect((await publicComments(service.slug)).map((c) => c.id)).not.toContain(id);

    const res = await act(moderator, { itemId: id, action: 'APPROVE' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moderate).toMatchObject({ id, kind: 'FEEDBACK_COMMENT', status: 'PUBLISHED', text: 'Petugas loket sangat membantu, terima kasih.', service: { slug: service.slug } });
    expect(res.data!.moderate.publishedAt).not.toBeNull();
    // Through the public API and its read cache: the moderator's own process shows it at once.
    expect((await publicComments(service.slug)).find((c) => c.id === id)?.comment).toBe('Petugas loket sangat membantu, terima kasih.');

    const log = await logOf(id);
    expect(log.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ action: 'APPROVE', reason: null, moderator: { name: expect.any(String), system: false }, item: { id, kind: 'FEEDBACK_COMMENT', status: 'PUBLISHED' } }),
    ]);
    expect(log.edges[0]!.node.moderator.name).not.toBe('Sistem');
  });

  it('takes a comment off the service page at once when a moderator hides it, with the reason in the log', async () => {
    const { id } = await rate(api, service, 'Komentar yang nanti disembunyikan.');
    await ok(api, MODERATE, { input: { itemId: id, action: 'APPROVE' } }, moderator);
    const firstPublished = (await ok<{ moderationItem: Item }>(api, ITEM, { id }, moderator)).moderationItem.publishedAt;
    expect((await publicComments(service.slug)).map((c) => c.id)).toContain(id);

    const noReason = await act(moderator, { itemId: id, action: 'HIDE' });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const hidden = await act(moderator, { itemId: id, action: 'HIDE', reason: 'Bahasa kasar.' });
    expect(hidden.data!.moderate.status).toBe('HIDDEN');
    expect((await publicComments(service.slug)).map((c) => c.id)).not.toContain(id);

    const restored = await act(moderator, { itemId: id, action: 'RESTORE', reason: 'Ternyata tidak melanggar.' });
    expect(restored.data!.moderate).toMatchObject({ status: 'PUBLISHED', publishedAt: firstPublished });
    expect((await publicComments(service.slug)).map((c) => c.id)).toContain(id);

    const log = await logOf(id);
    expect(log.edges.map((e) => [e.node.action, e.node.reason])).toEqual([
      ['RESTORE', 'Ternyata tidak melanggar.'],
      ['HIDE', 'Bahasa kasar.'],
      ['APPROVE', null],
    ]);
  });

  it('shows the redacted text to the public and keeps the original only in the log', async () => {
    const original = 'Petugas bernama Budi (0812-3456-7890) meminta uang tambahan.';
    const { id } = await rate(api, service, original);
    await ok(api, MODERATE, { input: { itemId: id, action: 'APPROVE' } }, moderator);

    expect(codeOf(await act(moderator, { itemId: id, action: 'REDACT', reason: 'Data pribadi.' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act(moderator, { itemId: id, action: 'REDACT', reason: 'Data pribadi.', redactedText: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act(moderator, { itemId: id, action: 'REDACT', redactedText: 'Petugas [nama] meminta uang tambahan.' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act(moderator, { itemId: id, action: 'REDACT', reason: 'Data pribadi.', redactedText: 'x'.repeat(2001) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act(moderator, { itemId: id, action: 'HIDE', reason: 'x', redactedText: 'y' }))).toBe('BAD_USER_INPUT');

    const res = await act(moderator, { itemId: id, action: 'REDACT', reason: 'Data pribadi.', redactedText: 'Petugas [nama] ([nomor]) meminta uang tambahan.' });
    expect(res.data!.moderate).toMatchObject({ status: 'PUBLISHED', redacted: true, text: 'Petugas [nama] ([nomor]) meminta uang tambahan.', originalText: original });

    const shown = (await publicComments(service.slug)).find((c) => c.id === id);
    expect(shown?.comment).toBe('Petugas [nama] ([nomor]) meminta uang tambahan.');
    const everything = JSON.stringify(await api.gql(COMMENTS, { slug: service.slug }));
    expect(everything).not.toContain('0812-3456-7890');

    const [entry] = (await logOf(id)).edges.map((e) => e.node);
    expect(entry).toMatchObject({ action: 'REDACT', reason: 'Data pribadi.', redactedText: 'Petugas [nama] ([nomor]) meminta uang tambahan.', previousText: original });
  });

  it('lets a moderator hide personal data before approving, so the original is never public', async () => {
    const original = 'NIK saya 5271014101900002, tolong dipercepat.';
    const { id } = await rate(api, service, original);
    const redacted = await act(moderator, { itemId: id, action: 'REDACT', reason: 'NIK.', redactedText: 'NIK saya [disamarkan], tolong dipercepat.' });
    expect(redacted.data!.moderate).toMatchObject({ status: 'PENDING', redacted: true, publishedAt: null });
    expect((await publicComments(service.slug)).map((c) => c.id)).not.toContain(id);
    await ok(api, MODERATE, { input: { itemId: id, action: 'APPROVE' } }, moderator);
    expect((await publicComments(service.slug)).find((c) => c.id === id)?.comment).toBe('NIK saya [disamarkan], tolong dipercepat.');
    expect(JSON.stringify(await api.gql(COMMENTS, { slug: service.slug }))).not.toContain('5271014101900002');
    expect((await logOf(id)).edges.map((e) => [e.node.action, e.node.previousText])).toEqual([
      ['APPROVE', null],
      ['REDACT', original],
    ]);
  });

  it('takes a spam rating out of every score at once, and puts it back when restored', async () => {
    const slug = services[1]!.slug;
    const before = await scores(slug);
    const { id } = await rate(api, services[1]!, 'Jual pulsa murah, hubungi kami!');
    const counted = await scores(slug);
    expect(counted.responseCount).toBe(before.responseCount + 1);

    expect(codeOf(await act(moderator, { itemId: id, action: 'MARK_SPAM' }))).toBe('BAD_USER_INPUT');
    const spam = await act(moderator, { itemId: id, action: 'MARK_SPAM', reason: 'Promosi.' });
    expect(spam.data!.moderate.status).toBe('SPAM');
    expect(await scores(slug)).toEqual(before);
    const [row] = await sql<{ spam: boolean }>(api, 'select spam from feedback where id = ?', [id]);
    expect(row!.spam).toBe(true);

    // A second MARK_SPAM cannot take it out twice.
    expect(codeOf(await act(otherModerator, { itemId: id, action: 'MARK_SPAM', reason: 'Promosi.' }))).toBe('CONFLICT');
    expect(await scores(slug)).toEqual(before);

    const restored = await act(moderator, { itemId: id, action: 'RESTORE', reason: 'Bukan spam.' });
    expect(restored.data!.moderate.status).toBe('PUBLISHED');
    expect(await scores(slug)).toEqual(counted);
    expect((await sql<{ spam: boolean }>(api, 'select spam from feedback where id = ?', [id]))[0]!.spam).toBe(false);

    expect((await logOf(id)).edges.map((e) => [e.node.action, e.node.reason])).toEqual([
      ['RESTORE', 'Bukan spam.'],
      ['MARK_SPAM', 'Promosi.'],
    ]);
    // The rollups agree with the raw rows after all this.
    const [raw] = await sql<{ n: number }>(api, `select count(*)::int as n from feedback where service_id = ? and not spam`, [services[1]!.id]);
    expect(counted.responseCount).toBe(raw!.n);
  });

  it('refuses impossible transitions with a clear conflict', async () => {
    const { id } = await rate(api, service, 'Antrean tertib.');
    const hide = await api.gql(MODERATE, { input: { itemId: id, action: 'RESTORE', reason: 'x' } }, { token: moderator, lang: 'en' });
    expect(codeOf(hide)).toBe('CONFLICT');
    expect(hide.errors![0]!.message).toMatch(/Cannot restore an item that is waiting for moderation/);
    await ok(api, MODERATE, { input: { itemId: id, action: 'APPROVE' } }, moderator);
    expect(codeOf(await act(moderator, { itemId: id, action: 'APPROVE' }))).toBe('CONFLICT');
    await ok(api, MODERATE, { input: { itemId: id, action: 'HIDE', reason: 'uji' } }, moderator);
    expect(codeOf(await act(moderator, { itemId: id, action: 'HIDE', reason: 'uji' }))).toBe('CONFLICT');
    expect((await logOf(id)).totalCount).toBe(2);
  });

  it('lets only moderators of the item’s region act on it', async () => {
    const { id } = await rate(api, service, 'Ruang tunggu nyaman.');
    expect(codeOf(await act(kupangModerator, { itemId: id, action: 'APPROVE' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ITEM, { id }, { token: kupangModerator }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(MODERATE, { input: { itemId: id, action: 'APPROVE' } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await act(moderator, { itemId: '00000000-0000-4000-8000-000000000000', action: 'APPROVE' }))).toBe('NOT_FOUND');
    expect((await act(admin, { itemId: id, action: 'APPROVE' })).data!.moderate.status).toBe('PUBLISHED');
  });
});

describe('moderating forum posts', () => {
  it('approves a pending forum post and shows it with its thread', async () => {
    const id = await forumPost(api, service);
    const res = await act(moderator, { itemId: id, action: 'APPROVE' });
    expect(res.data!.moderate).toMatchObject({ kind: 'FORUM_POST', status: 'PUBLISHED', threadTitle: 'Syarat perpanjangan izin?', authorName: 'Wati', service: { slug: service.slug } });
    const [row] = await sql<{ moderation_status: string; published_at: Date | null }>(api, 'select moderation_status, published_at from forum_post where id = ?', [id]);
    expect(row).toMatchObject({ moderation_status: 'PUBLISHED' });
    expect(row!.published_at).not.toBeNull();
  });

  it('refuses to let a moderator moderate their own forum post', async () => {
    const own = await forumPost(api, service, { status: 'PUBLISHED', staffAuthorEmail: 'moderator@sawahlunto.demo' });
    const res = await act(moderator, { itemId: own, action: 'HIDE', reason: 'Salah jawab.' });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await sql<{ moderation_status: string }>(api, 'select moderation_status from forum_post where id = ?', [own]))[0]!.moderation_status).toBe('PUBLISHED');
    // Another moderator of the region may.
    expect((await act(otherModerator, { itemId: own, action: 'HIDE', reason: 'Salah jawab.' })).data!.moderate.status).toBe('HIDDEN');
  });

  it('redacts a forum post for the public and keeps the original for the log', async () => {
    const id = await forumPost(api, service, { status: 'PUBLISHED', body: 'Hubungi saya di 0813-1111-2222 ya.' });
    const res = await act(moderator, { itemId: id, action: 'REDACT', reason: 'Nomor telepon.', redactedText: 'Hubungi saya di [nomor] ya.' });
    expect(res.data!.moderate).toMatchObject({ text: 'Hubungi saya di [nomor] ya.', originalText: 'Hubungi saya di 0813-1111-2222 ya.', redacted: true });
    const [row] = await sql<{ body: string; redacted_body: string }>(api, 'select body, redacted_body from forum_post where id = ?', [id]);
    expect(row).toEqual({ body: 'Hubungi saya di 0813-1111-2222 ya.', redacted_body: 'Hubungi saya di [nomor] ya.' });
  });
});

describe('bulk moderation', () => {
  it('approves many items at once, comments and forum posts together, one log entry each', async () => {
    const comments = await Promise.all([1, 2, 3].map((i) => rate(api, service, `Komentar massal ${i}.`)));
    const post = await forumPost(api, service);
    const ids = [...comments.map((c) => c.id), post];
    const res = await api.gql<{ moderateMany: Item[] }>(MODERATE_MANY, { input: { itemIds: ids, action: 'APPROVE' } }, { token: moderator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moderateMany.map((i) => [i.id, i.status])).toEqual(ids.map((id) => [id, 'PUBLISHED']));
    const shown = (await publicComments(service.slug)).map((c) => c.id);
    for (const c of comments) expect(shown).toContain(c.id);
    for (const id of ids) expect((await logOf(id)).totalCount).toBe(1);
  });

  it('changes nothing when one of the items cannot take the action', async () => {
    const a = await rate(api, service, 'Bulk gagal A.');
    const b = await rate(api, service, 'Bulk gagal B.');
    await ok(api, MODERATE, { input: { itemId: b.id, action: 'HIDE', reason: 'uji' } }, moderator);
    const res = await api.gql(MODERATE_MANY, { input: { itemIds: [a.id, b.id], action: 'HIDE', reason: 'uji' } }, { token: moderator });
    expect(codeOf(res)).toBe('CONFLICT');
    expect((await sql<{ moderation_status: string }>(api, 'select moderation_status from feedback where id = ?', [a.id]))[0]!.moderation_status).toBe('PENDING');
    expect((await logOf(a.id)).totalCount).toBe(0);
  });

  it('refuses items of a region the caller does not moderate, REDACT, and more than 50 items', async () => {
    const mine = await rate(api, service, 'Bulk wilayah sendiri.');
    const kupang = (await servicesOf(api, 'kupang'))[0]!;
    const theirs = await rate(api, kupang, 'Bulk wilayah lain.');
    expect(codeOf(await api.gql(MODERATE_MANY, { input: { itemIds: [mine.id, theirs.id], action: 'APPROVE' } }, { token: moderator }))).toBe('FORBIDDEN');
    expect((await sql<{ moderation_status: string }>(api, 'select moderation_status from feedback where id = ?', [mine.id]))[0]!.moderation_status).toBe('PENDING');
    expect(codeOf(await api.gql(MODERATE_MANY, { input: { itemIds: [mine.id], action: 'REDACT', reason: 'x' } }, { token: moderator }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(MODERATE_MANY, { input: { itemIds: [], action: 'APPROVE' } }, { token: moderator }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(codeOf(await api.gql(MODERATE_MANY, { input: { itemIds: many, action: 'APPROVE' } }, { token: moderator }))).toBe('BAD_USER_INPUT');
    // The admin moderates everywhere.
    const both = await api.gql<{ moderateMany: Item[] }>(MODERATE_MANY, { input: { itemIds: [mine.id, theirs.id], action: 'APPROVE' } }, { token: admin });
    expect(both.data!.moderateMany.map((i) => i.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
  });
});

describe('the queue', () => {
  type Queue = { moderationQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Item }> } };
  const queue = (variables: Record<string, unknown>, token = moderator) => ok<Queue>(api, QUEUE, { region: 'sawahlunto', ...variables }, token);

  it('lists pending comments and forum posts of the region, oldest first, page by page', async () => {
    const quiet = services[2]!;
    const first = await rate(api, quiet, 'Antrean satu.');
    const post = await forumPost(api, quiet);
    const last = await rate(api, quiet, 'Antrean dua.');
    const all = await queue({ serviceId: quiet.id, first: 100 });
    const ids = all.moderationQueue.edges.map((e) => e.node.id);
    expect(ids.slice(-3)).toEqual([first.id, post, last.id]);
    expect(all.moderationQueue.edges.every((e) => e.node.status === 'PENDING' && e.node.service?.slug === quiet.slug)).toBe(true);
    expect(all.moderationQueue.totalCount).toBe(ids.length);
    const submitted = all.moderationQueue.edges.map((e) => e.node.submittedAt);
    expect([...submitted].sort()).toEqual(submitted);

    // Paging visits every item once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Queue = await queue({ serviceId: quiet.id, first: 2, after });
      seen.push(...page.moderationQueue.edges.map((e) => e.node.id));
      after = page.moderationQueue.pageInfo.hasNextPage ? page.moderationQueue.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids);
  });

  it('filters by status, and null means any status', async () => {
    const quiet = services[3]!;
    const a = await rate(api, quiet, 'Status A.');
    const b = await rate(api, quiet, 'Status B.');
    await ok(api, MODERATE, { input: { itemId: b.id, action: 'HIDE', reason: 'uji' } }, moderator);
    const hidden = (await queue({ serviceId: quiet.id, status: 'HIDDEN', first: 100 })).moderationQueue.edges.map((e) => e.node.id);
    expect(hidden).toContain(b.id);
    expect(hidden).not.toContain(a.id);
    // Any status: the whole year of the service's comments, newest last.
    const any: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: Queue = await queue({ serviceId: quiet.id, status: null, first: 100, after });
      any.push(...page.moderationQueue.edges.map((e) => e.node.id));
      total = page.moderationQueue.totalCount;
      after = page.moderationQueue.pageInfo.hasNextPage ? page.moderationQueue.pageInfo.endCursor : null;
    } while (after);
    expect(any.slice(-2)).toEqual([a.id, b.id]);
    const [stored] = await sql<{ n: number }>(
      api,
      `select (select count(*) from feedback where service_id = ? and comment is not null) + (select count(*) from forum_post p join forum_thread t on t.id = p.thread_id where t.service_id = ?) as n`,
      [quiet.id, quiet.id],
    );
    expect(total).toBe(Number(stored!.n));
    expect(any.length).toBe(total);
    const pending = (await queue({ serviceId: quiet.id, first: 100 })).moderationQueue.edges.map((e) => e.node.id);
    expect(pending).toContain(a.id);
    expect(pending).not.toContain(b.id);
  });

  it('refuses another region’s queue and a service of another region', async () => {
    expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto' }, { token: kupangModerator }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto' }))).toBe('UNAUTHENTICATED');
    const kupang = (await servicesOf(api, 'kupang'))[0]!;
    expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto', serviceId: kupang.id }, { token: moderator }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(QUEUE, { region: 'atlantis' }, { token: moderator }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto', after: 'bm9wZQ' }, { token: moderator }))).toBe('BAD_USER_INPUT');
  });

  it('accepts a realistic moderator page within the operation limits', async () => {
    const res = await api.gql(QUEUE, { region: 'sawahlunto', first: 50, status: null }, { token: moderator });
    expect(res.errors).toBeUndefined();
    const log = await api.gql(LOG, { region: 'sawahlunto', first: 50 }, { token: moderator });
    expect(log.errors).toBeUndefined();
  });
});

describe('the log', () => {
  it('lists a region’s actions newest first, page by page, with the original text for its moderators', async () => {
    type Log = { moderationLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: LogEntry }> } };
    const first = await ok<Log>(api, LOG, { region: 'sawahlunto', first: 5 }, moderator);
    expect(first.moderationLog.totalCount).toBeGreaterThan(5);
    const at = first.moderationLog.edges.map((e) => e.node.at);
    expect([...at].sort().reverse()).toEqual(at);
    const second = await ok<Log>(api, LOG, { region: 'sawahlunto', first: 5, after: first.moderationLog.pageInfo.endCursor }, moderator);
    const ids = new Set(first.moderationLog.edges.map((e) => e.node.id));
    expect(second.moderationLog.edges.some((e) => ids.has(e.node.id))).toBe(false);
    expect(second.moderationLog.edges[0]!.node.at <= at.at(-1)!).toBe(true);

    expect(codeOf(await api.gql(LOG, { region: 'sawahlunto' }, { token: kupangModerator }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(LOG, {}, { token: moderator }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(LOG, { region: 'sawahlunto' }))).toBe('UNAUTHENTICATED');
  });

  it('cannot be rewritten: the database refuses to change or delete an entry', async () => {
    const [entry] = await sql<{ id: string }>(api, 'select id from moderation_action limit 1');
    await expect(sql(api, `update moderation_action set reason = 'diubah' where id = ?`, [entry!.id])).rejects.toThrow();
    await expect(sql(api, 'delete from moderation_action where id = ?', [entry!.id])).rejects.toThrow();
  });
});

describe('forged cursors', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const uuid = '00000000-0000-4000-8000-000000000000';
  const at = '2026-01-01T00:00:00.000000Z';
  const forged: Array<[string, string]> = [
    ['not base64 JSON', 'bm90IGpzb24'],
    ['a count that is not a number', b64(['1', 'many', at, uuid])],
    ['a count too large for the database', b64(['0', '99999999999999', at, uuid])],
    ['a negative count', b64(['0', '-1', at, uuid])],
    ['a flag that is not 0 or 1', b64(['7', '1', at, uuid])],
    ['February 31', b64(['0', '1', '2026-02-31T00:00:00.000Z', uuid])],
  ];
  for (const [what, after] of forged) {
    it(`refuses ${what} in the reported queue and the log with BAD_USER_INPUT`, async () => {
      expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto', status: null, reported: true, after }, { token: moderator }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.gql(LOG, { region: 'sawahlunto', after }, { token: moderator }))).toBe('BAD_USER_INPUT');
    });
  }

  it('refuses the plain queue’s cursor in the reported queue, whose order differs', async () => {
    expect(codeOf(await api.gql(QUEUE, { region: 'sawahlunto', status: null, reported: true, after: b64([at, uuid]) }, { token: moderator }))).toBe('BAD_USER_INPUT');
  });
});
