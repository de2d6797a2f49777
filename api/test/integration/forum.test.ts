import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { codeOf } from '../support/sign-in.js';
import { licensingOf, officerOf, sql } from '../support/answers.js';

let api: TestApi;
let mataram: Awaited<ReturnType<typeof licensingOf>>;
let officer: string;
let statements: string[] = [];

beforeAll(async () => {
  // The defaults on: SUARA_FORUM_RATE_LIMIT is 10 per client network per hour.
  api = await startTestApi({}, { debug: ['query'], logger: (message: string) => statements.push(message) });
  mataram = await licensingOf(api, 'mataram');
  officer = await api.login('officer@mataram.demo');
});
afterAll(async () => {
  await api.close();
});

const START = `mutation ($input: StartForumThreadInput!) { startForumThread(input: $input) { id status } }`;
const POST = `mutation ($input: PostToForumInput!) { postToForum(input: $input) { id status } }`;
const ANSWER = `mutation ($id: ID!, $body: String!) { answerForumThread(threadId: $id, body: $body) { id body authorName official officialUnit { id } createdAt } }`;
const THREAD = `query ($id: ID!) { forumThread(id: $id) {
  id title authorName answered postCount locked lastActivityAt service { slug } unit { id }
  posts(first: 50) { totalCount edges { node { id body authorName official edited officialUnit { id } } } } } }`;
const THREADS = `query ($region: String, $service: String, $unit: ID, $first: Int, $after: String) {
  forumThreads(regionSlug: $region, serviceSlug: $service, unitId: $unit, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title answered postCount lastActivityAt } } } }`;

interface Thread {
  id: string;
  title: string;
  answered: boolean;
  postCount: number;
  lastActivityAt: string;
  posts: { totalCount: number; edges: Array<{ node: { id: string; body: string; authorName: string; official: boolean; edited: boolean } }> };
}

const start = (input: Record<string, unknown>, clientIp = freshClientIp()) =>
  api.gql<{ startForumThread: { id: string; status: string } }>(START, { input: { title: 'Syarat izin usaha mikro', body: 'Apa saja syaratnya?', authorName: 'Rina', ...input } }, { clientIp });
const thread = async (id: string) => (await api.gql<{ forumThread: Thread | null }>(THREAD, { id })).data!.forumThread;
/** A moderator's approval (the moderation API is another module's): by SQL. */
const approveAll = (threadId: string) =>
  sql(api, `update forum_post set moderation_status = 'PUBLISHED', published_at = now() where thread_id = ? and moderation_status = 'PENDING'`, [threadId]);

