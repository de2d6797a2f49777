import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { codeOf } from '../support/sign-in.js';
import { commentFixture, officerOf, sql } from '../support/answers.js';
import { countWorkingDays } from '../../src/common/working-days.js';

const WITA = 'Asia/Makassar';

let api: TestApi;
let statements: string[] = [];
let parentUnit: string;
let unit: string;
let sibling: string;
let service: string;
let unitOfficer: string;
let parentOfficer: string;

beforeAll(async () => {
  api = await startTestApi({}, { debug: ['query'], logger: (message: string) => statements.push(message) });
  // A puskesmas of Mataram (a sub-unit of Dinas Kesehatan) and its sibling.
  const [parent] = await sql<{ id: string }>(
    api,
    `select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mataram' and exists (select 1 from unit c where c.parent_id = u.id) order by u.name limit 1`,
  );
  parentUnit = parent!.id;
  const children = await sql<{ id: string; service_id: string | null }>(
    api,
    `select u.id, (select s.id from public_service s where s.unit_id = u.id order by s.slug limit 1) as service_id from unit u where u.parent_id = ? order by u.name`,
    [parentUnit],
  );
  const withService = children.find((c) => c.service_id)!;
  unit = withService.id;
  service = withService.service_id!;
  sibling = children.find((c) => c.id !== unit)!.id;
  unitOfficer = await api.login(await officerOf(api, unit));
  parentOfficer = await api.login(await officerOf(api, parentUnit));
});
afterAll(async () => {
  await api.close();
});

const INBOX = `query ($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {
  officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind text threadTitle service { id } unit { id } submittedAt publishedAt dueAt workingDaysOpen overdue response { body respondedAt } } }
  } }`;

interface Item {
  id: string;
  kind: string;
  text: string;
  threadTitle: string | null;
  service: { id: string } | null;
  unit: { id: string };
  publishedAt: string | null;
  dueAt: string | null;
  workingDaysOpen: number;
  overdue: boolean;
  response: { body: string; respondedAt: string } | null;
}
interface Page {
  officerInbox: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Item }> };
}

