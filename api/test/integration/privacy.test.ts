/**
 * Personal data kept no longer than needed (issue 11, point 7; decision record 0034): the retention
 * sweep, and deletion on request by receipt code — asked by the citizen, confirmed or rejected by a
 * moderator of the rating's region — with the scores staying as anonymous counts.
 *
 * Ratings are Mamuju's (its pending queue is read by no other test); the sweep's rows are dated in
 * 2000 and the sweep is run "as of" 2002, so it erases only this file's rows, never the demo world's.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, submit } from '../support/feedback.js';
import { LOG, MODERATE, SCORES, codeOf, ok, secondModerator, servicesOf, sql, type ServiceRow } from '../support/moderation.js';
import { sweepRetention } from '../../src/modules/privacy/index.js';
import { setLogLevel } from '../../src/common/logger.js';

const REQUEST = `mutation ($code: String!, $reason: String) {
  requestDataDeletion(receiptCode: $code, reason: $reason) { status requestedAt decidedAt rejectReason }
}`;
const LIST = `query ($region: String!, $status: DataDeletionStatus, $first: Int, $after: String) {
  dataDeletionRequests(regionSlug: $region, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status channel receiptCode feedbackId service { slug } reason heldFields requestedBy { name } decidedBy { name } decidedAt rejectReason erasedFields } }
  }
}`;
const CONFIRM = 'mutation ($id: ID!) { confirmDataDeletion(id: $id) { id status erasedFields decidedBy { name } reason } }';
const REJECT = 'mutation ($id: ID!, $reason: String!) { rejectDataDeletion(id: $id, reason: $reason) { id status rejectReason } }';
const RECEIPT = 'query ($code: String!) { feedbackReceipt(code: $code) { status hasComment dataDeletion { status rejectReason decidedAt } } }';

interface RequestNode {
  id: string;
  status: string;
  channel: string;
  receiptCode: string;
  feedbackId: string;
  service: { slug: string };
  reason: string | null;
  heldFields: string[];
  requestedBy: { name: string } | null;
  decidedBy: { name: string } | null;
  decidedAt: string | null;
  rejectReason: string | null;
  erasedFields: string[] | null;
}

let api: TestApi;
let moderator: string;
let services: ServiceRow[];

beforeAll(async () => {
  api = await startTestApi();
  moderator = await api.login('moderator@mamuju.demo');
  services = await servicesOf(api, 'mamuju');
});
afterAll(async () => {
  await api.close();
});

/** A citizen's rating with a comment, a contact and a profile, as the rating form sends it. */
async function rating(service: ServiceRow, comment: string, contact = `warga-${randomUUID().slice(0, 6)}@contoh.id`) {
  const res = await submit(api, {
    serviceId: service.id,
    scores: scoresOf((_, i) => (i % 4) + 1),
    comment,
    contact,
    respondent: { ageGroup: '30-39', gender: 'P', education: 'SMA', occupation: 'WIRAUSAHA' },
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { id: res.data!.submitFeedback.feedback.id, code: res.data!.submitFeedback.receiptCode, contact, comment };
}

const ask = (code: string, reason?: string | null, options: { token?: string; clientIp?: string } = {}) =>
  api.gql<{ requestDataDeletion: { status: string; requestedAt: string; decidedAt: string | null; rejectReason: string | null } }>(
    REQUEST,
    { code, reason: reason ?? null },
    { clientIp: options.clientIp ?? freshClientIp(), token: options.token },
  );

async function pendingOf(feedbackId: string, token = moderator): Promise<RequestNode> {
  const list = await ok<{ dataDeletionRequests: { edges: Array<{ node: RequestNode }> } }>(api, LIST, { region: 'mamuju', status: 'PENDING', first: 100 }, token);
  const found = list.dataDeletionRequests.edges.map((e) => e.node).find((n) => n.feedbackId === feedbackId);
  expect(found, 'the request is in the region’s pending list').toBeDefined();
  return found!;
}

const feedbackRow = async (id: string) =>
  (
    await sql<Record<string, unknown>>(
      api,
      `select contact, comment, redacted_comment, client_hash, device_hash, respondent_age_group, respondent_gender, respondent_education, respondent_occupation,
              moderation_status, spam, score_persyaratan, score_sistem_mekanisme_prosedur, score_waktu_penyelesaian, score_biaya_tarif, score_produk_spesifikasi,
              score_kompetensi_pelaksana, score_perilaku_pelaksana, score_penanganan_pengaduan, score_sarana_prasarana
       from feedback where id = ?`,
      [id],
    )
  )[0]!;

const scoreColumns = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => k.startsWith('score_')));

