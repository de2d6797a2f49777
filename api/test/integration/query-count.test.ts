import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { scoresOf, serviceId, submit } from '../support/feedback.js';

/**
 * Lists must not cost one query per row (STYLE.md, 4), and a warm public page must not cost any
 * (decision record 0008): regions, units and services come from the in-process catalogue, scores and
 * the newest comments from the read cache. The read cache lives a minute here instead of its default
 * second, so that what these tests count does not depend on how fast the machine is.
 */
let api: TestApi;
let statements = 0;
beforeAll(async () => {
  api = await startTestApi({ SUARA_READ_CACHE_MS: '60000' }, { debug: ['query'], logger: () => statements++ });
});
afterAll(async () => {
  await api.close();
});

async function countFor(query: string): Promise<number> {
  statements = 0;
  const res = await api.gql(query);
  expect(res.errors).toBeUndefined();
  return statements;
}

const SERVICE_PAGE = `{ service(slug: "kupang-ktp-el") { name unit { name } satisfaction { ikm grade responseCount elements { element average } }
  feedback(first: 10) { totalCount edges { node { comment response { body unit { name } } } } } } }`;

describe('SQL statements per request', () => {
  it('stays constant for every region, unit and service with their scores', async () => {
    api.app.catalog.invalidate();
    const n = await countFor(`{
      regions { name satisfaction { ikm } units { name parent { name } region { slug } satisfaction { ikm }
        services { name unit { name } region { name } satisfaction(from: "2026-01-01") { ikm grade elements { average } } } } }
    }`);
    // The catalogue (one statement), then one rollup query per scope: regions, units, services.
    expect(n).toBeLessThanOrEqual(4);
  });

  it('stays constant for a page of services with their published comments and answers', async () => {
    const n = await countFor(`{ services(first: 50) { edges { node { name unit { name } region { name }
      feedback(first: 3) { edges { node { comment response { body unit { name } } } } } } } } }`);
    // One windowed query for every service's comments with their latest answers.
    expect(n).toBeLessThanOrEqual(1);
  });

  it('answers a service page it has just answered without asking the database', async () => {
    await countFor(SERVICE_PAGE);
    expect(await countFor(SERVICE_PAGE)).toBe(0);
  });

  it('shows a rating this process stored on the very next read, cache or not', async () => {
    const before = (await api.gql<{ service: { satisfaction: { responseCount: number } } }>(SERVICE_PAGE)).data!.service.satisfaction.responseCount;
    const sent = await submit(api, { serviceId: await serviceId(api, 'kupang-ktp-el'), scores: scoresOf(4), idempotencyKey: randomUUID() });
    expect(sent.errors).toBeUndefined();
    const after = (await api.gql<{ service: { satisfaction: { responseCount: number } } }>(SERVICE_PAGE)).data!.service.satisfaction.responseCount;
    expect(after).toBe(before + 1);
  });

  it('sees a catalogue change made behind its back, as soon as the database announces it', async () => {
    const changed = api.app.catalog.nextInvalidation();
    await api.orm.em.fork().execute(`update public_service set name = name || ' (baru)' where slug = 'kupang-ktp-el'`);
    try {
      await changed;
      const res = await api.gql<{ service: { name: string } }>('{ service(slug: "kupang-ktp-el") { name } }');
      expect(res.data!.service.name).toMatch(/ \(baru\)$/);
    } finally {
      await api.orm.em.fork().execute(`update public_service set name = regexp_replace(name, ' \\(baru\\)$', '') where slug = 'kupang-ktp-el'`);
    }
  });
});
