import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * Lists must not cost one query per row (STYLE.md, 4): every relation a list asks for goes through a
 * DataLoader. The counts below are per request, whatever the number of regions, units and services.
 */
let api: TestApi;
let statements = 0;
beforeAll(async () => {
  api = await startTestApi({}, { debug: ['query'], logger: () => statements++ });
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

describe('SQL statements per request', () => {
  it('stays constant for every region, unit and service with their scores', async () => {
    const n = await countFor(`{
      regions { name satisfaction { ikm } units { name parent { name } region { slug } satisfaction { ikm }
        services { name unit { name } region { name } satisfaction(from: "2026-01-01") { ikm grade elements { average } } } } }
    }`);
    // regions, units, parents, regions of units, services, units of services, satisfaction ×3 scopes (rollup + users each).
    expect(n).toBeLessThanOrEqual(12);
  });

  it('stays constant for a page of services with their published comments and answers', async () => {
    const n = await countFor(`{ services(first: 50) { edges { node { name unit { name } region { name }
      feedback(first: 3) { edges { node { comment response { body unit { name } } } } } } } } }`);
    // count + page, units, regions, comments (count + windowed page), their answers, the answering units.
    expect(n).toBeLessThanOrEqual(8);
  });
});
