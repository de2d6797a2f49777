import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, submit, SUBMIT } from '../support/feedback.js';

let api: TestApi;
let service: string;
beforeAll(async () => {
  api = await startTestApi();
  service = await serviceId(api, 'kupang-izin-reklame');
});
afterAll(async () => {
  await api.close();
});

async function feedbackCount(): Promise<number> {
  const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback');
  return row!.n;
}

const RECEIPT = /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/;

describe('submitting a rating', () => {
  it('stores a complete rating and gives a receipt code that is easy to read aloud', async () => {
    const res = await submit(api, { serviceId: service, scores: scoresOf(3), comment: '  Pelayanan cepat.  ', respondent: { ageGroup: '30-39', gender: 'p', education: 'D4-S1', occupation: 'wirausaha' }, contact: 'warga@contoh.id' });
    expect(res.errors).toBeUndefined();
    const { receiptCode, feedback } = res.data!.submitFeedback;
    expect(receiptCode).toMatch(RECEIPT);
    const [row] = await api.orm.em.fork().execute<Array<Record<string, unknown>>>(
      'select comment, moderation_status, respondent_gender, respondent_occupation, contact, client_hash from feedback where id = ?',
      [feedback.id],
    );
    expect(row).toMatchObject({ comment: 'Pelayanan cepat.', moderation_status: 'PENDING', respondent_gender: 'P', respondent_occupation: 'WIRAUSAHA', contact: 'warga@contoh.id' });
    // The network address is only ever kept as a salted hash.
    expect(row!.client_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('2001:db8');
  });

  it('gives different, unguessable receipt codes to different ratings', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add((await submit(api, { serviceId: service, scores: scoresOf(4) })).data!.submitFeedback.receiptCode);
    expect(codes.size).toBe(5);
  });
});

describe('invalid ratings are refused with a clear message and nothing is stored', () => {
  const cases: Array<[string, (s: string) => Record<string, unknown>, string, RegExp, RegExp]> = [
    ['a missing element', (s) => ({ serviceId: s, scores: scoresOf(3).slice(0, 8) }), 'scores.SARANA_PRASARANA', /Sarana dan Prasarana/, /Facilities and infrastructure/],
    ['a repeated element', (s) => ({ serviceId: s, scores: [...scoresOf(3).slice(0, 8), { element: 'PERSYARATAN', score: 2 }] }), 'scores.PERSYARATAN', /lebih dari sekali/, /more than once/],
    ['a score of 5', (s) => ({ serviceId: s, scores: scoresOf((_e, i) => (i === 2 ? 5 : 3)) }), 'scores.WAKTU_PENYELESAIAN', /antara 1 dan 4, bukan 5/, /between 1 and 4, not 5/],
    ['a score of 0', (s) => ({ serviceId: s, scores: scoresOf((_e, i) => (i === 0 ? 0 : 3)) }), 'scores.PERSYARATAN', /bukan 0/, /not 0/],
    ['a comment over 2,000 characters', (s) => ({ serviceId: s, scores: scoresOf(3), comment: 'a'.repeat(2001) }), 'comment', /paling panjang 2\.000 karakter/, /at most 2,000 characters/],
    ['an unknown service', () => ({ serviceId: randomUUID(), scores: scoresOf(3) }), 'serviceId', /Layanan tidak ditemukan/, /Unknown service/],
    ['a service id that is not an id', () => ({ serviceId: 'mataram-ktp-el', scores: scoresOf(3) }), 'serviceId', /Layanan tidak ditemukan/, /Unknown service/],
    ['an idempotency key that is too short', (s) => ({ serviceId: s, scores: scoresOf(3), idempotencyKey: 'abc' }), 'idempotencyKey', /8–64 karakter/, /8–64 characters/],
    ['a comment with a NUL byte', (s) => ({ serviceId: s, scores: scoresOf(3), comment: 'bad\u0000comment' }), 'comment', /tidak dapat disimpan/, /cannot be stored/],
    ['a contact with half a surrogate pair', (s) => ({ serviceId: s, scores: scoresOf(3), contact: 'x\uD83D' }), 'contact', /tidak dapat disimpan/, /cannot be stored/],
    ['an unknown age group', (s) => ({ serviceId: s, scores: scoresOf(3), respondent: { ageGroup: 'tua' } }), 'respondent.ageGroup', /Kelompok umur/, /age group/],
  ];

  for (const [what, input, field, indonesian, english] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await feedbackCount();
      const id = await submit(api, input(service));
      const en = await submit(api, input(service), { lang: 'en' });
      expect(id.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(id.errors?.[0]?.message).toMatch(indonesian);
      expect(en.errors?.[0]?.message).toMatch(english);
      const fields = id.errors?.[0]?.extensions?.fields as Array<{ field: string; message: string }>;
      expect(fields.map((f) => f.field)).toContain(field);
      // Nothing answered: null data, or none at all when the refusal came before execution (text that cannot be stored).
      expect(id.data ?? null).toBeNull();
      expect(await feedbackCount()).toBe(before);
    });
  }

  it('lists every problem at once, each beside its field', async () => {
    const res = await submit(api, { serviceId: service, scores: scoresOf(3).slice(2), comment: 'x'.repeat(2500) });
    const fields = (res.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(['scores.PERSYARATAN', 'scores.SISTEM_MEKANISME_PROSEDUR', 'comment']);
    expect(res.errors?.[0]?.message).toMatch(/^Ada 3 isian yang perlu diperbaiki/);
  });
});

