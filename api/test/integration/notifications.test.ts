import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/common/logger.js';
import { sweepOverdueAnswers } from '../../src/modules/answers/index.js';
import { NotificationWorker, smtpTransport, type SmtpTransport, type WorkerOptions } from '../../src/modules/notifications/index.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { commentFixture, officerOf } from '../support/answers.js';
import { MODERATE, rate, servicesOf, sql, type ServiceRow } from '../support/moderation.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { freshClientIp, scoresOf } from '../support/feedback.js';

/**
 * Issue 11, point 8 (decision record 0035): an outbox written in the event's transaction, delivered
 * over real SMTP (a server started here), retried with backoff, never sent twice by two workers.
 */

const marker = randomUUID().slice(0, 8);
/** Words a citizen wrote and an address they left: never in a mail to staff, never in a log line. */
const COMMENT = `antrean-rahasia-${marker} loket dua lama sekali`;
const PUBLIC_URL = 'https://suara.contoh.go.id';

let api: TestApi;
let smtp: TestSmtp;
let licensing: ServiceRow;
let moderator: string;
let officer: string;
let logs = '';
const transports: SmtpTransport[] = [];

/** A worker on a connection of its own, sending to `url` (the test server unless told otherwise). */
function worker(url = smtp.url, options: Partial<WorkerOptions> = {}): NotificationWorker {
  const transport = smtpTransport(url);
  transports.push(transport);
  return new NotificationWorker(() => api.orm.em.fork(), transport, { publicUrl: PUBLIC_URL, from: 'Suara <suara@contoh.go.id>', ...options });
}

interface OutboxRow {
  id: string;
  kind: string;
  status: string;
  recipient: string | null;
  language: string;
  attempts: number;
  last_error: string | null;
  dedupe_key: string;
  due: boolean;
}

const rowsFor = (feedbackId: string) =>
  sql<OutboxRow>(api, `select *, next_attempt_at <= now() as due from notification_outbox where dedupe_key like ? order by dedupe_key`, [`%:${feedbackId}%`]);

const messageIdOf = (rowId: string) => `<notification.${rowId}@suara.contoh.go.id>`;

async function publish(feedbackId: string, action = 'APPROVE', reason: string | null = null) {
  return api.gql(MODERATE, { input: { itemId: feedbackId, action, reason } }, { token: moderator });
}

beforeAll(async () => {
  api = await startTestApi();
  smtp = await startSmtp((address) => (address.startsWith('sementara-') && smtp.received.length < 1000 && tempFailures-- > 0 ? 451 : address.startsWith('tidak-ada-') ? 550 : null));
  licensing = (await servicesOf(api, 'mataram')).find((s) => s.slug.includes('izin') || s.slug.includes('perizinan')) ?? (await servicesOf(api, 'mataram'))[0]!;
  const [unit] = await sql<{ unit_id: string }>(api, 'select unit_id from public_service where id = ?', [licensing.id]);
  officer = await officerOf(api, unit!.unit_id);
  moderator = await api.login('moderator@mataram.demo');
  // Every line the API logs from here on, at its most talkative.
  setLogLevel('debug');
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logs += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  setLogLevel('silent');
  for (const t of transports) t.close();
  await smtp?.close();
  await api?.close();
});

let tempFailures = 0;

