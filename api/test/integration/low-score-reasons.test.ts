/**
 * "What went wrong?" (issue 13, point 2; decision record 0038): a citizen who scores an element 1 or 2
 * may pick a few plain reasons; they are stored with the rating in its one statement, refused when
 * they do not fit, stored once whatever the retries, counted for HR and kept when personal data goes.
 */
import { randomUUID } from 'node:crypto';
import { lastCompletePeriod, SKM_ELEMENTS, type SurveyPeriodKind } from '@suara/skm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { SUBMIT, freshClientIp, scoresOf, serviceId as serviceIdOf, submit } from '../support/feedback.js';
import { ok, servicesOf, sql } from '../support/moderation.js';

let api: TestApi;

/** Staff behaviour (7th) and fee (4th) scored 1, everything else 3. */
const lowStaffAndFee = scoresOf((e) => (e === 'PERILAKU_PELAKSANA' || e === 'BIAYA_TARIF' ? 1 : 3));

const reasonsOf = (feedbackId: string) =>
  sql<{ element: string; reason: string; region_id: string; service_id: string; same_moment: boolean }>(
    api,
    `select r.element, r.reason, r.region_id, r.service_id, r.submitted_at = f.submitted_at as same_moment
     from feedback_reason r join feedback f on f.id = r.feedback_id where r.feedback_id = ? order by r.element, r.reason`,
    [feedbackId],
  );

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('reasons sent with a rating', () => {
  it('stores the reasons of low scores with the rating, with its region, service and moment', async () => {
    const [service] = await servicesOf(api, 'kupang');
    const res = await submit(api, {
      serviceId: service!.id,
      scores: lowStaffAndFee,
      lowScoreReasons: [
        { element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY' },
        { element: 'PERILAKU_PELAKSANA', reason: 'UNFRIENDLY' },
        { element: 'BIAYA_TARIF', reason: 'ABOVE_TARIFF' },
        // Sent twice (a double tap): kept once.
        { element: 'BIAYA_TARIF', reason: 'ABOVE_TARIFF' },
      ],
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const rows = await reasonsOf(res.data!.submitFeedback.feedback.id);
    expect(rows.map((r) => `${r.element}:${r.reason}`)).toEqual(['BIAYA_TARIF:ABOVE_TARIFF', 'PERILAKU_PELAKSANA:ASKED_FOR_MONEY', 'PERILAKU_PELAKSANA:UNFRIENDLY']);
    expect(rows.every((r) => r.service_id === service!.id && r.same_moment)).toBe(true);
  });

  it('stores the reasons once when the same form is sent many times at once and again later', async () => {
    const id = await serviceIdOf(api, (await servicesOf(api, 'kupang'))[1]!.slug);
    const input = {
      serviceId: id,
      idempotencyKey: randomUUID(),
      scores: lowStaffAndFee,
      lowScoreReasons: [{ element: 'PERILAKU_PELAKSANA', reason: 'WAIT_WITHOUT_REASON' }],
    };
    const clientIp = freshClientIp();
    const answers = await Promise.all(Array.from({ length: 5 }, () => api.gql<{ submitFeedback: { feedback: { id: string } } }>(SUBMIT, { input }, { clientIp })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data!.submitFeedback.feedback.id));
    expect(ids.size).toBe(1);
    const again = await api.gql<{ submitFeedback: { feedback: { id: string } } }>(SUBMIT, { input }, { clientIp });
    expect(again.data!.submitFeedback.feedback.id).toBe([...ids][0]);
    expect(await reasonsOf([...ids][0]!)).toHaveLength(1);
  });

  it('refuses a reason of another element, or for a score above 2, and stores nothing', async () => {
    const [service] = await servicesOf(api, 'kupang');
    const key = randomUUID();
    const res = await submit(api, {
      serviceId: service!.id,
      idempotencyKey: key,
      scores: lowStaffAndFee,
      lowScoreReasons: [
        { element: 'PERILAKU_PELAKSANA', reason: 'TOILET' },
        { element: 'WAKTU_PENYELESAIAN', reason: 'LONG_QUEUE' },
      ],
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions as { fields: Array<{ field: string; message: string }> }).fields;
    expect(fields.map((f) => f.field)).toEqual(['lowScoreReasons.PERILAKU_PELAKSANA', 'lowScoreReasons.WAKTU_PENYELESAIAN']);
    expect(fields[1]!.message).toMatch(/1 atau 2/);
    const [stored] = await sql<{ n: number }>(api, 'select count(*)::int as n from feedback where idempotency_key = ?', [key]);
    expect(stored!.n).toBe(0);
  });

  it('refuses an unknown code and a flood of reasons', async () => {
    const [service] = await servicesOf(api, 'kupang');
    const unknown = await submit(api, { serviceId: service!.id, scores: lowStaffAndFee, lowScoreReasons: [{ element: 'BIAYA_TARIF', reason: 'x'.repeat(500) }] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const flood = await submit(api, {
      serviceId: service!.id,
      scores: lowStaffAndFee,
      lowScoreReasons: Array.from({ length: 41 }, () => ({ element: 'BIAYA_TARIF', reason: 'ABOVE_TARIFF' })),
    });
    expect(flood.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reasons where HR and the privacy module meet them', () => {
  it('counts the reasons in HR’s citizen voices and shows a comment’s own, in the caller’s language', async () => {
    const hr = await api.login('hr@kupang.demo');
    const services = await servicesOf(api, 'kupang');
    const service = services[2]!;
    const [unit] = await sql<{ unit_id: string }>(api, 'select unit_id from public_service where id = ?', [service.id]);
    const VOICES = `query ($u: ID) { citizenVoices(regionSlug: "kupang", unitId: $u, lowScoresOnly: true, first: 100) {
      reasonCounts { element reason label count } edges { node { id lowScoreReasons { element reason label } } } } }`;
    const before = await ok<{ citizenVoices: { reasonCounts: Array<{ reason: string; count: number }> } }>(api, VOICES, { u: unit!.unit_id }, hr);
    const countOf = (counts: Array<{ reason: string; count: number }>, code: string) => counts.find((c) => c.reason === code)?.count ?? 0;

    const res = await submit(api, {
      serviceId: service.id,
      scores: lowStaffAndFee,
      comment: `Petugas minta uang tambahan ${randomUUID().slice(0, 6)}.`,
      lowScoreReasons: [{ element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY' }],
    });
    const id = res.data!.submitFeedback.feedback.id;
    // A spam rating's reasons count nowhere.
    const spam = await submit(api, {
      serviceId: service.id,
      scores: lowStaffAndFee,
      honeypot: 'https://spam.example',
      lowScoreReasons: [{ element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY' }],
    });
    expect(spam.errors).toBeUndefined();
    await sql(api, `update feedback set moderation_status = 'PUBLISHED', published_at = now() where id = ?`, [id]);
    try {
      const after = await ok<{ citizenVoices: { reasonCounts: Array<{ element: string; reason: string; label: string; count: number }>; edges: Array<{ node: { id: string; lowScoreReasons: Array<{ reason: string; label: string }> } }> } }>(
        api,
        VOICES,
        { u: unit!.unit_id },
        hr,
      );
      expect(countOf(after.citizenVoices.reasonCounts, 'ASKED_FOR_MONEY')).toBe(countOf(before.citizenVoices.reasonCounts, 'ASKED_FOR_MONEY') + 1);
      const mine = after.citizenVoices.edges.find((e) => e.node.id === id)!.node;
      expect(mine.lowScoreReasons).toEqual([{ element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY', label: 'Meminta uang di luar tarif' }]);
      const english = await api.gql<{ citizenVoices: { reasonCounts: Array<{ reason: string; label: string }> } }>(VOICES, { u: unit!.unit_id }, { token: hr, lang: 'en' });
      expect(english.data!.citizenVoices.reasonCounts.find((c) => c.reason === 'ASKED_FOR_MONEY')!.label).toBe('Asked for money outside the tariff');
    } finally {
      // Out of Kupang's published words again: other files read them.
      await sql(api, `update feedback set moderation_status = 'HIDDEN' where id = ?`, [id]);
    }
  });

  it('keeps the reasons when the citizen’s personal data is erased on request', async () => {
    const moderator = await api.login('moderator@mamuju.demo');
    const [service] = await servicesOf(api, 'mamuju');
    const res = await submit(api, {
      serviceId: service!.id,
      scores: lowStaffAndFee,
      contact: `warga-${randomUUID().slice(0, 6)}@contoh.id`,
      lowScoreReasons: [{ element: 'BIAYA_TARIF', reason: 'NO_RECEIPT' }],
    });
    const { id } = res.data!.submitFeedback.feedback;
    const code = res.data!.submitFeedback.receiptCode;
    await ok(api, 'mutation ($c: String!) { requestDataDeletion(receiptCode: $c) { status } }', { c: code });
    const [request] = await sql<{ id: string }>(api, 'select id from data_deletion_request where feedback_id = ?', [id]);
    await ok(api, 'mutation ($id: ID!) { confirmDataDeletion(id: $id) { status } }', { id: request!.id }, moderator);
    const [row] = await sql<{ contact: string | null }>(api, 'select contact from feedback where id = ?', [id]);
    expect(row!.contact).toBeNull();
    expect((await reasonsOf(id)).map((r) => r.reason)).toEqual(['NO_RECEIPT']);
  });
});

describe('reasons in the demo world', () => {
  it('holds reasons behind about half of the demo’s low scores, each on an element scored 1 or 2 and none on spam', async () => {
    const scoreOf = `case r.element ${SKM_ELEMENTS.map((e) => `when '${e}' then f.score_${e.toLowerCase()}`).join(' ')} end`;
    const [row] = await sql<{ reasons: number; misplaced: number; spam: number; regions: number }>(
      api,
      `select count(*)::int as reasons, count(*) filter (where ${scoreOf} > 2)::int as misplaced, count(*) filter (where f.spam)::int as spam,
         count(distinct r.region_id)::int as regions
       from feedback_reason r join feedback f on f.id = r.feedback_id where f.idempotency_key like 'demo-%'`,
    );
    expect(row!.reasons).toBeGreaterThan(1000);
    expect(row!.regions).toBe(4);
    expect(row!.misplaced).toBe(0);
    expect(row!.spam).toBe(0);
  });

  it('gives Puskesmas Simboro’s rude staff mostly "unfriendly", and the demo’s follow-up plans what citizens said', async () => {
    const [top] = await sql<{ reason: string }>(
      api,
      `select r.reason from feedback_reason r join public_service s on s.id = r.service_id join unit u on u.id = s.unit_id
       where u.name = 'Puskesmas Simboro' and r.element = 'PERILAKU_PELAKSANA' group by r.reason order by count(*) desc limit 1`,
    );
    expect(top!.reason).toBe('UNFRIENDLY');

    // The demo's plans are of the last period complete on the demo's own day.
    const hr = await api.login('hr@mamuju.demo');
    const [region] = await sql<{ survey_period: SurveyPeriodKind }>(api, `select survey_period from region where slug = 'mamuju'`);
    const plans = await ok<{ followUpPlans: Array<{ actions: Array<{ sourceReasonCounts: Array<{ count: number }> }> }> }>(
      api,
      'query ($p: String) { followUpPlans(regionSlug: "mamuju", period: $p) { actions { sourceReasonCounts { count } } } }',
      { p: lastCompletePeriod(region!.survey_period, inject('today')).key },
      hr,
    );
    const actions = plans.followUpPlans.flatMap((p) => p.actions);
    expect(actions.length).toBeGreaterThan(0);
    // A drafted action comes from the unit's weakest elements, where most of the low scores are.
    expect(actions.filter((a) => a.sourceReasonCounts.length > 0).length).toBeGreaterThan(actions.length / 2);
  });
});
