import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { ACTORS, type Actor, type Outcome } from '../authz/types.js';
import { buildWorld, PASSWORD, type AuthzWorld } from '../authz/world.js';
import { rows } from '../authz/answers.rows.js';
import { rebuildRollups } from '../../src/modules/feedback/index.js';

/**
 * Runs the rows of answers.rows.ts as every actor, as the lead's matrix runner will, so that the rows
 * are known to hold before they join it.
 */
let api: TestApi;
let world: AuthzWorld;
const tokens = new Map<Actor, string>();

beforeAll(async () => {
  api = await startTestApi();
  world = await buildWorld(api);
  for (const actor of ACTORS) {
    const email = world.emailOf(actor);
    if (email) tokens.set(actor, await api.login(email, PASSWORD));
  }
});
afterAll(async () => {
  // world.comment stores ratings without their daily rollup; put the rollup back in step.
  await rebuildRollups(api.orm.em.fork(), [world.mataram.licensing.id]);
  await api.close();
});

function outcomeOf(res: { errors?: Array<{ extensions?: { code?: unknown } }> }): Outcome | string {
  if (!res.errors?.length) return 'ALLOWED';
  return String(res.errors[0]!.extensions?.code ?? 'UNKNOWN');
}

describe('who may call the answers and forum operations', () => {
  for (const row of rows) {
    it(`${row.operation}: as the matrix says for every actor`, async () => {
      const got: Record<string, string> = {};
      for (const actor of ACTORS) {
        const request = await row.request(world, actor);
        const token = tokens.get(actor);
        const res = await api.gql(request.query, request.variables, token ? { token } : {});
        got[actor] = outcomeOf(res);
      }
      expect(got).toEqual(row.expect);
    });
  }
});
