import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { scoresOf, serviceId, submit } from '../support/feedback.js';

let api: TestApi;
let service: string;
beforeAll(async () => {
  api = await startTestApi();
  service = await serviceId(api, 'mamuju-legalisir-ijazah');
});
afterAll(async () => {
  await api.close();
});

const RECEIPT_QUERY = `query ($code: String!) {
  feedbackReceipt(code: $code) { code status submittedAt hasComment service { slug } response { body respondedAt unit { name } } }
}`;

interface Receipt {
  code: string;
  status: string;
  hasComment: boolean;
  service: { slug: string };
  response: { body: string; unit: { name: string } } | null;
}

const COMMENTS = `query ($slug: String!, $first: Int, $after: String) {
  service(slug: $slug) { feedback(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id submittedAt comment response { body respondedAt unit { name } } } }
  } }
}`;

interface Comments {
  service: {
    feedback: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { id: string; submittedAt: string; comment: string; response: { body: string; unit: { name: string } } | null } }>;
    };
  };
}

describe('tracking by receipt code', () => {
  it('shows a comment as held for moderation, then published with the unit’s answer', async () => {
    const sent = await submit(api, { serviceId: service, scores: scoresOf(2), comment: 'Legalisir lama sekali, tiga hari.' });
    const { receiptCode, feedback } = sent.data!.submitFeedback;

    const pending = await api.gql<{ feedbackReceipt: Receipt }>(RECEIPT_QUERY, { code: receiptCode });
    expect(pending.data!.feedbackReceipt).toMatchObject({ code: receiptCode, status: 'PENDING', hasComment: true, service: { slug: 'mamuju-legalisir-ijazah' }, response: null });

    // Not public while pending.
    const before = await api.gql<Comments>(COMMENTS, { slug: 'mamuju-legalisir-ijazah', first: 100 });
    expect(before.data!.service.feedback.edges.map((e) => e.node.id)).not.toContain(feedback.id);

    // A moderator approves it and the unit answers (the moderation and answer screens come later).
    const em = api.orm.em.fork();
    await em.execute(`update feedback set moderation_status = 'PUBLISHED' where id = ?`, [feedback.id]);
    await em.execute(
      `insert into official_response (id, created_at, feedback_id, unit_id, body, responded_at)
       select gen_random_uuid(), now(), f.id, s.unit_id, 'Mohon maaf, kini selesai dalam satu hari.', now() from feedback f join public_service s on s.id = f.service_id where f.id = ?`,
      [feedback.id],
    );

    const answered = await api.gql<{ feedbackReceipt: Receipt }>(RECEIPT_QUERY, { code: receiptCode.toLowerCase().replace('-', ' ') });
    expect(answered.data!.feedbackReceipt).toMatchObject({
      status: 'PUBLISHED',
      response: { body: 'Mohon maaf, kini selesai dalam satu hari.', unit: { name: 'Dinas Pendidikan dan Kebudayaan' } },
    });

    const after = await api.gql<Comments>(COMMENTS, { slug: 'mamuju-legalisir-ijazah', first: 1 });
    const newest = after.data!.service.feedback.edges[0]!.node;
    expect(newest).toMatchObject({ id: feedback.id, comment: 'Legalisir lama sekali, tiga hari.', response: { body: 'Mohon maaf, kini selesai dalam satu hari.' } });
  });

  it('shows a rating without a comment as published at once', async () => {
    const sent = await submit(api, { serviceId: service, scores: scoresOf(4) });
    const res = await api.gql<{ feedbackReceipt: Receipt }>(RECEIPT_QUERY, { code: sent.data!.submitFeedback.receiptCode });
    expect(res.data!.feedbackReceipt).toMatchObject({ status: 'PUBLISHED', hasComment: false });
  });

  it('answers null for a code nobody has, and explains a code that cannot exist', async () => {
    const unknown = await api.gql<{ feedbackReceipt: null }>(RECEIPT_QUERY, { code: '22222-22222' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.feedbackReceipt).toBeNull();
    const malformed = await api.gql(RECEIPT_QUERY, { code: 'O0O0-I1' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/10 huruf dan angka/);
  });
});

describe('published comments', () => {
  it('lists only published comments, newest first, with personal data hidden by the moderator', async () => {
    const res = await api.gql<Comments>(COMMENTS, { slug: 'mataram-ktp-el', first: 100 });
    const conn = res.data!.service.feedback;
    expect(conn.totalCount).toBeGreaterThan(0);
    const times = conn.edges.map((e) => Date.parse(e.node.submittedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>(
      `select count(*)::int as n from feedback f join public_service s on s.id = f.service_id
       where s.slug = 'mataram-ktp-el' and f.moderation_status = 'PUBLISHED' and not f.spam and f.comment is not null`,
    );
    expect(conn.totalCount).toBe(row!.n);
    // Every comment the demo moderators redacted is shown only in its redacted form.
    const redacted = await api.orm.em.fork().execute<Array<{ comment: string; redacted_comment: string }>>(
      `select comment, redacted_comment from feedback where redacted_comment is not null and moderation_status = 'PUBLISHED'`,
    );
    expect(redacted.length).toBeGreaterThan(0);
    const everything = await api.gql<Comments>(COMMENTS, { slug: 'mataram-ktp-el', first: 100 });
    for (const e of everything.data!.service.feedback.edges) {
      for (const r of redacted) expect(e.node.comment).not.toBe(r.comment);
    }
  });

  it('pages through published comments without repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const res: { data?: Comments | null } = await api.gql<Comments>(COMMENTS, { slug: 'kupang-perbaikan-jalan-lingkungan', first: 7, after });
      const conn = res.data!.service.feedback;
      total = conn.totalCount;
      for (const e of conn.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.size).toBe(Math.min(total, 70));
  });

  it('never exposes a contact, a network address or a device in any public type', async () => {
    const res = await api.gql<{ __schema: { types: Array<{ name: string; fields: Array<{ name: string }> | null }> } }>(
      '{ __schema { types { name fields { name } } } }',
    );
    const exposed = res.data!.__schema.types.flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`));
    expect(exposed.filter((f) => /contact|clientHash|deviceHash|ipHash|passwordHash|idempotencyKey/i.test(f))).toEqual([]);
  });
});

describe('reporting content', () => {
  const REPORT = 'mutation ($id: ID!, $reason: String!) { reportContent(itemId: $id, reason: $reason) }';

  it('counts one report per client for a published comment', async () => {
    const [item] = await api.orm.em.fork().execute<Array<{ id: string; report_count: number }>>(
      `select id, report_count from feedback where moderation_status = 'PUBLISHED' and comment is not null and not spam order by submitted_at limit 1`,
    );
    const ip = '2001:db8:feed::1';
    const first = await api.gql<{ reportContent: boolean }>(REPORT, { id: item!.id, reason: 'Menyebut nama petugas.' }, { clientIp: ip });
    const again = await api.gql<{ reportContent: boolean }>(REPORT, { id: item!.id, reason: 'Sekali lagi.' }, { clientIp: ip });
    const other = await api.gql<{ reportContent: boolean }>(REPORT, { id: item!.id, reason: 'Tidak pantas.' }, { clientIp: '2001:db8:feed::2' });
    expect([first.data?.reportContent, again.data?.reportContent, other.data?.reportContent]).toEqual([true, true, true]);
    const [after] = await api.orm.em.fork().execute<Array<{ report_count: number }>>('select report_count from feedback where id = ?', [item!.id]);
    expect(after!.report_count).toBe(item!.report_count + 2);
  });

  it('refuses to report what is not public, and a report without a reason', async () => {
    const [pending] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select id from feedback where moderation_status = 'PENDING' limit 1`);
    const hidden = await api.gql(REPORT, { id: pending!.id, reason: 'x' });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = await api.gql(REPORT, { id: pending!.id, reason: '   ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