describe('notifications', () => {
  it('keeps the rows PENDING without SMTP_URL, and lists them to the region’s moderator and to their recipients only', async () => {
    expect(api.app.notifications).toBeNull();
    const comment = await rate(api, licensing, COMMENT);
    expect((await publish(comment.id)).errors).toBeUndefined();
    const rows = await rowsFor(comment.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'PENDING' && r.kind === 'COMMENT_PUBLISHED')).toBe(true);
    const mine = rows.find((r) => r.recipient === officer)!;
    expect(mine).toBeDefined();

    const LIST = `query ($slug: String, $status: NotificationStatus) { notificationOutbox(regionSlug: $slug, status: $status, first: 100) {
      totalCount edges { node { id kind status recipient language subject attempts nextAttemptAt sentAt lastError } } } }`;
    type List = { notificationOutbox: { totalCount: number; edges: Array<{ node: { id: string; recipient: string; status: string; subject: string } }> } };
    const asModerator = await api.gql<List>(LIST, { slug: 'mataram', status: 'PENDING' }, { token: moderator });
    expect(asModerator.errors).toBeUndefined();
    const listed = asModerator.data!.notificationOutbox.edges.find((e) => e.node.id === mine.id)?.node;
    expect(listed).toMatchObject({ status: 'PENDING', recipient: officer });
    expect(listed!.subject).toMatch(/^Komentar baru menunggu jawaban: /);

    const asOfficer = await api.gql<List>(LIST, {}, { token: await api.login(officer) });
    expect(asOfficer.data!.notificationOutbox.edges.map((e) => e.node.recipient)).toEqual(asOfficer.data!.notificationOutbox.edges.map(() => officer));
    expect(asOfficer.data!.notificationOutbox.edges.some((e) => e.node.id === mine.id)).toBe(true);

    const asKupang = await api.gql<List>(LIST, { slug: 'mataram' }, { token: await api.login('moderator@kupang.demo') });
    expect(asKupang.data!.notificationOutbox.edges.some((e) => e.node.id === mine.id)).toBe(false);
  });

  it('tells each officer of the unit once, in Indonesian, with a link to the inbox and without the comment’s words', async () => {
    const comment = await rate(api, licensing, COMMENT);
    expect((await publish(comment.id)).errors).toBeUndefined();
    // Hidden and published again: the comment is no newer, and nobody hears of it twice.
    expect((await publish(comment.id, 'HIDE', 'Periksa ulang')).errors).toBeUndefined();
    expect((await publish(comment.id, 'RESTORE')).errors).toBeUndefined();
    const rows = await rowsFor(comment.id);
    expect(rows.filter((r) => r.recipient === officer)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(rows.length);

    await worker().drain();
    for (const row of rows) {
      const mails = smtp.received.filter((m) => m.messageId === messageIdOf(row.id));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toEqual([row.recipient]);
    }
    const mail = smtp.received.find((m) => m.messageId === messageIdOf(rows.find((r) => r.recipient === officer)!.id))!;
    expect(mail.subject).toMatch(/^Komentar baru menunggu jawaban: /);
    expect(mail.text).toContain(`${PUBLIC_URL}/staf/kotak-masuk`);
    expect(mail.text).not.toContain(`antrean-rahasia-${marker}`);
    expect((await rowsFor(comment.id)).every((r) => r.status === 'SENT')).toBe(true);
  });

  it('tells a citizen who asked, once, in the language of the form, when the unit answers — and not again when the answer is corrected', async () => {
    const contact = `warga-${marker}@contoh.id`;
    const asked = await rate(api, licensing, COMMENT, { contact, notifyOnAnswer: true });
    const silent = await rate(api, licensing, COMMENT, { contact: `diam-${marker}@contoh.id` });
    // The English form: the portal sends the visitor's language as Accept-Language.
    const english = await api.gql<{ submitFeedback: { feedback: { id: string }; receiptCode: string } }>(
      'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id } } }',
      { input: { serviceId: licensing.id, idempotencyKey: randomUUID(), scores: scoresOf(3), comment: COMMENT, contact: `english-${marker}@contoh.id`, notifyOnAnswer: true } },
      { lang: 'en', clientIp: freshClientIp() },
    );
    expect(english.errors).toBeUndefined();
    const englishId = english.data!.submitFeedback.feedback.id;

    const officerToken = await api.login(officer);
    const RESPOND = 'mutation ($id: ID!, $body: String!) { respondToFeedback(feedbackId: $id, body: $body) { id } }';
    for (const id of [asked.id, silent.id, englishId]) {
      expect((await publish(id)).errors).toBeUndefined();
      expect((await api.gql(RESPOND, { id, body: 'Terima kasih, loket tambahan dibuka.' }, { token: officerToken })).errors).toBeUndefined();
    }
    // A correction of the answer is no news.
    expect((await api.gql(RESPOND, { id: asked.id, body: 'Terima kasih, loket tambahan dibuka mulai Senin.' }, { token: officerToken })).errors).toBeUndefined();

    const answerRows = async (id: string) => (await rowsFor(id)).filter((r) => r.kind === 'ANSWER_GIVEN');
    expect(await answerRows(silent.id)).toHaveLength(0);
    const [indonesian] = await answerRows(asked.id);
    const [inEnglish] = await answerRows(englishId);
    expect(indonesian).toMatchObject({ recipient: contact, language: 'id' });
    expect(inEnglish).toMatchObject({ recipient: `english-${marker}@contoh.id`, language: 'en' });
    expect(await answerRows(asked.id)).toHaveLength(1);

    await worker().drain();
    const toCitizen = smtp.to(contact);
    expect(toCitizen).toHaveLength(1);
    expect(toCitizen[0]!.subject).toMatch(/^Ada jawaban untuk masukan Anda tentang /);
    expect(toCitizen[0]!.text).toContain(`${PUBLIC_URL}/lacak/${asked.receiptCode}`);
    const toEnglish = smtp.to(`english-${marker}@contoh.id`);
    expect(toEnglish).toHaveLength(1);
    expect(toEnglish[0]!.subject).toMatch(/^Your feedback on .* has an answer$/);
    expect(toEnglish[0]!.text).toContain(`${PUBLIC_URL}/lacak/${english.data!.submitFeedback.receiptCode}`);
    expect(smtp.to(`diam-${marker}@contoh.id`)).toHaveLength(0);
  });

  it('asks for an e-mail address when a citizen wants to be told but left a phone number', async () => {
    const res = await api.gql(
      'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode } }',
      { input: { serviceId: licensing.id, idempotencyKey: randomUUID(), scores: scoresOf(3), comment: COMMENT, contact: '0812 3456 7890', notifyOnAnswer: true } },
      { clientIp: freshClientIp() },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('contact');
  });

  it('tells the unit’s officers once when a published comment passes its answer deadline, however often the sweep runs', async () => {
    const day = 86_400_000;
    const overdue = await commentFixture(api, licensing.id, { publishedAt: new Date(Date.now() - 9 * day) });
    const answered = await commentFixture(api, licensing.id, { publishedAt: new Date(Date.now() - 9 * day) });
    await sql(api, `insert into official_response (id, created_at, feedback_id, unit_id, body, responded_at)
                    select gen_random_uuid(), now(), f.id, s.unit_id, 'Sudah dijawab.', now() from feedback f join public_service s on s.id = f.service_id where f.id = ?`, [answered.id]);
    const recent = await commentFixture(api, licensing.id, { publishedAt: new Date(Date.now() - 2 * day) });
    // 40 days: its deadline passed long before the last 14 days, yet it stays in the running survey period,
    // whose numbers no published open data holds yet (the open-data test compares them).
    const ancient = await commentFixture(api, licensing.id, { publishedAt: new Date(Date.now() - 40 * day) });

    const catalog = await api.app.catalog.get(() => api.orm.em.fork());
    // Two processes' sweeps at once, then another: one sweeps, the other skips, the third adds nothing.
    await Promise.all([sweepOverdueAnswers(api.orm.em.fork(), catalog), sweepOverdueAnswers(api.orm.em.fork(), catalog)]);
    await sweepOverdueAnswers(api.orm.em.fork(), catalog);

    const rows = (await rowsFor(overdue.id)).filter((r) => r.kind === 'ANSWER_OVERDUE');
    expect(rows.filter((r) => r.recipient === officer)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(rows.length);
    for (const id of [answered.id, recent.id, ancient.id]) expect((await rowsFor(id)).filter((r) => r.kind === 'ANSWER_OVERDUE')).toHaveLength(0);

    await worker().drain();
    const mail = smtp.received.find((m) => m.messageId === messageIdOf(rows.find((r) => r.recipient === officer)!.id))!;
    expect(mail.to).toEqual([officer]);
    expect(mail.subject).toMatch(/^Lewat tenggat: komentar tentang .* belum dijawab$/);
    expect(mail.text).toContain(`${PUBLIC_URL}/staf/kotak-masuk`);
  });

  it('writes no notification when the moderation that would publish the comment is rolled back', async () => {
    const comment = await rate(api, licensing, COMMENT);
    const refused = `gagal-${marker}`;
    // The moderation log refuses this reason, after the comment's row and its notices were written.
    await sql(api, `alter table moderation_action add constraint notify_test_reason check (reason is null or reason <> '${refused}')`);
    try {
      const res = await publish(comment.id, 'APPROVE', refused);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql(api, 'alter table moderation_action drop constraint if exists notify_test_reason');
    }
    const [feedback] = await sql<{ moderation_status: string }>(api, 'select moderation_status from feedback where id = ?', [comment.id]);
    expect(feedback!.moderation_status).toBe('PENDING');
    expect(await rowsFor(comment.id)).toHaveLength(0);
    // Published for real: now the notices exist.
    expect((await publish(comment.id)).errors).toBeUndefined();
    expect((await rowsFor(comment.id)).length).toBeGreaterThan(0);
  });

  it('retries a mail the server refuses for now, after a wait, and delivers it once; a permanent refusal fails at once', async () => {
    const temporary = `sementara-${marker}@contoh.id`;
    const missing = `tidak-ada-${marker}@contoh.id`;
    const ids = [randomUUID(), randomUUID()];
    await insertRows([
      { id: ids[0]!, recipient: temporary },
      { id: ids[1]!, recipient: missing },
    ]);
    tempFailures = 1;
    const w = worker(smtp.url, { backoffSeconds: [300, 300] });
    await w.drain();
    const [first] = await sql<OutboxRow>(api, 'select *, next_attempt_at <= now() as due from notification_outbox where id = ?', [ids[0]]);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'SMTP 451', due: false });
    const [gone] = await sql<OutboxRow>(api, 'select * from notification_outbox where id = ?', [ids[1]]);
    expect(gone).toMatchObject({ status: 'FAILED', attempts: 1, last_error: 'SMTP 550' });

    // Not due yet: a round now leaves it alone.
    await w.drain();
    expect(smtp.to(temporary)).toHaveLength(0);
    // Its wait is over (as if five minutes passed): delivered, once.
    await sql(api, 'update notification_outbox set next_attempt_at = now() where id = ?', [ids[0]]);
    await w.drain();
    await w.drain();
    expect(smtp.to(temporary)).toHaveLength(1);
    const [sent] = await sql<OutboxRow>(api, 'select * from notification_outbox where id = ?', [ids[0]]);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('retries while the mail server is down and gives up after the last attempt', async () => {
    const id = randomUUID();
    await insertRows([{ id, recipient: `mati-${marker}@contoh.id` }]);
    const closed = await startSmtp();
    await closed.close(); // a port where nothing listens any more
    const down = worker(closed.url, { backoffSeconds: [0] });
    await down.runOnce();
    const [retry] = await sql<OutboxRow>(api, 'select * from notification_outbox where id = ?', [id]);
    expect(retry).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'ECONNREFUSED' });
    await down.runOnce();
    const [failed] = await sql<OutboxRow>(api, 'select * from notification_outbox where id = ?', [id]);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, last_error: 'ECONNREFUSED' });
  });

  it('delivers every row exactly once when two workers on separate connections run at once', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ id: randomUUID(), recipient: `banyak-${i}-${marker}@contoh.id` }));
    await insertRows(rows);
    const a = worker(smtp.url, { batchSize: 5 });
    const b = worker(smtp.url, { batchSize: 5 });
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    for (const row of rows) expect(smtp.received.filter((m) => m.messageId === messageIdOf(row.id))).toHaveLength(1);
    const states = await sql<{ status: string; n: number }>(api, 'select status, count(*)::int as n from notification_outbox where id in (?) group by status', [rows.map((r) => r.id)]);
    expect(states).toEqual([{ status: 'SENT', n: 60 }]);
  });

  it('takes a row again after its lease when the worker that claimed it died mid-send', async () => {
    const id = randomUUID();
    await insertRows([{ id, recipient: `lease-${marker}@contoh.id` }]);
    // Claimed by a worker that never came back: SENDING, lease over.
    await sql(api, `update notification_outbox set status = 'SENDING', attempts = 1, next_attempt_at = now() - interval '1 second' where id = ?`, [id]);
    await worker().drain();
    expect(smtp.to(`lease-${marker}@contoh.id`)).toHaveLength(1);
    expect(smtp.to(`lease-${marker}@contoh.id`)[0]!.messageId).toBe(messageIdOf(id));
  });

  it('never writes a citizen’s words or address into a log line', () => {
    expect(logs).toContain('notification round');
    for (const secret of [`antrean-rahasia-${marker}`, `warga-${marker}`, `english-${marker}`, `sementara-${marker}`, `tidak-ada-${marker}`]) {
      expect(logs).not.toContain(secret);
    }
  });
});

/** Outbox rows of the region Mataram addressed to `recipient`, as a citizen's answer notice. */
async function insertRows(rows: Array<{ id: string; recipient: string }>): Promise<void> {
  for (const row of rows) {
    await sql(
      api,
      `insert into notification_outbox (id, created_at, region_id, kind, recipient, language, data, dedupe_key, status, attempts, next_attempt_at)
       select ?, now(), r.id, 'ANSWER_GIVEN', ?, 'id', '{"serviceName": "Uji"}'::jsonb, ?, 'PENDING', 0, now() from region r where r.slug = 'mataram'`,
      [row.id, row.recipient, `test:${row.id}`],
    );
  }
}
