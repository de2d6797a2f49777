import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, submit } from '../support/feedback.js';
import { createStaffAccount, freshEmail, signIn } from '../support/sign-in.js';

let api: TestApi;
let service: string;
beforeAll(async () => {
  api = await startTestApi({ SUARA_SUBMIT_RATE_LIMIT: '3' });
  service = await serviceId(api, 'sawahlunto-izin-reklame');
});
afterAll(async () => {
  await api.orm.em.fork().execute(`update region set proof_of_work_required = false`);
  await api.close();
});

/** Solves an ALTCHA challenge as the portal's script does, and packs it as the API expects it. */
async function solved(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

async function storedWithKey(key: string): Promise<number> {
  const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback where idempotency_key = ?', [key]);
  return row!.n;
}

describe('many ratings from one network address (an office Wi-Fi, a mobile carrier)', () => {
  it('refuses the rating over the hourly limit with the wait, a challenge, and words that say it is not the citizen’s fault; nothing is kept', async () => {
    const office = freshClientIp();
    for (let i = 0; i < 3; i++) {
      const ok = await submit(api, { serviceId: service, scores: scoresOf(3) }, { clientIp: office });
      expect(ok.errors).toBeUndefined();
    }
    const key = randomUUID();
    const limited = await submit(api, { serviceId: service, scores: scoresOf(3), idempotencyKey: key }, { clientIp: office });
    const error = limited.errors?.[0];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.extensions?.retryAfter).toBeGreaterThan(3500);
    expect(error?.message).toMatch(/Ini bukan kesalahan Anda/);
    expect(error?.message).toMatch(/kirim lagi dalam (59|60) menit/);
    expect(typeof error?.extensions?.proofOfWorkChallenge).toBe('string');
    expect(await storedWithKey(key)).toBe(0);

    const english = await submit(api, { serviceId: service, scores: scoresOf(3) }, { clientIp: office, lang: 'en' });
    expect(english.errors?.[0]?.message).toMatch(/This is not your fault/);

    const neighbour = await submit(api, { serviceId: service, scores: scoresOf(3) }, { clientIp: freshClientIp() });
    expect(neighbour.errors).toBeUndefined();
  });

  it('accepts a rating over the limit that carries the solved challenge, and each solution once only', async () => {
    const office = freshClientIp();
    for (let i = 0; i < 3; i++) expect((await submit(api, { serviceId: service, scores: scoresOf(2) }, { clientIp: office })).errors).toBeUndefined();
    const key = randomUUID();
    const limited = await submit(api, { serviceId: service, scores: scoresOf(2), idempotencyKey: key }, { clientIp: office });
    const proofOfWork = await solved(limited.errors![0]!.extensions!.proofOfWorkChallenge as string);

    // The same form again (same key), now with the solution: stored once, with a receipt.
    const accepted = await submit(api, { serviceId: service, scores: scoresOf(2), idempotencyKey: key, proofOfWork }, { clientIp: office });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.submitFeedback.receiptCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await storedWithKey(key)).toBe(1);

    // The solution does not open the door for another rating: that one gets a fresh challenge.
    const reused = await submit(api, { serviceId: service, scores: scoresOf(2), proofOfWork }, { clientIp: office });
    expect(reused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(reused.errors?.[0]?.extensions?.proofOfWorkChallenge).not.toBe(limited.errors![0]!.extensions!.proofOfWorkChallenge);
  });

  it('stops even solved ratings at the hard ceiling, without a challenge', async () => {
    const capped = await startTestApi({ SUARA_SUBMIT_RATE_LIMIT: '1', SUARA_SUBMIT_HARD_LIMIT: '2' });
    try {
      const farm = freshClientIp();
      expect((await submit(capped, { serviceId: service, scores: scoresOf(1) }, { clientIp: farm })).errors).toBeUndefined();
      const soft = await submit(capped, { serviceId: service, scores: scoresOf(1) }, { clientIp: farm });
      const second = await submit(capped, { serviceId: service, scores: scoresOf(1), proofOfWork: await solved(soft.errors![0]!.extensions!.proofOfWorkChallenge as string) }, { clientIp: farm });
      expect(second.errors).toBeUndefined();

      const third = await submit(capped, { serviceId: service, scores: scoresOf(1) }, { clientIp: farm });
      expect(third.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(third.errors?.[0]?.extensions?.proofOfWorkChallenge).toBeUndefined();
      expect(third.errors?.[0]?.message).toMatch(/Ini bukan kesalahan Anda; kirim lagi dalam \d+ menit/);
      // Solving an old challenge does not help either.
      const stale = await submit(capped, { serviceId: service, scores: scoresOf(1), proofOfWork: await solved(soft.errors![0]!.extensions!.proofOfWorkChallenge as string) }, { clientIp: farm });
      expect(stale.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await capped.close();
    }
  });

  it('gives every copy of one rating sent at the same moment from one address the same receipt, and keeps one', async () => {
    // In one API the copies wait for each other in its batcher; the next test sends them to two.
    const office = freshClientIp();
    expect((await submit(api, { serviceId: service, scores: scoresOf(3) }, { clientIp: office })).errors).toBeUndefined();
    for (let round = 0; round < 2; round++) {
      const key = randomUUID();
      const copies = await Promise.all(Array.from({ length: 12 }, () => submit(api, { serviceId: service, scores: scoresOf(3), idempotencyKey: key }, { clientIp: office })));
      expect(copies.flatMap((c) => c.errors ?? []).map((e) => e.extensions?.code)).toEqual([]);
      expect(new Set(copies.map((c) => c.data!.submitFeedback.receiptCode)).size).toBe(1);
      expect(await storedWithKey(key)).toBe(1);
    }
  });

  it('gives every copy the same receipt when the copies reach two API replicas at once, also at the address’s last point', async () => {
    // Two replicas: the copies race in PostgreSQL itself (the key's unique index, the counter row).
    const replica = await startTestApi({ SUARA_SUBMIT_RATE_LIMIT: '3' });
    try {
      for (let round = 0; round < 3; round++) {
        // Two of the three points used: the copies race for the last one.
        const office = freshClientIp();
        for (let i = 0; i < 2; i++) expect((await submit(api, { serviceId: service, scores: scoresOf(2) }, { clientIp: office })).errors).toBeUndefined();
        const key = randomUUID();
        const copies = await Promise.all(
          Array.from({ length: 6 }, (_, i) => submit(i % 2 ? api : replica, { serviceId: service, scores: scoresOf(2), idempotencyKey: key }, { clientIp: office })),
        );
        expect(copies.flatMap((c) => c.errors ?? []).map((e) => e.extensions?.code)).toEqual([]);
        expect(new Set(copies.map((c) => c.data!.submitFeedback.receiptCode)).size).toBe(1);
        expect(await storedWithKey(key)).toBe(1);
      }
    } finally {
      await replica.close();
    }
  });

  it('still returns the receipt of a rating already stored, even when over the limit', async () => {
    const client = freshClientIp();
    const key = randomUUID();
    const first = await submit(api, { serviceId: service, scores: scoresOf(4), idempotencyKey: key }, { clientIp: client });
    for (let i = 0; i < 3; i++) await submit(api, { serviceId: service, scores: scoresOf(3) }, { clientIp: client });
    const again = await submit(api, { serviceId: service, scores: scoresOf(4), idempotencyKey: key }, { clientIp: client });
    expect(again.data!.submitFeedback).toEqual(first.data!.submitFeedback);
  });

  it('turns the limit off with SUARA_SUBMIT_RATE_LIMIT=0', async () => {
    const unlimited = await startTestApi({ SUARA_SUBMIT_RATE_LIMIT: '0' });
    try {
      const client = freshClientIp();
      for (let i = 0; i < 6; i++) {
        const res = await submit(unlimited, { serviceId: service, scores: scoresOf(3) }, { clientIp: client });
        expect(res.errors).toBeUndefined();
      }
    } finally {
      await unlimited.close();
    }
  });
});

describe('proof of work, switched on for a region', () => {
  const CHALLENGE = 'query ($id: ID!) { proofOfWorkChallenge(serviceId: $id) }';

  it('is not asked where the region has not switched it on', async () => {
    const res = await api.gql<{ proofOfWorkChallenge: string | null }>(CHALLENGE, { id: service });
    expect(res.data!.proofOfWorkChallenge).toBeNull();
  });

  it('refuses a rating without a solution, accepts a solved challenge once', async () => {
    await api.orm.em.fork().execute(`update region set proof_of_work_required = true where slug = 'sawahlunto'`);
    const missing = await submit(api, { serviceId: service, scores: scoresOf(3) });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toMatch(/anti-spam/);

    const res = await api.gql<{ proofOfWorkChallenge: string }>(CHALLENGE, { id: service });
    const challenge = JSON.parse(res.data!.proofOfWorkChallenge) as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    expect(solution).not.toBeNull();
    const proofOfWork = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');

    const ok = await submit(api, { serviceId: service, scores: scoresOf(3), proofOfWork });
    expect(ok.errors).toBeUndefined();
    const replay = await submit(api, { serviceId: service, scores: scoresOf(3), proofOfWork });
    expect(replay.errors?.[0]?.message).toMatch(/sudah dipakai/);

    const forged = Buffer.from(JSON.stringify({ challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }, solution })).toString('base64');
    const tampered = await submit(api, { serviceId: service, scores: scoresOf(3), proofOfWork: forged });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('signing in', () => {
  it('refuses wrong credentials without saying which part was wrong', async () => {
    // An account of its own: failures count against the account (sign-in-limits.test.ts).
    const wrongPassword = await signIn(api, await createStaffAccount(api, 'benar-sekali'), 'nope', { clientIp: freshClientIp() });
    const unknownEmail = await signIn(api, freshEmail(), 'nope', { clientIp: freshClientIp() });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
  });

  it('signs in a demo account and knows its roles', async () => {
    const token = await api.login('officer@mataram.demo');
    const me = await api.gql<{ me: { email: string; roles: Array<{ role: string; region: { slug: string }; unit: { abbreviation: string } }> } }>(
      '{ me { email roles { role region { slug } unit { abbreviation } } } }',
      undefined,
      { token },
    );
    expect(me.data!.me).toEqual({ email: 'officer@mataram.demo', roles: [{ role: 'UNIT_OFFICER', region: { slug: 'mataram' }, unit: { abbreviation: 'DPMPTSP' } }] });
  });

  it('treats a tampered or foreign token as signed out, not as an error', async () => {
    const token = await api.login('hr@kupang.demo');
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const t of [tampered, 'not-a-token']) {
      const res = await api.gql<{ me: null }>('{ me { email } }', undefined, { token: t });
      expect(res.errors).toBeUndefined();
      expect(res.data!.me).toBeNull();
    }
  });
});