describe('deletion on request by receipt code', () => {
  it('erases contact, comment, profile, log texts and report quotes once a moderator confirms; scores and IKM stay; the audit holds no content', async () => {
    const service = services[0]!;
    const mine = await rating(service, `Petugas loket ramah, tapi saya Bu Ratna ${randomUUID().slice(0, 8)} menunggu dua jam.`);
    // The comment is published, then redacted: the log keeps the text before and the redacted text.
    await ok(api, MODERATE, { input: { itemId: mine.id, action: 'APPROVE' } }, moderator);
    const redacted = `Petugas loket ramah, tapi saya […] menunggu dua jam ${randomUUID().slice(0, 4)}.`;
    await ok(api, MODERATE, { input: { itemId: mine.id, action: 'REDACT', reason: 'Nama warga.', redactedText: redacted } }, moderator);

    // A published Laporan SKM of the unit quotes the comment (and another one, which must stay).
    const [svc] = await sql<{ unit_id: string; region_id: string; day: string }>(
      api,
      `select s.unit_id, s.region_id, to_char((f.submitted_at at time zone r.time_zone)::date, 'YYYY-MM-DD') as day
       from public_service s join feedback f on f.service_id = s.id join region r on r.id = s.region_id where f.id = ?`,
      [mine.id],
    );
    const reportId = randomUUID();
    const other = { element: 'BIAYA_TARIF', tone: 'HIGH', service: 'Layanan lain', day: svc!.day, text: 'Biaya sesuai papan informasi.', answered: false };
    const content = {
      schema: 1,
      analysis: { comments: [{ element: 'WAKTU_PENYELESAIAN', tone: 'LOW', service: 'Layanan', day: svc!.day, text: redacted, answered: false }, other], complaints: { received: 2, answered: 0 } },
    };
    await sql(
      api,
      `insert into skm_report (id, created_at, unit_id, region_id, period_key, period_from, period_to, version, published_at, signed_by, response_count, ikm, grade, content)
       values (?, now(), ?, ?, 'PRIV-T', (?::date - 10), (?::date + 10), 1, now(), 'Kepala Unit (uji privasi)', 2, 80, 'B', ?)`,
      [reportId, svc!.unit_id, svc!.region_id, svc!.day, svc!.day, JSON.stringify(content)],
    );

    try {
      const before = await ok<{ service: { satisfaction: { responseCount: number; ikm: number } } }>(api, SCORES, { slug: service.slug });
      const rowBefore = await feedbackRow(mine.id);

      const asked = await ask(mine.code, 'Saya menyebut nama saya di komentar.');
      expect(asked.errors).toBeUndefined();
      expect(asked.data!.requestDataDeletion.status).toBe('PENDING');
      const pending = await pendingOf(mine.id);
      expect(pending).toMatchObject({ channel: 'TRACKING_PAGE', receiptCode: mine.code, reason: 'Saya menyebut nama saya di komentar.', requestedBy: null });
      expect(pending.heldFields.sort()).toEqual(['addressHashes', 'comment', 'contact', 'respondentProfile']);

      // The citizen had asked to be told of the answer: that notice holds the address too (0035).
      const [notice] = await sql<{ id: string }>(
        api,
        `insert into notification_outbox (id, created_at, region_id, kind, recipient, recipient_account_id, language, data, dedupe_key, status, attempts, next_attempt_at)
         select gen_random_uuid(), now(), region_id, 'ANSWER_GIVEN', contact, null, 'id', jsonb_build_object('feedbackId', id), 'answer:' || id, 'PENDING', 0, now() + interval '1 day'
         from feedback where id = ? returning id`,
        [mine.id],
      );

      const confirmed = await ok<{ confirmDataDeletion: { status: string; erasedFields: string[]; decidedBy: { name: string }; reason: string | null } }>(
        api,
        CONFIRM,
        { id: pending.id },
        moderator,
      );
      expect(confirmed.confirmDataDeletion.status).toBe('CONFIRMED');
      expect(confirmed.confirmDataDeletion.reason).toBeNull();
      expect(confirmed.confirmDataDeletion.erasedFields.sort()).toEqual(
        ['addressHashes', 'comment', 'contact', 'moderationHistoryText', 'notificationAddress', 'redactedComment', 'requestReason', 'respondentProfile', 'skmReportQuote'].sort(),
      );
      expect((await sql<{ recipient: string | null }>(api, 'select recipient from notification_outbox where id = ?', [notice!.id]))[0]!.recipient).toBeNull();

      const row = await feedbackRow(mine.id);
      expect(row).toMatchObject({
        contact: null,
        comment: null,
        redacted_comment: null,
        client_hash: null,
        device_hash: null,
        respondent_age_group: null,
        respondent_gender: null,
        respondent_education: null,
        respondent_occupation: null,
        spam: false,
      });
      expect(scoreColumns(row)).toEqual(scoreColumns(rowBefore));
      const after = await ok<{ service: { satisfaction: { responseCount: number; ikm: number } } }>(api, SCORES, { slug: service.slug });
      expect(after.service.satisfaction).toEqual(before.service.satisfaction);

      // The moderation log keeps its entries (who, when, which action) without the texts.
      const texts = await sql<{ previous_text: string | null; redacted_text: string | null; action: string }>(
        api,
        'select previous_text, redacted_text, action from moderation_action where feedback_id = ? order by at',
        [mine.id],
      );
      expect(texts.map((t) => t.action)).toEqual(['APPROVE', 'REDACT']);
      expect(texts.every((t) => t.previous_text === null && t.redacted_text === null)).toBe(true);
      const log = await api.gql<{ moderationLog: { edges: Array<{ node: { action: string } }> } }>(LOG, { itemId: null, region: 'mamuju', first: 100 }, { token: moderator });
      expect(log.errors, 'the region’s log still reads after an erasure').toBeUndefined();

      // The published report no longer quotes it; its other quote and its totals stay.
      const [report] = await sql<{ content: typeof content; response_count: number }>(api, 'select content, response_count from skm_report where id = ?', [reportId]);
      expect(report!.content.analysis.comments).toEqual([other]);
      expect(report!.content.analysis.complaints).toEqual({ received: 2, answered: 0 });

      // The tracking page's data says the personal data was erased.
      const receipt = await ok<{ feedbackReceipt: { status: string; hasComment: boolean; dataDeletion: { status: string } } }>(api, RECEIPT, { code: mine.code });
      expect(receipt.feedbackReceipt).toMatchObject({ hasComment: false, dataDeletion: { status: 'CONFIRMED' } });

      // The audit trail: who, when, which rating, which fields — and none of the erased words.
      const audit = await sql<{ action: string; actor_id: string | null; feedback_id: string; details: unknown }>(
        api,
        'select action, actor_id, feedback_id, details from privacy_audit_entry where feedback_id = ? order by created_at',
        [mine.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['DELETION_REQUESTED', 'DELETION_CONFIRMED']);
      expect(audit[0]!.actor_id).toBeNull();
      expect(audit[1]!.actor_id).not.toBeNull();
      const logged = JSON.stringify(audit);
      for (const secret of [mine.contact, mine.comment, redacted, 'Saya menyebut nama saya']) expect(logged).not.toContain(secret);
      // …and it is append-only.
      await expect(sql(api, 'update privacy_audit_entry set details = null where feedback_id = ?', [mine.id])).rejects.toThrow(/append-only/);

      // Asking again changes nothing: the answer is the confirmed request.
      const again = await ask(mine.code);
      expect(again.data!.requestDataDeletion.status).toBe('CONFIRMED');
      expect(codeOf(await api.gql(CONFIRM, { id: pending.id }, { token: moderator }))).toBe('CONFLICT');
    } finally {
      await sql(api, 'delete from skm_report where id = ?', [reportId]);
    }
  });

  it('keeps the moderation log append-only for everything but the erasure of its texts', async () => {
    const [entry] = await sql<{ id: string }>(api, `select id from moderation_action where region_id = (select id from region where slug = 'mamuju') limit 1`);
    await expect(sql(api, `update moderation_action set reason = 'ditulis ulang' where id = ?`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(sql(api, `update moderation_action set previous_text = null, reason = 'x' where id = ?`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(sql(api, 'delete from moderation_action where id = ?', [entry!.id])).rejects.toThrow(/append-only/);
  });

  it('rejects a request with a reason the citizen reads, erasing nothing; the citizen may ask again', async () => {
    const mine = await rating(services[1]!, 'Antrean rapi dan cepat.');
    await ask(mine.code);
    const pending = await pendingOf(mine.id);
    expect(codeOf(await api.gql(REJECT, { id: pending.id, reason: '' }, { token: moderator }))).toBe('BAD_USER_INPUT');
    const rejected = await ok<{ rejectDataDeletion: { status: string; rejectReason: string } }>(
      api,
      REJECT,
      { id: pending.id, reason: 'Kode pada surat tidak cocok dengan penilaian ini.' },
      moderator,
    );
    expect(rejected.rejectDataDeletion).toMatchObject({ status: 'REJECTED', rejectReason: 'Kode pada surat tidak cocok dengan penilaian ini.' });
    const row = await feedbackRow(mine.id);
    expect(row).toMatchObject({ contact: mine.contact, comment: mine.comment, respondent_gender: 'P' });
    const receipt = await ok<{ feedbackReceipt: { hasComment: boolean; dataDeletion: { status: string; rejectReason: string } } }>(api, RECEIPT, { code: mine.code });
    expect(receipt.feedbackReceipt).toMatchObject({ hasComment: true, dataDeletion: { status: 'REJECTED', rejectReason: 'Kode pada surat tidak cocok dengan penilaian ini.' } });
    expect(codeOf(await api.gql(CONFIRM, { id: pending.id }, { token: moderator }))).toBe('CONFLICT');
    expect((await ask(mine.code)).data!.requestDataDeletion.status).toBe('PENDING');
  });

  it('lets a moderator enter a request that came by letter, named as its author; one pending request per rating', async () => {
    const mine = await rating(services[2]!, 'Mohon hapus data saya (surat).');
    const first = await ask(mine.code, 'Surat tertanggal 20 November.', { token: moderator });
    expect(first.errors).toBeUndefined();
    const twice = await Promise.all([ask(mine.code), ask(mine.code), ask(mine.code, null, { token: moderator })]);
    expect(twice.map(codeOf)).toEqual(['OK', 'OK', 'OK']);
    const [{ n }] = (await sql<{ n: number }>(api, 'select count(*)::int as n from data_deletion_request where feedback_id = ?', [mine.id])) as [{ n: number }];
    expect(n).toBe(1);
    const pending = await pendingOf(mine.id);
    expect(pending.channel).toBe('STAFF');
    expect(pending.requestedBy?.name).toBeTruthy();
  });

  it('refuses other regions’ moderators and other roles, and tells an unknown code no more than the tracking page does', async () => {
    const mine = await rating(services[3]!, 'Ruang tunggu panas.');
    await ask(mine.code);
    const pending = await pendingOf(mine.id);
    const kupang = await api.login('moderator@kupang.demo');
    const hr = await api.login('hr@mamuju.demo');
    expect(codeOf(await api.gql(CONFIRM, { id: pending.id }, { token: kupang }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(REJECT, { id: pending.id, reason: 'Bukan wewenang saya.' }, { token: kupang }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(LIST, { region: 'mamuju' }, { token: kupang }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CONFIRM, { id: pending.id }, { token: hr }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CONFIRM, { id: pending.id }))).toBe('UNAUTHENTICATED');
    // A staff member of another region cannot enter a request for this one.
    expect(codeOf(await ask(mine.code, null, { token: kupang }))).toBe('FORBIDDEN');
    expect((await feedbackRow(mine.id)).comment).toBe('Ruang tunggu panas.');

    const unknown = await ask('ZZZZZ-ZZZZZ');
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(RECEIPT, { code: 'ZZZZZ-ZZZZZ' }))).toBe('OK'); // the tracking page: null, "not found"
    expect(codeOf(await ask('not a code'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(mine.code, 'alasan\u0000'))).toBe('BAD_USER_INPUT');
  });

  it('limits requests per network, unknown codes included', async () => {
    const ip = freshClientIp();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(codeOf(await ask('ZZZZZ-ZZZZ' + 'ABCDEFGHJKM'[i]!, null, { clientIp: ip })));
    expect(answers.slice(0, 10)).toEqual(Array(10).fill('NOT_FOUND'));
    expect(answers[10]).toBe('RATE_LIMITED');
  });

  it('records and confirms many different requests at once, at the default limits', async () => {
    const ratings = await Promise.all(Array.from({ length: 30 }, (_, i) => rating(services[i % services.length]!, `Komentar serentak ${i} ${randomUUID().slice(0, 6)}.`)));
    const asked = await Promise.all(ratings.map((r, i) => ask(r.code, i % 2 ? `Alasan ${i}` : null)));
    expect(asked.map(codeOf)).toEqual(Array(30).fill('OK'));
    const list = await ok<{ dataDeletionRequests: { edges: Array<{ node: RequestNode }> } }>(api, LIST, { region: 'mamuju', status: 'PENDING', first: 100 }, moderator);
    const ids = new Set(ratings.map((r) => r.id));
    const mine = list.dataDeletionRequests.edges.map((e) => e.node).filter((n) => ids.has(n.feedbackId));
    expect(mine).toHaveLength(30);
    const second = await secondModerator(api, 'mamuju');
    const confirmed = await Promise.all(mine.map((n, i) => api.gql(CONFIRM, { id: n.id }, { token: i % 2 ? moderator : second })));
    expect(confirmed.map(codeOf)).toEqual(Array(30).fill('OK'));
    const [left] = await sql<{ n: number }>(api, 'select count(*)::int as n from feedback where id in (?) and (comment is not null or contact is not null)', [[...ids]]);
    expect(left!.n).toBe(0);
  });

  it('pages through a region’s requests', async () => {
    const first = await ok<{ dataDeletionRequests: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } }>(
      api,
      LIST,
      { region: 'mamuju', first: 2 },
      moderator,
    );
    expect(first.dataDeletionRequests.edges).toHaveLength(2);
    expect(first.dataDeletionRequests.pageInfo.hasNextPage).toBe(true);
    const next = await ok<{ dataDeletionRequests: { edges: Array<{ node: { id: string } }> } }>(
      api,
      LIST,
      { region: 'mamuju', first: 2, after: first.dataDeletionRequests.pageInfo.endCursor },
      moderator,
    );
    expect(next.dataDeletionRequests.edges).toHaveLength(2);
    expect(codeOf(await api.gql(LIST, { region: 'mamuju', after: 'bukan-kursor' }, { token: moderator }))).toBe('BAD_USER_INPUT');
  });
});

describe('retention', () => {
  /** Rows of this test, dated in 2000–2001: far before anything of the demo world. */
  async function oldRatings(count: number, at: string, tag: string): Promise<string[]> {
    const service = services[0]!;
    const rows = await sql<{ id: string }>(
      api,
      `insert into feedback (id, created_at, service_id, region_id, submitted_at, score_persyaratan, score_sistem_mekanisme_prosedur, score_waktu_penyelesaian,
         score_biaya_tarif, score_produk_spesifikasi, score_kompetensi_pelaksana, score_perilaku_pelaksana, score_penanganan_pengaduan, score_sarana_prasarana,
         comment, moderation_status, spam, report_count, contact, receipt_code, idempotency_key, channel, client_hash, device_hash)
       select gen_random_uuid(), now(), s.id, s.region_id, ?::timestamptz, 1, 2, 3, 4, 1, 2, 3, 4, 2,
         ? || ' ' || g, 'SPAM', true, 0, 'warga' || g || '@contoh.id', 'PV' || substr(md5(random()::text), 1, 12), gen_random_uuid()::text, 'WEB',
         md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text)
       from public_service s, generate_series(1, ?) g where s.id = ?
       returning id`,
      [at, tag, count, service.id],
    );
    return rows.map((r) => r.id);
  }

  // Spam rows: they count toward no score, so dating them in 2000 changes no rollup of the demo world.
  const AS_OF = new Date('2002-01-01T00:00:00Z');

  it('erases contacts and hashes of what is older than the period, keeps newer rows, scores and comments, and is idempotent', async () => {
    const tag = `retensi-${randomUUID().slice(0, 6)}`;
    const old = await oldRatings(3, '2000-06-01T00:00:00Z', tag);
    const recent = await oldRatings(2, '2001-06-01T00:00:00Z', tag);
    const [thread] = await sql<{ id: string }>(api, `select id from forum_thread where region_id = (select id from region where slug = 'mamuju') limit 1`);
    const posts = await sql<{ id: string; created_at: Date }>(
      api,
      `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, report_count, client_hash)
       select gen_random_uuid(), d::timestamptz, t.id, t.region_id, 'Pertanyaan lama.', 'Wati', 'HIDDEN', 0, md5(random()::text) || md5(random()::text)
       from forum_thread t, unnest(array['2000-06-01', '2001-06-01']) d where t.id = ? returning id, created_at`,
      [thread!.id],
    );
    const reports = await sql<{ id: string }>(
      api,
      `insert into report (id, created_at, item_kind, feedback_id, region_id, reason, status, client_hash)
       select gen_random_uuid(), '2000-07-01'::timestamptz, 'FEEDBACK_COMMENT', f.id, f.region_id, 'Laporan lama.', 'RESOLVED', md5(random()::text) || md5(random()::text)
       from feedback f where f.id = ? returning id`,
      [old[0]],
    );
    await sql(
      api,
      `insert into data_deletion_request (id, created_at, feedback_id, region_id, status, channel, reason) select gen_random_uuid(), '2000-08-01'::timestamptz, id, region_id, 'REJECTED', 'STAFF', 'Surat lama berisi nama.' from feedback where id = ?`,
      [old[1]],
    );

    // Answer notices (decision record 0035): a citizen's old one loses its address; a newer one and a
    // staff member's keep theirs.
    const notices = await sql<{ id: string }>(
      api,
      `insert into notification_outbox (id, created_at, region_id, kind, recipient, recipient_account_id, language, data, dedupe_key, status, attempts, next_attempt_at)
       select gen_random_uuid(), n.at::timestamptz, f.region_id, n.kind, n.recipient, n.account, 'id', '{}'::jsonb, n.kind || ':' || gen_random_uuid(), 'SENT', 1, n.at::timestamptz
       from feedback f, (values ('2000-06-02', 'ANSWER_GIVEN', 'warga-lama@contoh.id', null::uuid),
                                ('2001-06-02', 'ANSWER_GIVEN', 'warga-baru@contoh.id', null::uuid),
                                ('2000-06-02', 'COMMENT_PUBLISHED', 'petugas@contoh.id', (select id from staff_account order by email limit 1))) n(at, kind, recipient, account)
       where f.id = ? returning id`,
      [old[2]],
    );

    const result = await sweepRetention(api.orm.em.fork(), { months: 12, now: AS_OF });
    expect(result).toMatchObject({ swept: true, olderThan: '2001-01-01' });
    expect(result.counts).toEqual({ contacts: 3, ratingHashes: 3, forumPostHashes: 1, reportHashes: 1, deletionReasons: 1, notificationAddresses: 1 });
    const addresses = await sql<{ recipient: string | null }>(api, 'select recipient from notification_outbox where id in (?) order by created_at, kind', [notices.map((n) => n.id)]);
    expect(addresses.map((a) => a.recipient)).toEqual([null, 'petugas@contoh.id', 'warga-baru@contoh.id']);

    const rows = await sql<{ id: string; contact: string | null; client_hash: string | null; device_hash: string | null; comment: string; score_biaya_tarif: number }>(
      api,
      'select id, contact, client_hash, device_hash, comment, score_biaya_tarif from feedback where id in (?)',
      [[...old, ...recent]],
    );
    for (const r of rows) {
      const isOld = old.includes(r.id);
      expect(r.contact === null, 'contact erased only when old').toBe(isOld);
      expect(r.client_hash === null && r.device_hash === null).toBe(isOld);
      expect(r.comment.startsWith(tag)).toBe(true);
      expect(r.score_biaya_tarif).toBe(4);
    }
    const postHashes = await sql<{ id: string; client_hash: string | null }>(api, 'select id, client_hash from forum_post where id in (?) order by created_at', [posts.map((p) => p.id)]);
    expect(postHashes.map((p) => p.client_hash === null)).toEqual([true, false]);
    expect((await sql<{ client_hash: string | null }>(api, 'select client_hash from report where id = ?', [reports[0]!.id]))[0]!.client_hash).toBeNull();

    const [audits] = await sql<{ n: number }>(api, `select count(*)::int as n from privacy_audit_entry where action = 'RETENTION_SWEEP'`);
    const again = await sweepRetention(api.orm.em.fork(), { months: 12, now: AS_OF });
    expect(again.counts).toEqual({ contacts: 0, ratingHashes: 0, forumPostHashes: 0, reportHashes: 0, deletionReasons: 0, notificationAddresses: 0 });
    const [auditsAfter] = await sql<{ n: number }>(api, `select count(*)::int as n from privacy_audit_entry where action = 'RETENTION_SWEEP'`);
    expect(auditsAfter!.n).toBe(audits!.n);
  });

  it('works through many rows in short batches, logging counts and the cut-off day only', async () => {
    const tag = `retensi-banyak-${randomUUID().slice(0, 6)}`;
    const ids = await oldRatings(1200, '2000-03-01T00:00:00Z', tag);
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    setLogLevel('info');
    process.stdout.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    let result;
    try {
      result = await sweepRetention(api.orm.em.fork(), { months: 12, now: AS_OF, batchSize: 100 });
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
      setLogLevel('silent');
    }
    expect(result.counts.contacts).toBe(1200);
    const [left] = await sql<{ n: number }>(api, 'select count(*)::int as n from feedback where id in (?) and (contact is not null or client_hash is not null)', [ids]);
    expect(left!.n).toBe(0);
    // The sweep itself writes nothing with a citizen's words (the API's timer logs retentionSummary).
    expect(lines.join('')).not.toContain('@contoh.id');
    const [entry] = await sql<{ details: Record<string, unknown> }>(api, `select details from privacy_audit_entry where action = 'RETENTION_SWEEP' order by created_at desc limit 1`);
    expect(entry!.details).toMatchObject({ olderThan: '2001-01-01', contacts: 1200 });
    expect(JSON.stringify(entry!.details)).not.toContain('@');
  });

  it('lets one process sweep at a time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => sweepRetention(api.orm.em.fork(), { months: 12, now: AS_OF })));
    expect(results.some((r) => r.swept)).toBe(true);
  });
});
