import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { codeOf } from '../support/sign-in.js';
import { commentFixture, licensingOf, officerOf, sql } from '../support/answers.js';

let api: TestApi;
let mataram: Awaited<ReturnType<typeof licensingOf>>;
let officer: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi();
  mataram = await licensingOf(api, 'mataram');
  officer = await api.login('officer@mataram.demo');
  admin = await api.login('admin@suara.demo');
});
afterAll(async () => {
  await api.close();
});

const RESPOND = `mutation ($id: ID!, $body: String!) { respondToFeedback(feedbackId: $id, body: $body) { id body respondedAt edited editedAt unit { id name } } }`;

interface Answer {
  id: string;
  body: string;
  respondedAt: string;
  edited: boolean;
  editedAt: string | null;
  unit: { id: string; name: string };
}

const respond = (token: string | undefined, id: string, body: string) =>
  api.gql<{ respondToFeedback: Answer }>(RESPOND, { id, body }, token ? { token } : {});

const PAGE = `query ($slug: String!) { service(slug: $slug) { feedback(first: 100) { edges { node { id comment response { body edited editedAt } } } } } }`;
const RECEIPT = `query ($code: String!) { feedbackReceipt(code: $code) { status response { body respondedAt edited } } }`;

async function onServicePage(slug: string, id: string) {
  const res = await api.gql<{ service: { feedback: { edges: Array<{ node: { id: string; response: { body: string; edited: boolean; editedAt: string | null } | null } }> } } }>(PAGE, { slug });
  return res.data!.service.feedback.edges.find((e) => e.node.id === id)?.node;
}

