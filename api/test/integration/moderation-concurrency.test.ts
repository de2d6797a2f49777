import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from '@suara/skm';
import { ELEMENT_STEM } from '../../src/modules/feedback/index.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { LOG, MODERATE, MODERATE_MANY, QUEUE, codeOf, forumPost, ok, rate, secondModerator, servicesOf, sql, type LogEntry, type ServiceRow } from '../support/moderation.js';

// Default pool, limits and timeouts: what production runs with.
let api: TestApi;
let first: string;
let second: string;
let services: ServiceRow[];

beforeAll(async () => {
  api = await startTestApi();
  first = await api.login('moderator@kupang.demo');
  second = await secondModerator(api, 'kupang');
  services = (await servicesOf(api, 'kupang')).slice(0, 3);
});
afterAll(async () => {
  await api.close();
});

/** The rollups of these services against the raw ratings they summarise: every count and sum. */
async function rollupsAgreeWithRatings(serviceIds: string[]): Promise<void> {
  const cols = SKM_ELEMENTS.map((e) => ELEMENT_STEM[e]);
  const rolled = await sql<Record<string, string>>(
    api,
    `select service_id, sum(response_count)::text as n, ${cols.map((c) => `sum(sum_${c})::text as ${c}`).join(', ')}
     from satisfaction_daily where service_id in (?) group by service_id order by service_id`,
    [serviceIds],
  );
  const raw = await sql<Record<string, string>>(
    api,
    `select service_id, count(*)::text as n, ${cols.map((c) => `sum(score_${c})::text as ${c}`).join(', ')}
     from feedback where service_id in (?) and not spam group by service_id order by service_id`,
    [serviceIds],
  );
  expect(rolled).toEqual(raw);
}