describe('the citizens’ forum', () => {
  it('holds a new question for moderation, shows it once approved, and shows the unit’s answer at once', async () => {
    const started = await start({ unitId: mataram.unitId, title: '  Jam layanan hari Sabtu?  ', body: ' Apakah loket buka hari Sabtu? ', authorName: ' Budi ' });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startForumThread.status).toBe('PENDING');
    const id = started.data!.startForumThread.id;
    expect(await thread(id)).toBeNull();
    const listed = await api.gql<{ forumThreads: { edges: Array<{ node: { id: string } }> } }>(THREADS, { unit: mataram.unitId, first: 100 });
    expect(listed.data!.forumThreads.edges.map((e) => e.node.id)).not.toContain(id);
    // An officer cannot answer a question nobody can see yet.
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Buka.' }, { token: officer }))).toBe('CONFLICT');

    await approveAll(id);
    expect(await thread(id)).toMatchObject({ title: 'Jam layanan hari Sabtu?', authorName: 'Budi', answered: false, postCount: 1, locked: false });

    const answer = await api.gql<{ answerForumThread: { id: string; authorName: string; official: boolean; officialUnit: { id: string } } }>(
      ANSWER,
      { id, body: 'Loket buka Sabtu pukul 08.00–12.00.' },
      { token: officer },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.answerForumThread).toMatchObject({ official: true, officialUnit: { id: mataram.unitId } });
    expect(answer.data!.answerForumThread.authorName).toMatch(/DPMPTSP|Penanaman Modal/);

    const shown = (await thread(id))!;
    expect(shown).toMatchObject({ answered: true, postCount: 2 });
    expect(shown.posts.edges.map((e) => [e.node.body, e.node.official])).toEqual([
      ['Apakah loket buka hari Sabtu?', false],
      ['Loket buka Sabtu pukul 08.00–12.00.', true],
    ]);
    const [staff] = await sql<{ email: string }>(api, 'select a.email from forum_post p join staff_account a on a.id = p.staff_author_id where p.id = ?', [answer.data!.answerForumThread.id]);
    expect(staff!.email).toBe('officer@mataram.demo');

    // A citizen's follow-up waits for moderation; once published the thread waits for the unit again.
    const reply = await api.gql<{ postToForum: { id: string; status: string } }>(POST, { input: { threadId: id, body: 'Kalau hari libur?', authorName: 'Budi' } }, { clientIp: freshClientIp() });
    expect(reply.data!.postToForum.status).toBe('PENDING');
    expect((await thread(id))!.postCount).toBe(2);
    const before = (await thread(id))!.lastActivityAt;
    await approveAll(id);
    const after = (await thread(id))!;
    expect(after).toMatchObject({ answered: false, postCount: 3 });
    expect(Date.parse(after.lastActivityAt)).toBeGreaterThan(Date.parse(before));
    const first = await api.gql<{ forumThreads: { edges: Array<{ node: { id: string } }> } }>(THREADS, { region: 'mataram', first: 1 });
    expect(first.data!.forumThreads.edges[0]!.node.id).toBe(id);
  });

  it('lists threads of a service and of a unit, latest activity first, page by page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await start({ serviceId: mataram.serviceId, title: `Pertanyaan layanan ${i}` });
      ids.push(s.data!.startForumThread.id);
      await approveAll(s.data!.startForumThread.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const res: Awaited<ReturnType<typeof api.gql<{ forumThreads: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; lastActivityAt: string } }> } }>>> =
        await api.gql(THREADS, { service: mataram.serviceSlug, first: 2, after });
      expect(res.errors).toBeUndefined();
      total = res.data!.forumThreads.totalCount;
      seen.push(...res.data!.forumThreads.edges.map((e) => e.node.id));
      after = res.data!.forumThreads.pageInfo.hasNextPage ? res.data!.forumThreads.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen.slice(0, 3)).toEqual([...ids].reverse());

    const byUnit = await api.gql<{ unit: { forumThreads: { edges: Array<{ node: { id: string } }> } } }>(
      `query ($id: ID!) { unit(id: $id) { forumThreads(first: 100) { edges { node { id } } } } }`,
      { id: mataram.unitId },
    );
    expect(byUnit.data!.unit.forumThreads.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(ids));

    const byService = await api.gql<{ service: { forumThreads: { edges: Array<{ node: { id: string } }> } } }>(
      `query ($slug: String!) { service(slug: $slug) { forumThreads(first: 3) { edges { node { id } } } } }`,
      { slug: mataram.serviceSlug },
    );
    expect(byService.data!.service.forumThreads.edges.map((e) => e.node.id)).toEqual([...ids].reverse());
  });

  it('answers a robot that fills the hidden field exactly like a person, and stores nothing', async () => {
    const robot = await start({ unitId: mataram.unitId, title: 'Murah meriah', website: 'https://spam.example' });
    expect(robot.errors).toBeUndefined();
    expect(robot.data!.startForumThread).toMatchObject({ status: 'PENDING' });
    expect(robot.data!.startForumThread.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sql(api, 'select 1 from forum_thread where id = ?', [robot.data!.startForumThread.id])).toEqual([]);
    expect(await sql(api, `select 1 from forum_thread where title = 'Murah meriah'`)).toEqual([]);

    const open = await start({ unitId: mataram.unitId });
    await approveAll(open.data!.startForumThread.id);
    const reply = await api.gql<{ postToForum: { id: string; status: string } }>(
      POST,
      { input: { threadId: open.data!.startForumThread.id, body: 'Kunjungi situs kami', authorName: 'Promo', website: 'x' } },
      { clientIp: freshClientIp() },
    );
    expect(reply.data!.postToForum.status).toBe('PENDING');
    expect(await sql(api, 'select 1 from forum_post where thread_id = ? and author_name = ?', [open.data!.startForumThread.id, 'Promo'])).toEqual([]);
  });

  it('checks what a citizen writes before storing anything', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ serviceId: mataram.serviceId, unitId: mataram.unitId }, 'serviceId'],
      [{}, 'serviceId'],
      [{ unitId: mataram.unitId, title: 'ab' }, 'title'],
      [{ unitId: mataram.unitId, title: 'x'.repeat(201) }, 'title'],
      [{ unitId: mataram.unitId, body: '   ' }, 'body'],
      [{ unitId: mataram.unitId, body: 'x'.repeat(4001) }, 'body'],
      [{ unitId: mataram.unitId, authorName: '' }, 'authorName'],
      [{ unitId: mataram.unitId, authorName: 'x'.repeat(81) }, 'authorName'],
    ];
    for (const [input, field] of cases) {
      const res = await start(input);
      expect(codeOf(res), field).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors![0]!.extensions)).toContain(field);
    }
    expect(codeOf(await start({ unitId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const [locked] = await sql<{ id: string }>(api, `select t.id from forum_thread t where t.region_id = ? limit 1`, [mataram.regionId]);
    await sql(api, 'update forum_thread set locked = true where id = ?', [locked!.id]);
    const toLocked = await api.gql(POST, { input: { threadId: locked!.id, body: 'Halo', authorName: 'Ani' } }, { clientIp: freshClientIp() });
    await sql(api, 'update forum_thread set locked = false where id = ?', [locked!.id]);
    expect(codeOf(toLocked)).toBe('CONFLICT');
    const pending = await start({ unitId: mataram.unitId });
    expect(codeOf(await api.gql(POST, { input: { threadId: pending.data!.startForumThread.id, body: 'Halo', authorName: 'Ani' } }, { clientIp: freshClientIp() }))).toBe('NOT_FOUND');
  });

  it('limits each client network to ten posts an hour, while many other networks post at the same moment', async () => {
    const busy = freshClientIp();
    const others = Array.from({ length: 20 }, () => freshClientIp());
    const results = await Promise.all([
      ...Array.from({ length: 14 }, (_, i) => start({ unitId: mataram.unitId, title: `Banyak pertanyaan ${i}` }, busy)),
      ...others.map((ip, i) => start({ unitId: mataram.unitId, title: `Pertanyaan warga ${i}` }, ip)),
    ]);
    const fromBusy = results.slice(0, 14).map(codeOf);
    expect(fromBusy.filter((c) => c === 'OK')).toHaveLength(10);
    expect(fromBusy.filter((c) => c === 'RATE_LIMITED')).toHaveLength(4);
    expect(results.slice(14).map(codeOf)).toEqual(others.map(() => 'OK'));
    // The same /64 is the same network.
    const sameNetwork = busy.replace(/::[0-9a-f]+$/, '::beef');
    expect(codeOf(await start({ unitId: mataram.unitId }, sameNetwork))).toBe('RATE_LIMITED');
    // Stored with the client's hash, never shown.
    const [row] = await sql<{ n: number }>(api, `select count(*)::int as n from forum_post p join forum_thread t on t.id = p.thread_id where t.title like 'Banyak pertanyaan %' and p.client_hash is not null`);
    expect(row!.n).toBe(10);
  });

  it('lets an officer of the unit or of a unit above it answer, and refuses others', async () => {
    const [parent] = await sql<{ id: string }>(api, `select u.id from unit u where u.region_id = ? and exists (select 1 from unit c where c.parent_id = u.id) order by u.name limit 1`, [mataram.regionId]);
    const [child, sibling] = await sql<{ id: string }>(api, 'select id from unit where parent_id = ? order by name', [parent!.id]);
    const s = await start({ unitId: child!.id });
    const id = s.data!.startForumThread.id;
    await approveAll(id);
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Jawaban' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Jawaban' }, { token: officer }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Jawaban' }, { token: await api.login(await officerOf(api, sibling!.id)) }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Jawaban' }, { token: await api.login('moderator@mataram.demo') }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Dijawab dinas.' }, { token: await api.login(await officerOf(api, parent!.id)) }))).toBe('OK');
    expect(codeOf(await api.gql(ANSWER, { id, body: 'Dijawab admin.' }, { token: await api.login('admin@suara.demo') }))).toBe('OK');
    expect((await thread(id))!.posts.edges.map((e) => e.node.official)).toEqual([false, true, true]);
  });

  it('answers in the name of a unit whose long official name has no abbreviation', async () => {
    // Real unit names run past 80 characters (Dinas Pemberdayaan Perempuan, Perlindungan Anak, …),
    // and a unit need not have an abbreviation; the answer is still signed with the unit's name.
    const admin = await api.login('admin@suara.demo');
    const name = 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana';
    const created = await api.gql<{ createUnit: { id: string } }>(
      `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { regionId: mataram.regionId, name, kind: 'DINAS' } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const unitId = created.data!.createUnit.id;
    const s = await start({ unitId });
    const id = s.data!.startForumThread.id;
    try {
      await approveAll(id);
      const answered = await api.gql<{ answerForumThread: { authorName: string; official: boolean } }>(ANSWER, { id, body: 'Silakan datang ke kantor kami.' }, { token: admin });
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.answerForumThread.official).toBe(true);
      expect(name.startsWith(answered.data!.answerForumThread.authorName.replace(/…$/, ''))).toBe(true);
      expect((await thread(id))!.posts.edges.map((e) => e.node.authorName)).toEqual(['Rina', answered.data!.answerForumThread.authorName]);
    } finally {
      // Other test files share this database and count Mataram's demo units: this one goes again.
      await sql(api, 'delete from forum_post where thread_id = ?', [id]);
      await sql(api, 'delete from forum_thread where id = ?', [id]);
      await sql(api, 'delete from unit where id = ?', [unitId]);
    }
  });

  it('accepts a realistic thread page and thread list within the operation limits', async () => {
    const one = await api.gql(`query ($id: ID!) { forumThread(id: $id) { id title answered postCount service { name } unit { name }
      posts(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id body authorName createdAt official edited officialUnit { name } } } } } }`,
      { id: '00000000-0000-4000-8000-000000000000' });
    expect(one.errors).toBeUndefined();
    const list = await api.gql(`{ forumThreads(first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id title authorName answered postCount createdAt lastActivityAt service { name slug } unit { name }
        posts(first: 3) { edges { node { body authorName official } } } } } } }`);
    expect(list.errors).toBeUndefined();
  });

  it('reads threads with their posts, and the threads of every service and unit, in one statement per list', async () => {
    await api.gql('{ regions { slug } }'); // the catalogue, once
    const count = async (query: string) => {
      statements = [];
      const res = await api.gql(query);
      expect(res.errors).toBeUndefined();
      return statements.length;
    };
    expect(await count(`{ forumThreads(first: 20) { edges { node { title unit { name } posts(first: 3) { edges { node { body } } } } } } }`)).toBe(2);
    expect(await count(`{ region(slug: "mataram") { units { name forumThreads(first: 2) { totalCount edges { node { title posts(first: 2) { totalCount } } } } } } }`)).toBe(2);
    expect(await count(`{ services(first: 50) { edges { node { forumThreads(first: 2) { edges { node { answered postCount } } } } } } }`)).toBe(1);
  });
});
