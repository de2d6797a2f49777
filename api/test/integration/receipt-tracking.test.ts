import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from '@suara/skm';
import { startTestApi, type TestApi } from '../support/api.js';
import { commentFixture, licensingOf, sql } from '../support/answers.js';
import { scoresOf, submit } from '../support/feedback.js';
import { MODERATE } from '../support/moderation.js';

/** Issue 13, point 3: the receipt shows the citizen's own answers, comment as published and the answer's due day. */

let api: TestApi;
let moderator: string;
let mataram: Awaited<ReturnType<typeof licensingOf>>;

beforeAll(async () => {
  api = await startTestApi();
  moderator = await api.login('moderator@mataram.demo');
  mataram = await licensingOf(api, 'mataram');
});
afterAll(async () => {
  await api.close();
});

const RECEIPT = `query ($code: String!) {
  feedbackReceipt(code: $code) { code status hasComment publishedComment answerDueBy scores { element score } response { body } }
}`;

interface Receipt {
  code: string;
  status: string;
  hasComment: boolean;
  publishedComment: string | null;
  answerDueBy: string | null;
  scores: Array<{ element: string; score: number }>;
  response: { body: string } | null;
}

const receipt = async (code: string) => {
  const res = await api.gql<{ feedbackReceipt: Receipt }>(RECEIPT, { code });
  expect(res.errors).toBeUndefined();
  return res.data!.feedbackReceipt;
};

const moderate = async (input: Record<string, unknown>) => {
  const res = await api.gql(MODERATE, { input }, { token: moderator });
  expect(res.errors).toBeUndefined();
};

describe('the citizen’s own rating on the receipt', () => {
  it('shows the nine answers as given, and the comment only once a moderator published it, in its redacted form', async () => {
    const given = (_e: string, i: number) => (i % 4) + 1;
    const original = 'Petugas bernama Budi (0812-3456-7890) meminta uang tambahan.';
    const sent = await submit(api, { serviceId: mataram.serviceId, scores: scoresOf(given), comment: original });
    const { receiptCode, feedback } = sent.data!.submitFeedback;

    const pending = await receipt(receiptCode);
    expect(pending.scores).toEqual(SKM_ELEMENTS.map((element, i) => ({ element, score: given(element, i) })));
    // Waiting for moderation: the citizen's words are not read back, also not to the holder of the code.
    expect(pending).toMatchObject({ status: 'PENDING', hasComment: true, publishedComment: null, answerDueBy: null });

    await moderate({ itemId: feedback.id, action: 'REDACT', reason: 'Data pribadi.', redactedText: 'Petugas [nama] ([nomor]) meminta uang tambahan.' });
    await moderate({ itemId: feedback.id, action: 'APPROVE' });
    const published = await receipt(receiptCode);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedComment: 'Petugas [nama] ([nomor]) meminta uang tambahan.' });
    expect(published.answerDueBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(published)).not.toContain('0812-3456-7890');

    await moderate({ itemId: feedback.id, action: 'HIDE', reason: 'Bahasa kasar.' });
    const hidden = await receipt(receiptCode);
    expect(hidden).toMatchObject({ status: 'HIDDEN', publishedComment: null, answerDueBy: null });
    // The answers themselves never change with moderation.
    expect(hidden.scores).toEqual(pending.scores);
  });

  it('has no comment and no due day for a rating without a comment', async () => {
    const sent = await submit(api, { serviceId: mataram.serviceId, scores: scoresOf(3) });
    const r = await receipt(sent.data!.submitFeedback.receiptCode);
    expect(r).toMatchObject({ status: 'PUBLISHED', hasComment: false, publishedComment: null, answerDueBy: null });
    expect(r.scores.map((s) => s.score)).toEqual(Array(9).fill(3));
  });
});

describe('when the unit’s answer is due', () => {
  it('skips the Nyepi and Idulfitri holidays and their cuti bersama: published Monday 16 March 2026, due Monday 30 March', async () => {
    const { receiptCode } = await commentFixture(api, mataram.serviceId, { publishedAt: new Date('2026-03-16T02:00:00Z') });
    expect((await receipt(receiptCode)).answerDueBy).toBe('2026-03-30');
  });

  it('counts from the day of publication in the region’s own time zone (Monday 01:00 in Mataram is Sunday in UTC)', async () => {
    const { receiptCode } = await commentFixture(api, mataram.serviceId, { publishedAt: new Date('2026-12-06T17:00:00Z') });
    expect((await receipt(receiptCode)).answerDueBy).toBe('2026-12-14');
  });

  it('keeps the due day beside the answer once the unit answered', async () => {
    const { id, receiptCode } = await commentFixture(api, mataram.serviceId, { publishedAt: new Date('2026-12-04T03:00:00Z') });
    await sql(api, `insert into official_response (id, created_at, feedback_id, unit_id, body, responded_at) values (gen_random_uuid(), now(), ?, ?, 'Sudah kami tindak lanjuti.', now())`, [
      id,
      mataram.unitId,
    ]);
    expect(await receipt(receiptCode)).toMatchObject({ answerDueBy: '2026-12-11', response: { body: 'Sudah kami tindak lanjuti.' } });
  });
});

describe('a mistyped receipt code', () => {
  const problem = async (code: string, lang?: string) => {
    const res = await api.gql(RECEIPT, { code }, lang ? { lang } : {});
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0]!.message;
  };

  it('names the zero a citizen typed, and the letters it probably was, in Indonesian and in English', async () => {
    expect(await problem('K7M2Q-XW90D')).toBe('Kode tidak memuat angka 0 (nol) maupun huruf O — mungkin maksud Anda huruf D atau Q.');
    expect(await problem('K7M2Q-XW90D', 'en')).toBe('A code never contains the digit 0 (zero) or the letter O — perhaps you mean the letter D or Q.');
  });

  it('names the letter O, the one and the letter I, whichever case they were typed in', async () => {
    expect(await problem('k7m2q xw9od')).toMatch(/^Kode tidak memuat huruf O maupun angka 0/);
    expect(await problem('K7M2Q-XW91D')).toMatch(/^Kode tidak memuat angka 1 \(satu\) maupun huruf I — mungkin maksud Anda huruf L atau angka 7\.$/);
    expect(await problem('K7M2Q-XWi9D', 'en')).toMatch(/^A code never contains the letter I or the digit 1 \(one\)/);
  });

  it('puts the named character beside the code box too, and “check the code” for the general rule', async () => {
    const named = await api.gql(RECEIPT, { code: 'K7M2Q-XW90D' });
    expect((named.errors![0]!.extensions!.fields as Array<{ message: string }>)[0]!.message).toMatch(/^Kode tidak memuat angka 0/);
    const general = await api.gql(RECEIPT, { code: 'K7M2Q' });
    expect((general.errors![0]!.extensions!.fields as Array<{ message: string }>)[0]!.message).toBe('Periksa kembali kodenya.');
  });

  it('keeps the general rule when the length is wrong', async () => {
    expect(await problem('K7M2Q-XW90')).toMatch(/10 huruf dan angka/);
    expect(await problem('K7M2Q-XW90DD', 'en')).toMatch(/10 letters and digits/);
  });

  it('names any other character that cannot occur', async () => {
    expect(await problem('K7M2Q-XW9#D')).toBe('Kode tidak memuat tanda “#” — kode hanya berisi huruf dan angka, misalnya K7M2Q-XW9PD.');
  });
});
