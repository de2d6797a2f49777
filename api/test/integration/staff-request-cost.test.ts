import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { loginAs, newAccount } from '../support/staff.js';

/**
 * Every staff request checks its session (decision record 0014): that check must stay one statement,
 * and the admin's account list must cost the same for 1 or 100 accounts and fit the operation limits.
 */
let api: TestApi;
let statements = 0;
beforeAll(async () => {
  api = await startTestApi({}, { debug: ['query'], logger: () => statements++ });
});
afterAll(async () => {
  await api.close();
});

async function countFor(query: string, token: string): Promise<number> {
  await api.gql(query, {}, { token }); // the catalogue is loaded once, then held
  statements = 0;
  const res = await api.gql(query, {}, { token });
  expect(res.errors).toBeUndefined();
  return statements;
}

describe('the cost of a signed-in request', () => {
  it('checks the token, its session, the account and its roles in one statement', async () => {
    const [mataram] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select id from region where slug = 'mataram'`);
    const token = await loginAs(api, await newAccount(api, { grants: [{ role: 'MODERATOR', regionId: mataram!.id }, { role: 'HR', regionId: mataram!.id }] }));
    expect(await countFor('{ me { email mustChangePassword createdAt roles { id role region { slug } } } }', token)).toBe(1);
  });

  it('lists 100 staff accounts with their roles in a constant number of statements, within the operation limits', async () => {
    const token = await loginAs(api, await newAccount(api, { grants: [{ role: 'ADMIN' }] }));
    await Promise.all(Array.from({ length: 30 }, () => newAccount(api, { grants: [{ role: 'ADMIN' }] })));
    const page = `{ staffAccounts(first: 100) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name email active mustChangePassword lastLoginAt createdAt roles { id role region { id slug name } unit { id name } } } } } }`;
    // Session, page, count, the page's roles.
    expect(await countFor(page, token)).toBeLessThanOrEqual(4);
    const log = `{ adminAuditLog(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id at action entityType entityId before after actor { name email } } } } }`;
    expect(await countFor(log, token)).toBeLessThanOrEqual(3);
  });
});
