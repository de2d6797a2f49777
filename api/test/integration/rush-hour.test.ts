import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { startTestApi, type TestApi, hasDemoRegions } from '../support/api.js';
import { freshClientIp, scoresOf, submit } from '../support/feedback.js';
import { codeOf, createStaffAccount, freshEmail, signIn, solved } from '../support/sign-in.js';

/**
 * Rush hour at the counters, at PRODUCTION DEFAULTS: the default rate limit (30 per address per
 * hour), the default pool (10 connections) and acquire timeout. The first rating feature passed its
 * tests with the limit off and still froze the whole API when ten citizens rated at once; these
 * tests send many different ratings at the same moment, the way a morning queue does.
 * Outcomes only, with generous deadlines: the seconds are `pnpm bench`'s business.
 */

let api: TestApi;
let services: Array<{ id: string; slug: string }>;

beforeAll(async () => {
  api = await startTestApi();
  const res = await api.gql<{ services: { edges: Array<{ node: { id: string; slug: string } }> } }>('{ services(first: 100) { edges { node { id slug } } } }');
  services = res.data!.services.edges.map((e) => e.node);
  expect(services.length).toBeGreaterThanOrEqual(60);
});
afterAll(async () => {
  await api.close();
});

async function countKeys(keys: string[]): Promise<number> {
  const [row] = await api.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback where idempotency_key in (?)', [keys]);
  return row!.n;
}