describe('two moderators at once', () => {
  it('never lets both act on a stale state, never counts a spam rating out twice, and keeps the log exact', async () => {
    const comments = await Promise.all(Array.from({ length: 24 }, (_, i) => rate(api, services[i % 3]!, `Komentar serentak ${i}.`)));
    const posts = await Promise.all([0, 1, 2, 3].map((i) => forumPost(api, services[i % 3]!)));
    const ids = [...comments.map((c) => c.id), ...posts];

    // Every item gets two different, conflicting decisions at the same moment, one from each
    // moderator; some items also go through a bulk action and the queue and log are read meanwhile.
    const requests: Array<Promise<{ kind: string; ids: string[]; res: GraphQLResponse }>> = [];
    const send = (kind: string, itemIds: string[], token: string, query: string, variables: Record<string, unknown>) =>
      requests.push(api.gql(query, variables, { token }).then((res) => ({ kind, ids: itemIds, res })));
    ids.forEach((id, i) => {
      const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
      send('one', [id], a, MODERATE, { input: { itemId: id, action: 'MARK_SPAM', reason: 'Promosi.' } });
      send('one', [id], b, MODERATE, { input: { itemId: id, action: i % 3 === 0 ? 'HIDE' : 'APPROVE', reason: 'Keputusan kedua.' } });
    });
    for (let i = 0; i < 4; i++) {
      const batch = comments.slice(i * 6, i * 6 + 6).map((c) => c.id);
      send('many', batch, i % 2 ? first : second, MODERATE_MANY, { input: { itemIds: batch, action: 'HIDE', reason: 'Massal.' } });
    }
    for (let i = 0; i < 6; i++) {
      send('read', [], i % 2 ? first : second, QUEUE, { region: 'kupang', status: null, reported: i % 3 === 0, first: 20 });
      send('read', [], i % 2 ? first : second, LOG, { region: 'kupang', first: 20 });
    }
    const done = await Promise.all(requests);

    // Only clean outcomes: done, or refused because another decision came first.
    for (const d of done) expect(['OK', 'CONFLICT'], JSON.stringify(d.res.errors)).toContain(codeOf(d.res));
    expect(done.filter((d) => d.kind === 'read').every((d) => codeOf(d.res) === 'OK')).toBe(true);

    // Each item: as many log entries as requests that succeeded on it, and at least one succeeded.
    const succeeded = new Map<string, number>(ids.map((id) => [id, 0]));
    for (const d of done) if (d.kind !== 'read' && codeOf(d.res) === 'OK') for (const id of d.ids) succeeded.set(id, succeeded.get(id)! + 1);
    for (const id of ids) {
      const log = (await ok<{ moderationLog: { totalCount: number; edges: Array<{ node: LogEntry }> } }>(api, LOG, { itemId: id }, first)).moderationLog;
      expect(log.totalCount).toBe(succeeded.get(id));
      expect(log.totalCount).toBeGreaterThan(0);
      // The item's state is the one its latest logged action leads to.
      const latest = log.edges[0]!.node;
      const expected = { MARK_SPAM: 'SPAM', HIDE: 'HIDDEN', APPROVE: 'PUBLISHED' }[latest.action as 'MARK_SPAM' | 'HIDE' | 'APPROVE'];
      expect(latest.item.status).toBe(expected);
    }
    // A spam rating leaves the scores exactly once, whoever won.
    await rollupsAgreeWithRatings(services.map((s) => s.id));
    const spam = await sql<{ n: number }>(api, `select count(*)::int as n from feedback where id in (?) and spam`, [comments.map((c) => c.id)]);
    const spamLogged = await sql<{ n: number }>(api, `select count(distinct feedback_id)::int as n from moderation_action where feedback_id in (?) and action = 'MARK_SPAM'`, [comments.map((c) => c.id)]);
    expect(spam[0]!.n).toBe(spamLogged[0]!.n);
  });

  it('lets exactly one of two simultaneous MARK_SPAMs on a rating succeed, and counts it out of the scores once', async () => {
    const comments = await Promise.all(Array.from({ length: 8 }, (_, i) => rate(api, services[i % 3]!, `Spam serentak ${i}.`)));
    const answers = await Promise.all(
      comments.flatMap((c) => [first, second, first].map((token) => api.gql(MODERATE, { input: { itemId: c.id, action: 'MARK_SPAM', reason: 'Promosi.' } }, { token }))),
    );
    for (let i = 0; i < comments.length; i++) {
      const codes = answers.slice(i * 3, i * 3 + 3).map(codeOf).sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    }
    await rollupsAgreeWithRatings(services.map((s) => s.id));
  });
  it('approves replies in the same threads from two moderators at once, neither of them getting an error', async () => {
    // Two moderators share a region's queue: each approves a different selection of replies that
    // land in the same threads. Publishing a reply moves its thread's last activity, so each action
    // also locks the threads; taken in the order of the replies, two selections can wait on each other.
    const reply = async (threadPostId: string, id: string) => {
      await sql(
        api,
        `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, report_count)
         select ?, now(), p.thread_id, p.region_id, 'Saya juga menunggu jawabannya.', 'Yanti', 'PENDING', 0 from forum_post p where p.id = ?`,
        [id, threadPostId],
      );
      return id;
    };
    const pairs = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const [q1, q2] = await Promise.all([forumPost(api, services[i % 3]!, { status: 'PUBLISHED' }), forumPost(api, services[(i + 1) % 3]!, { status: 'PUBLISHED' })]);
        // Ids in the order each moderator's action takes them: the first's replies go thread 1 then
        // thread 2, the second's thread 2 then thread 1.
        const [a1, a2, b1, b2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()].sort();
        await Promise.all([reply(q1, a1!), reply(q2, a2!), reply(q2, b1!), reply(q1, b2!)]);
        return [
          [a1!, a2!],
          [b1!, b2!],
        ];
      }),
    );
    const answers = await Promise.all(
      pairs.flatMap(([mine, theirs]) => [
        api.gql(MODERATE_MANY, { input: { itemIds: mine, action: 'APPROVE' } }, { token: first }),
        api.gql(MODERATE_MANY, { input: { itemIds: theirs, action: 'APPROVE' } }, { token: second }),
      ]),
    );
    expect(answers.filter((a) => a.errors).map((a) => a.errors)).toEqual([]);
    const ids = pairs.flat(2);
    const [published] = await sql<{ n: number }>(api, `select count(*)::int as n from forum_post where id in (?) and moderation_status = 'PUBLISHED'`, [ids]);
    expect(published!.n).toBe(ids.length);
  });
});