describe('official answers', () => {
  it('shows the unit’s answer on the service page and to the citizen holding the receipt', async () => {
    const comment = await commentFixture(api, mataram.serviceId);
    // Read first, so the public read cache holds the page without the answer.
    expect((await onServicePage(mataram.serviceSlug, comment.id))?.response).toBeNull();

    const res = await respond(officer, comment.id, '  Terima kasih, loket tambahan dibuka mulai Senin.  ');
    expect(res.errors).toBeUndefined();
    expect(res.data!.respondToFeedback).toMatchObject({ body: 'Terima kasih, loket tambahan dibuka mulai Senin.', edited: false, editedAt: null, unit: { id: mataram.unitId } });

    expect((await onServicePage(mataram.serviceSlug, comment.id))?.response).toMatchObject({ body: 'Terima kasih, loket tambahan dibuka mulai Senin.', edited: false });
    const receipt = await api.gql<{ feedbackReceipt: { response: { body: string; respondedAt: string } } }>(RECEIPT, { code: comment.receiptCode });
    expect(receipt.data!.feedbackReceipt.response).toMatchObject({ body: 'Terima kasih, loket tambahan dibuka mulai Senin.', respondedAt: res.data!.respondToFeedback.respondedAt });
  });

  it('corrects an answer: the public sees the new text marked as edited, and the earlier text stays in the revision log', async () => {
    const comment = await commentFixture(api, mataram.serviceId);
    const first = await respond(officer, comment.id, 'Loket dibuka pukul 07.30.');
    const second = await respond(admin, comment.id, 'Loket dibuka pukul 08.00 (ralat).');
    expect(second.errors).toBeUndefined();
    expect(second.data!.respondToFeedback).toMatchObject({ id: first.data!.respondToFeedback.id, body: 'Loket dibuka pukul 08.00 (ralat).', edited: true, respondedAt: first.data!.respondToFeedback.respondedAt });
    expect(second.data!.respondToFeedback.editedAt).not.toBeNull();

    expect((await onServicePage(mataram.serviceSlug, comment.id))?.response).toMatchObject({ body: 'Loket dibuka pukul 08.00 (ralat).', edited: true });
    const receipt = await api.gql<{ feedbackReceipt: { response: { body: string; edited: boolean } } }>(RECEIPT, { code: comment.receiptCode });
    expect(receipt.data!.feedbackReceipt.response).toMatchObject({ body: 'Loket dibuka pukul 08.00 (ralat).', edited: true });

    const revisions = await sql<{ previous_body: string; email: string }>(
      api,
      `select r.previous_body, a.email from official_response_revision r join staff_account a on a.id = r.edited_by_id where r.response_id = ?`,
      [first.data!.respondToFeedback.id],
    );
    expect(revisions).toEqual([{ previous_body: 'Loket dibuka pukul 07.30.', email: 'admin@suara.demo' }]);
    // The log is append-only: the database itself refuses to rewrite it.
    await expect(sql(api, `update official_response_revision set previous_body = 'x' where response_id = ?`, [first.data!.respondToFeedback.id])).rejects.toThrow(/append-only/);
    await expect(sql(api, `delete from official_response_revision where response_id = ?`, [first.data!.respondToFeedback.id])).rejects.toThrow(/append-only/);
  });

  it('lets an officer of a parent unit answer for its sub-unit, and refuses an officer of a sibling unit', async () => {
    const [parent] = await sql<{ id: string }>(api, `select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mataram' and exists (select 1 from unit c where c.parent_id = u.id) order by u.name limit 1`);
    const children = await sql<{ id: string; service_id: string }>(
      api,
      `select u.id, (select s.id from public_service s where s.unit_id = u.id order by s.slug limit 1) as service_id from unit u where u.parent_id = ? order by u.name`,
      [parent!.id],
    );
    expect(children.length).toBeGreaterThanOrEqual(2);
    const [child, sibling] = children as [{ id: string; service_id: string }, { id: string; service_id: string }];
    const parentOfficer = await api.login(await officerOf(api, parent!.id));
    const siblingOfficer = await api.login(await officerOf(api, sibling.id));
    const childOfficer = await api.login(await officerOf(api, child.id));

    const comment = await commentFixture(api, child.service_id);
    expect(codeOf(await respond(siblingOfficer, comment.id, 'Bukan unit kami.'))).toBe('FORBIDDEN');
    expect(codeOf(await respond(officer, comment.id, 'Bukan unit kami.'))).toBe('FORBIDDEN');
    const byParent = await respond(parentOfficer, comment.id, 'Dinas sudah meminta puskesmas menambah petugas.');
    expect(byParent.errors).toBeUndefined();
    // Given in the name of the service's own unit.
    expect(byParent.data!.respondToFeedback.unit.id).toBe(child.id);
    expect(codeOf(await respond(childOfficer, comment.id, 'Petugas sudah ditambah.'))).toBe('OK');

    // An officer of the sub-unit cannot answer for the parent's own services.
    const [parentService] = await sql<{ id: string }>(api, 'select id from public_service where unit_id = ? limit 1', [parent!.id]);
    if (parentService) {
      const parentComment = await commentFixture(api, parentService.id);
      expect(codeOf(await respond(childOfficer, parentComment.id, 'Tidak berwenang.'))).toBe('FORBIDDEN');
    }
  });

  it('answers only published comments, with a clear reason otherwise, and stores nothing for bad input', async () => {
    const noComment = await commentFixture(api, mataram.serviceId, { text: null });
    const pending = await commentFixture(api, mataram.serviceId, { status: 'PENDING' });
    const hidden = await commentFixture(api, mataram.serviceId, { status: 'HIDDEN', publishedAt: new Date(Date.now() - 86_400_000) });
    const published = await commentFixture(api, mataram.serviceId);

    expect(codeOf(await respond(officer, noComment.id, 'Terima kasih.'))).toBe('BAD_USER_INPUT');
    const held = await respond(officer, pending.id, 'Terima kasih.');
    expect(codeOf(held)).toBe('CONFLICT');
    expect(held.errors![0]!.message).toMatch(/moderasi/);
    expect(codeOf(await respond(officer, hidden.id, 'Terima kasih.'))).toBe('CONFLICT');
    expect(codeOf(await respond(officer, '00000000-0000-4000-8000-000000000000', 'Terima kasih.'))).toBe('NOT_FOUND');
    expect(codeOf(await respond(officer, 'bukan-id', 'Terima kasih.'))).toBe('NOT_FOUND');

    expect(codeOf(await respond(officer, published.id, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await respond(officer, published.id, 'x'.repeat(4001)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await respond(officer, published.id, '👍'.repeat(4000)))).toBe('OK');
    // A bad correction keeps the answer as it was.
    expect(codeOf(await respond(officer, published.id, ''))).toBe('BAD_USER_INPUT');
    const [kept] = await sql<{ n: number; chars: number }>(api, 'select count(*)::int as n, max(char_length(body)) as chars from official_response where feedback_id = ?', [published.id]);
    expect(kept).toEqual({ n: 1, chars: 4000 });
    const stored = await sql(api, 'select 1 from official_response where feedback_id in (?)', [[noComment.id, pending.id, hidden.id]]);
    expect(stored).toEqual([]);
  });

  it('refuses the signed-out, other regions and other roles', async () => {
    const comment = await commentFixture(api, mataram.serviceId);
    expect(codeOf(await respond(undefined, comment.id, 'Halo.'))).toBe('UNAUTHENTICATED');
    for (const email of ['officer@kupang.demo', 'moderator@mataram.demo', 'hr@mataram.demo', 'mayor@mataram.demo']) {
      expect(codeOf(await respond(await api.login(email), comment.id, 'Halo.')), email).toBe('FORBIDDEN');
    }
  });

  it('ends with one answer when many answers to one comment arrive at once', async () => {
    const comment = await commentFixture(api, mataram.serviceId);
    const tokens = [officer, admin];
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => respond(tokens[i % 2]!, comment.id, `Jawaban nomor ${i + 1}.`)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data!.respondToFeedback.id));
    expect(ids.size).toBe(1);
    const [counts] = await sql<{ responses: number; revisions: number }>(
      api,
      `select (select count(*)::int from official_response where feedback_id = ?) as responses,
              (select count(*)::int from official_response_revision r join official_response o on o.id = r.response_id where o.feedback_id = ?) as revisions`,
      [comment.id, comment.id],
    );
    expect(counts).toEqual({ responses: 1, revisions: 11 });
  });
});