/** Every item of an inbox, page by page, checking that the pages agree with the total. */
async function inbox(token: string, variables: Record<string, unknown> = {}, first = 25): Promise<Item[]> {
  const items: Item[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const res: { data?: Page | null; errors?: unknown[] } = await api.gql<Page>(INBOX, { ...variables, first, after }, { token });
    expect(res.errors).toBeUndefined();
    const page = res.data!.officerInbox;
    if (total >= 0) expect(page.totalCount).toBe(total);
    total = page.totalCount;
    items.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(items).toHaveLength(total);
  expect(new Set(items.map((i) => i.id)).size).toBe(total);
  return items;
}

const RESPOND = `mutation ($id: ID!, $body: String!) { respondToFeedback(feedbackId: $id, body: $body) { id } }`;
const ANSWER = `mutation ($id: ID!, $body: String!) { answerForumThread(threadId: $id, body: $body) { id } }`;

describe('the officer’s inbox', () => {
  it('counts the 5 working days to answer across a weekend and the Lebaran holidays, oldest due first', async () => {
    // Friday 6 November 2026, 10:00 in Mataram: due at the end of Friday 13 November, not Wednesday.
    const friday = await commentFixture(api, service, { publishedAt: new Date('2026-11-06T02:00:00Z') });
    // Tuesday 17 March 2026: Nyepi, Idulfitri and cuti bersama close 18–24 March; due at the end of 31 March.
    const lebaran = await commentFixture(api, service, { publishedAt: new Date('2026-03-17T01:30:00Z') });
    const fresh = await commentFixture(api, service, { publishedAt: new Date(Date.now() - 3_600_000) });
    const answered = await commentFixture(api, service, { publishedAt: new Date('2026-11-09T02:00:00Z') });
    const pending = await commentFixture(api, service, { status: 'PENDING' });
    const noComment = await commentFixture(api, service, { text: null, publishedAt: new Date('2026-11-10T02:00:00Z') });
    expect(codeOf(await api.gql(RESPOND, { id: answered.id, body: 'Sudah kami tindak lanjuti.' }, { token: unitOfficer }))).toBe('OK');

    const now = new Date();
    const items = await inbox(unitOfficer, {}, 7);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(friday.id)).toMatchObject({
      kind: 'FEEDBACK_COMMENT',
      unit: { id: unit },
      service: { id: service },
      publishedAt: '2026-11-06T02:00:00.000Z',
      dueAt: '2026-11-13T16:00:00.000Z',
      overdue: true,
      workingDaysOpen: countWorkingDays(new Date('2026-11-06T02:00:00Z'), now, WITA),
      response: null,
    });
    expect(byId.get(lebaran.id)).toMatchObject({ dueAt: '2026-03-31T16:00:00.000Z', overdue: true });
    const notDue = byId.get(fresh.id)!;
    expect(notDue.overdue).toBe(false);
    // Five working days from a comment published an hour ago: at least four calendar days ahead (a
    // comment published late on a Sunday in Mataram counts from Monday and is due at Friday's end).
    expect(Date.parse(notDue.dueAt!)).toBeGreaterThan(now.getTime() + 4 * 86_400_000);
    expect(notDue.workingDaysOpen).toBeLessThanOrEqual(1);
    for (const gone of [answered.id, pending.id, noComment.id]) expect(byId.has(gone)).toBe(false);

    // Oldest due first, across pages.
    const due = items.map((i) => Date.parse(i.dueAt!));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(items.findIndex((i) => i.id === lebaran.id)).toBeLessThan(items.findIndex((i) => i.id === friday.id));

    const done = await inbox(unitOfficer, { status: 'ANSWERED' });
    const answeredItem = done.find((i) => i.id === answered.id)!;
    // Published Monday 9 November, due Monday 16 November, answered now: late, with the days it took.
    expect(answeredItem).toMatchObject({ response: { body: 'Sudah kami tindak lanjuti.' }, dueAt: '2026-11-16T16:00:00.000Z', overdue: true });
    expect(answeredItem.workingDaysOpen).toBe(countWorkingDays(new Date('2026-11-09T02:00:00Z'), new Date(answeredItem.response!.respondedAt), WITA));

    const held = await inbox(unitOfficer, { status: 'PENDING_MODERATION' });
    expect(held.find((i) => i.id === pending.id)).toMatchObject({ publishedAt: null, dueAt: null, overdue: false });
    expect(held.some((i) => i.id === friday.id)).toBe(false);
    // Officers read held comments to prepare, never answer them.
    expect(codeOf(await api.gql(RESPOND, { id: pending.id, body: 'Terima kasih.' }, { token: unitOfficer }))).toBe('CONFLICT');
  });

  it('lists a forum thread until the unit answers it, and again when a citizen writes after the answer', async () => {
    const started = await api.gql<{ startForumThread: { id: string } }>(
      `mutation ($input: StartForumThreadInput!) { startForumThread(input: $input) { id } }`,
      { input: { unitId: unit, title: 'Jadwal imunisasi', body: 'Kapan jadwal imunisasi bulan ini?', authorName: 'Sari' } },
      { clientIp: freshClientIp() },
    );
    const threadId = started.data!.startForumThread.id;
    expect((await inbox(unitOfficer)).some((i) => i.id === threadId)).toBe(false); // not published yet
    // A moderator approves the question (by SQL here): Monday 2 November 2026.
    await sql(api, `update forum_post set moderation_status = 'PUBLISHED', published_at = '2026-11-02T02:00:00Z' where thread_id = ?`, [threadId]);
    expect((await inbox(unitOfficer)).find((i) => i.id === threadId)).toMatchObject({
      kind: 'FORUM_THREAD',
      threadTitle: 'Jadwal imunisasi',
      text: 'Kapan jadwal imunisasi bulan ini?',
      service: null,
      dueAt: '2026-11-09T16:00:00.000Z',
      overdue: true,
    });

    expect(codeOf(await api.gql(ANSWER, { id: threadId, body: 'Setiap Selasa minggu kedua.' }, { token: parentOfficer }))).toBe('OK');
    expect((await inbox(unitOfficer)).some((i) => i.id === threadId)).toBe(false);
    expect((await inbox(unitOfficer, { status: 'ANSWERED' })).find((i) => i.id === threadId)).toMatchObject({ response: { body: 'Setiap Selasa minggu kedua.' } });

    // A follow-up question, published now: waiting again, counted from its own publication.
    await sql(
      api,
      `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, published_at, report_count)
       select gen_random_uuid(), now(), t.id, t.region_id, ?, 'Sari', 'PUBLISHED', now(), 0 from forum_thread t where t.id = ?`,
      ['Kalau hari Selasa libur?', threadId],
    );
    const again = (await inbox(unitOfficer)).find((i) => i.id === threadId)!;
    expect(again).toMatchObject({ text: 'Kalau hari Selasa libur?', overdue: false });
    expect((await inbox(unitOfficer, { status: 'ANSWERED' })).some((i) => i.id === threadId)).toBe(false);
  });

  it('shows a parent unit’s officer the sub-units, and keeps other units, regions and roles out', async () => {
    const mine = await inbox(unitOfficer);
    const fromParent = await inbox(parentOfficer, { unitId: unit });
    expect(fromParent.map((i) => i.id)).toEqual(mine.map((i) => i.id));
    const wholeParent = await inbox(parentOfficer);
    expect(wholeParent.map((i) => i.id)).toEqual(expect.arrayContaining(mine.map((i) => i.id)));
    const moderator = await api.login('moderator@mataram.demo');
    expect((await inbox(moderator, { unitId: unit })).map((i) => i.id)).toEqual(mine.map((i) => i.id));
    expect((await inbox(await api.login('admin@suara.demo'), { unitId: unit })).length).toBe(mine.length);

    const ask = async (token: string | undefined, unitId?: string) => codeOf(await api.gql(INBOX, { unitId, first: 5 }, token ? { token } : {}));
    expect(await ask(moderator)).toBe('BAD_USER_INPUT');
    expect(await ask(undefined, unit)).toBe('UNAUTHENTICATED');
    expect(await ask(unitOfficer, parentUnit)).toBe('FORBIDDEN');
    expect(await ask(unitOfficer, sibling)).toBe('FORBIDDEN');
    expect(await ask(await api.login(await officerOf(api, sibling)), unit)).toBe('FORBIDDEN');
    for (const email of ['moderator@kupang.demo', 'officer@kupang.demo', 'hr@mataram.demo', 'mayor@mataram.demo']) {
      expect(await ask(await api.login(email), unit), email).toBe('FORBIDDEN');
    }
    expect(await ask(await api.login('hr@mataram.demo'))).toBe('FORBIDDEN');
  });

  it('reads a page of the inbox in one statement, however many items it holds', async () => {
    const token = await api.login('officer@mataram.demo');
    await api.gql(INBOX, { first: 1 }, { token }); // the catalogue and the session, once
    for (const first of [1, 50, 100]) {
      statements = [];
      const res = await api.gql<Page>(INBOX, { first }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.officerInbox.edges.length).toBe(Math.min(first, res.data!.officerInbox.totalCount));
      // The session check (account and grants), then the one inbox query with its total.
      expect(statements.filter((s) => !/from "staff_account"|from "role_grant"|staff_session/.test(s)), `first: ${first}`).toHaveLength(1);
    }
  });
});
