import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, SUBMIT } from '../support/feedback.js';

/**
 * Issue 7, point 5: NUL bytes and forged cursors gave 500s (and SQL with its values in the log). Every
 * string a client sends is checked before anything runs; cursors field by field.
 */

let api: TestApi;
let service: string;
let publishedComment: string;
beforeAll(async () => {
  api = await startTestApi();
  service = await serviceId(api, 'mataram-ktp-el');
  const [row] = await api.orm.em.fork().execute<Array<{ id: string }>>(
    `select id from feedback where moderation_status = 'PUBLISHED' and comment is not null and not spam limit 1`,
  );
  publishedComment = row!.id;
});
afterAll(async () => {
  await api.close();
});

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function expectRefused(res: GraphQLResponse, field?: string): void {
  expect(res.status, JSON.stringify(res.errors)).toBe(200);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  // Refused before execution: no half-answered data, no service turned null by a field's error.
  expect(res).not.toHaveProperty('data');
  if (field) expect((res.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toContain(field);
}

describe('text that cannot be stored', () => {
  const hostile = { 'a NUL byte': 'mataram\u0000ktp', 'half a surrogate pair': 'mataram\uD800ktp', 'a lone low surrogate': '\uDC00' };

  for (const [what, text] of Object.entries(hostile)) {
    describe(`with ${what}`, () => {
      const cases: Array<[string, string, Record<string, unknown>, string]> = [
        ['a service slug', 'query ($v: String!) { service(slug: $v) { id } }', {}, 'slug'],
        ['a region slug', 'query ($v: String!) { region(slug: $v) { id } }', {}, 'slug'],
        ['a unit id', 'query ($v: ID!) { unit(id: $v) { id } }', {}, 'id'],
        ['a search', 'query ($v: String) { services(search: $v) { totalCount } }', {}, 'search'],
        ['a category', 'query ($v: String) { services(category: $v) { totalCount } }', {}, 'category'],
        ['a receipt code', 'query ($v: String!) { feedbackReceipt(code: $v) { code } }', {}, 'code'],
        ['a proof-of-work service id', 'query ($v: ID!) { proofOfWorkChallenge(serviceId: $v) }', {}, 'serviceId'],
        ['a sign-in email', 'mutation ($v: String!) { login(email: $v, password: "suara-demo") { token } }', {}, 'email'],
        ['a sign-in password', 'mutation ($v: String!) { login(email: "admin@suara.demo", password: $v) { token } }', {}, 'password'],
        ['a report reason', 'mutation ($v: String!, $id: ID!) { reportContent(itemId: $id, reason: $v) }', { id: 'published' }, 'reason'],
        ['a satisfaction day', 'query ($v: Date) { service(slug: "mataram-ktp-el") { satisfaction(from: $v) { responseCount } } }', {}, 'from'],
      ];
      for (const [where, query, extra, field] of cases) {
        it(`refuses it in ${where} with BAD_USER_INPUT`, async () => {
          const variables = { v: text, ...(extra.id ? { id: publishedComment } : {}) };
          const res = await api.gql(query, variables, { clientIp: freshClientIp() });
          expectRefused(res, field);
          expect(res.errors?.[0]?.message).toMatch(/tidak dapat disimpan/);
        });
      }

      for (const field of ['comment', 'contact', 'idempotencyKey', 'honeypot', 'proofOfWork', 'respondent.gender'] as const) {
        it(`refuses it in a rating's ${field}, and stores nothing`, async () => {
          const key = field === 'idempotencyKey' ? `key-${text}-0123456789` : randomUUID();
          const input: Record<string, unknown> = { serviceId: service, idempotencyKey: key, scores: scoresOf(3) };
          if (field === 'respondent.gender') input.respondent = { gender: text };
          else if (field !== 'idempotencyKey') input[field] = text;
          const count = async () => (await api.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback'))[0]!.n;
          const before = await count();
          const res = await api.gql(SUBMIT, { input }, { clientIp: freshClientIp(), lang: 'en' });
          expectRefused(res, field);
          expect(res.errors?.[0]?.message).toMatch(/cannot be stored/);
          expect(await count()).toBe(before);
        });
      }
    });
  }

  it('refuses it written into the query itself, and in a key of a variable', async () => {
    expectRefused(await api.gql('{ service(slug: "mataram\\u0000ktp") { id } }'), 'slug');
    expectRefused(await api.gql('{ services(search: "a\\u0000") { totalCount } }'), 'search');
    expectRefused(await api.gql(SUBMIT, { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(3), ['com\u0000ment']: 'x' } }));
  });

  it('still takes every real character: accents, emoji, Javanese script', async () => {
    const res = await api.gql<{ submitFeedback: { receiptCode: string } }>(
      SUBMIT,
      { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(4), comment: 'Pelayanan ramah 👍🏽, café, ꦱꦸꦫ' } },
      { clientIp: freshClientIp() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitFeedback.receiptCode).toBeTruthy();
  });
});

describe('forged cursors', () => {
  const uuid = randomUUID();
  const forged: Array<[string, string]> = [
    ['not base64 JSON', 'bm90IGpzb24'],
    ['a JSON object', b64({ at: '2026-01-01T00:00:00Z', id: uuid })],
    ['one value too few', b64(['2026-01-01T00:00:00.000Z'])],
    ['a number for the timestamp', b64([12345, uuid])],
    ['an id that is not a UUID', b64(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])],
    ['February 31', b64(['2026-02-31T00:00:00.000Z', uuid])],
    ['a NUL in the id', b64(['2026-01-01T00:00:00.000Z', `${uuid}\u0000`])],
    ['nested arrays', b64([[['2026-01-01T00:00:00.000Z']], uuid])],
    ['a huge cursor', b64(['x'.repeat(100_000), uuid])],
  ];

  for (const [what, cursor] of forged) {
    it(`refuses ${what} on a service's comments without turning the service null`, async () => {
      const res = await api.gql('query ($a: String) { service(slug: "mataram-ktp-el") { name feedback(after: $a) { totalCount } } }', { a: cursor });
      expectRefused(res, 'after');
      expect(res.errors?.[0]?.message).toBe('Penanda halaman (after) tidak dikenali. Mulai lagi dari halaman pertama.');
    });
  }

  // A services cursor holds a name, not a time: any text is a name (February 31 included).
  const forgedForServices = forged.filter(([what]) => what !== 'February 31');
  for (const [what, cursor] of [...forgedForServices, ['a number for the name', b64([42, uuid])] as [string, string]]) {
    it(`refuses ${what} on the list of services`, async () => {
      expectRefused(await api.gql('query ($a: String) { services(after: $a) { totalCount } }', { a: cursor }), 'after');
    });
  }

  it('refuses a forged cursor written into the query, and a page size out of range, before anything runs', async () => {
    expectRefused(await api.gql(`{ service(slug: "mataram-ktp-el") { name feedback(after: "${b64([1, 2])}") { totalCount } } }`), 'after');
    expectRefused(await api.gql('{ service(slug: "mataram-ktp-el") { name feedback(first: 1000) { totalCount } } }'), 'first');
    expectRefused(await api.gql('query ($n: Int) { services(first: $n) { totalCount } }', { n: 0 }), 'first');
  });

  it('still pages through comments and services with the cursors it hands out', async () => {
    type Page = { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: { id: string } }> };
    const comments = 'query ($a: String) { service(slug: "mataram-ktp-el") { feedback(first: 2, after: $a) { pageInfo { endCursor hasNextPage } edges { node { id } } } } }';
    const first = await api.gql<{ service: { feedback: Page } }>(comments, { a: null });
    const second = await api.gql<{ service: { feedback: Page } }>(comments, { a: first.data!.service.feedback.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data!.service.feedback.edges[0]!.node.id).not.toBe(first.data!.service.feedback.edges[0]!.node.id);
    const services = 'query ($a: String) { services(first: 5, after: $a) { pageInfo { endCursor hasNextPage } edges { node { id } } } }';
    const one = await api.gql<{ services: Page }>(services, { a: null });
    const two = await api.gql<{ services: Page }>(services, { a: one.data!.services.pageInfo.endCursor });
    expect(two.errors).toBeUndefined();
    expect(two.data!.services.edges).toHaveLength(5);
  });
});

describe('what an error message says back', () => {
  it('echoes no more than a short excerpt of an unknown category (990 KB of it were echoed)', async () => {
    const res = await api.gql('query ($c: String) { services(category: $c) { totalCount } }', { c: 'x'.repeat(990_000) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain(`"${'x'.repeat(40)}…"`);
    expect(JSON.stringify(res.errors).length).toBeLessThan(1_000);
  });

  it('echoes no more than an excerpt of a variable of the wrong type', async () => {
    const res = await api.gql('query ($n: Int) { services(first: $n) { totalCount } }', { n: 'y'.repeat(500_000) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors).length).toBeLessThan(1_000);
  });

  it('makes no "did you mean" suggestions that map the schema for a stranger', async () => {
    const field = await api.gql('{ regoins { slug } }');
    expect(field.errors?.[0]?.message).toBe('Cannot query field "regoins" on type "Query".');
    const value = await api.gql(SUBMIT, { input: { serviceId: service, idempotencyKey: randomUUID(), scores: [{ element: 'PERSYARATA', score: 3 }] } });
    expect(value.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(value.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('a submitted rating with every field filled', () => {
  it('is stored as sent (the checks cost honest citizens nothing)', async () => {
    const key = randomUUID();
    const res = await api.gql<{ submitFeedback: { receiptCode: string } }>(
      SUBMIT,
      { input: { serviceId: service, idempotencyKey: key, scores: scoresOf(3), comment: 'Antre cepat.', contact: 'warga@contoh.id', respondent: { gender: 'L', ageGroup: '20-29' } } },
      { clientIp: freshClientIp() },
    );
    expect(res.errors).toBeUndefined();
    const [row] = await api.orm.em.fork().execute<Array<{ contact: string }>>('select contact from feedback where idempotency_key = ?', [key]);
    expect(row!.contact).toBe('warga@contoh.id');
  });
});