describe('a morning queue behind one office Wi-Fi', () => {
  it('answers 60 simultaneous ratings from one address: 30 receipts, 30 clear refusals, while other visitors keep being answered', async () => {
    const office = freshClientIp();
    const keys = Array.from({ length: 60 }, () => randomUUID());
    let bursting = true;
    const others: Array<{ ok: boolean }> = [];
    const visitor = (async () => {
      // Someone elsewhere reads the portal during the burst.
      while (bursting) {
        const res = await api.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }');
        others.push({ ok: !res.errors && hasDemoRegions(res.data!.regions) });
      }
    })();

    const answers = await Promise.all(
      keys.map((idempotencyKey, i) => submit(api, { serviceId: services[i % services.length]!.id, scores: scoresOf((_e, k) => 1 + ((i + k) % 4)), idempotencyKey }, { clientIp: office })),
    );
    bursting = false;
    await visitor;

    const codes = answers.map((a) => (a.errors ? a.errors[0]!.extensions!.code : 'STORED'));
    expect(codes.filter((c) => c === 'STORED')).toHaveLength(30);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(30);
    for (const refused of answers.filter((a) => a.errors)) {
      expect(refused.errors![0]!.message).toMatch(/Ini bukan kesalahan Anda/);
      expect(refused.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    }
    // Exactly the acknowledged ratings are stored: none of the refused ones.
    expect(await countKeys(keys)).toBe(30);
    const storedKeys = keys.filter((_k, i) => !answers[i]!.errors);
    expect(await countKeys(storedKeys)).toBe(30);

    expect(others.length).toBeGreaterThan(0);
    expect(others.every((o) => o.ok)).toBe(true);
  });

  it('stores 200 simultaneous ratings of different services from different citizens, none waiting out the pool', async () => {
    const keys = Array.from({ length: 200 }, () => randomUUID());
    const before = await api.orm.em.fork().execute<Array<{ n: number }>>('select coalesce(sum(response_count), 0)::int as n from satisfaction_daily');
    const answers = await Promise.all(
      keys.map((idempotencyKey, i) => submit(api, { serviceId: services[i % services.length]!.id, scores: scoresOf(((i % 4) + 1)), idempotencyKey }, { clientIp: freshClientIp() })),
    );
    const problems = answers.flatMap((a) => a.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`);
    expect(problems).toEqual([]);
    expect(await countKeys(keys)).toBe(200);
    const after = await api.orm.em.fork().execute<Array<{ n: number }>>('select coalesce(sum(response_count), 0)::int as n from satisfaction_daily');
    expect(after[0]!.n - before[0]!.n).toBe(200);
  });
});

describe('no request holds a connection while it waits for another', () => {
  /**
   * With ONE pooled connection, any code path that holds a connection and asks the pool for a
   * second one waits for itself until the acquire timeout, and the request fails as
   * SERVICE_UNAVAILABLE. Every operation that takes a lock, a limit or a transaction belongs here;
   * later features add theirs.
   */
  it('serves every kind of request, many at once, from a pool of one connection', async () => {
    const tiny = await startTestApi({ DATABASE_POOL_SIZE: '1', SUARA_SUBMIT_RATE_LIMIT: '2' });
    try {
      const [published] = await tiny.orm.em
        .fork()
        // One nobody has reported yet, outside Mataram (whose queue the moderation tests read), picked
        // at random; reported twice below, never reaching the hide threshold of three, so no other
        // test's queue changes under it.
        .execute<Array<{ id: string }>>(
          `select f.id from feedback f join region g on g.id = f.region_id
            where f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam and g.slug <> 'mataram'
            and not exists (select 1 from report r where r.feedback_id = f.id) order by random() limit 1`,
        );
      const service = services[0]!.id;
      const office = freshClientIp();
      // Over the limit first, so that a challenge is at hand for the mix below.
      for (let i = 0; i < 2; i++) expect((await submit(tiny, { serviceId: service, scores: scoresOf(3) }, { clientIp: office })).errors).toBeUndefined();
      const refused = await submit(tiny, { serviceId: service, scores: scoresOf(3) }, { clientIp: office });
      const challenge = JSON.parse(refused.errors![0]!.extensions!.proofOfWorkChallenge as string) as Challenge;
      const proofOfWork = Buffer.from(JSON.stringify({ challenge, solution: await solveChallenge({ challenge, deriveKey }) })).toString('base64');
      // An account past its free failed sign-ins: every attempt for it now needs a solved check.
      const guarded = await createStaffAccount(tiny, 'kata-sandi-tim');
      for (let i = 0; i < 5; i++) expect(codeOf(await signIn(tiny, guarded, `salah-${i}`))).toBe('UNAUTHENTICATED');
      const ownerProof = await solved((await signIn(tiny, guarded, 'kata-sandi-tim')).errors![0]!.extensions!.proofOfWorkChallenge);
      const guesserProof = await solved((await signIn(tiny, guarded, 'tebakan')).errors![0]!.extensions!.proofOfWorkChallenge);
      const replayKey = randomUUID();
      expect((await submit(tiny, { serviceId: service, scores: scoresOf(4), idempotencyKey: replayKey })).errors).toBeUndefined();

      const mix: Array<Promise<{ what: string; code: string }>> = [];
      const outcome = (what: string, p: Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>) =>
        mix.push(p.then((r) => ({ what, code: r.errors?.[0]?.extensions?.code ?? 'OK' })));
      for (let i = 0; i < 12; i++) outcome('new rating', submit(tiny, { serviceId: services[i]!.id, scores: scoresOf(2) }));
      for (let i = 0; i < 4; i++) outcome('replayed rating', submit(tiny, { serviceId: service, scores: scoresOf(4), idempotencyKey: replayKey }));
      for (let i = 0; i < 4; i++) outcome('over the limit', submit(tiny, { serviceId: service, scores: scoresOf(3) }, { clientIp: office }));
      outcome('over the limit, solved', submit(tiny, { serviceId: service, scores: scoresOf(3), proofOfWork }, { clientIp: office }));
      for (let i = 0; i < 2; i++) outcome('report', tiny.gql(`mutation ($id: ID!) { reportContent(itemId: $id, reason: "kasar") }`, { id: published!.id }, { clientIp: freshClientIp() }));
      for (let i = 0; i < 3; i++) outcome('wrong password', signIn(tiny, freshEmail(), 'salah', { clientIp: freshClientIp() }));
      outcome('sign-in', tiny.gql('mutation { login(email: "hr@kupang.demo", password: "suara-demo") { token } }', undefined, { clientIp: freshClientIp() }));
      for (let i = 0; i < 2; i++) outcome('sign-in without the check it needs', signIn(tiny, guarded, 'tebakan', { clientIp: freshClientIp() }));
      outcome('sign-in with a solved check', signIn(tiny, guarded, 'kata-sandi-tim', { clientIp: freshClientIp(), proofOfWork: ownerProof }));
      outcome('wrong password with a solved check', signIn(tiny, guarded, 'tebakan', { clientIp: freshClientIp(), proofOfWork: guesserProof }));
      for (let i = 0; i < 4; i++) outcome('service page', tiny.gql(`{ service(slug: "${services[i]!.slug}") { name unit { name } satisfaction { ikm elements { average } } feedback(first: 5) { totalCount } } }`));
      outcome('region page', tiny.gql('{ region(slug: "mataram") { satisfaction(lastMonths: 12) { ikm } units { satisfaction(lastMonths: 12) { ikm } services { slug } } } }'));
      outcome('search', tiny.gql('{ services(search: "izin", first: 5) { totalCount } }'));

      const results = await Promise.all(mix);
      const expected = (what: string) =>
        what === 'over the limit' || what === 'sign-in without the check it needs' ? 'RATE_LIMITED' : what.startsWith('wrong password') ? 'UNAUTHENTICATED' : 'OK';
      const wrong = results.filter((r) => r.code !== expected(r.what));
      expect(wrong).toEqual([]);
    } finally {
      await tiny.close();
    }
  });
});