describe('the same idempotency key', () => {
  it('keeps one feedback when the same key is sent twice and returns the first receipt', async () => {
    const key = randomUUID();
    const ip = freshClientIp();
    const first = await submit(api, { serviceId: service, scores: scoresOf(2), idempotencyKey: key }, { clientIp: ip });
    const second = await submit(api, { serviceId: service, scores: scoresOf(4), idempotencyKey: key }, { clientIp: ip });
    expect(second.data!.submitFeedback).toEqual(first.data!.submitFeedback);
    const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback where idempotency_key = ?', [key]);
    expect(row!.n).toBe(1);
  });

  it('keeps one feedback when 50 copies arrive at the same moment', async () => {
    const key = randomUUID();
    const ip = freshClientIp();
    const before = await feedbackCount();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.gql<{ submitFeedback: { receiptCode: string; feedback: { id: string } } }>(
          SUBMIT,
          { input: { serviceId: service, idempotencyKey: key, scores: scoresOf(3), comment: 'Klik berkali-kali' } },
          { clientIp: ip },
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const receipts = new Set(results.map((r) => r.data!.submitFeedback.receiptCode));
    expect(receipts.size).toBe(1);
    expect(await feedbackCount()).toBe(before + 1);
  });

  it('refuses a key already used for another service', async () => {
    const key = randomUUID();
    await submit(api, { serviceId: service, scores: scoresOf(3), idempotencyKey: key });
    const other = await serviceId(api, 'kupang-ktp-el');
    const res = await submit(api, { serviceId: other, scores: scoresOf(3), idempotencyKey: key });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('spam', () => {
  it('keeps a rating whose hidden honeypot field was filled, but never counts it', async () => {
    const query = '{ service(slug: "kupang-izin-reklame") { satisfaction { responseCount } } }';
    const before = (await api.gql<{ service: { satisfaction: { responseCount: number } } }>(query)).data!.service.satisfaction.responseCount;
    const res = await submit(api, { serviceId: service, scores: scoresOf(1), honeypot: 'http://spam.example' });
    expect(res.data!.submitFeedback.receiptCode).toMatch(RECEIPT);
    const after = (await api.gql<{ service: { satisfaction: { responseCount: number } } }>(query)).data!.service.satisfaction.responseCount;
    expect(after).toBe(before);
    const [row] = await api.orm.em.fork().execute<Array<{ spam: boolean }>>('select spam from feedback where id = ?', [res.data!.submitFeedback.feedback.id]);
    expect(row!.spam).toBe(true);
  });
});
