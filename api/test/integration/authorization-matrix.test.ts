/**
 * The authorization matrix (issue 8): every operation of the schema, run as anonymous, as each staff
 * role of Mataram, as the same role of Kupang and as an officer of another unit, with the outcome
 * each must get (ALLOWED, UNAUTHENTICATED, FORBIDDEN). The rows live beside this file's world in
 * test/authz/<module>.rows.ts; an operation added to the schema without a row fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { ACTORS, type Actor, type OperationRow, type Outcome } from '../authz/types.js';
import { buildWorld, PASSWORD, type AuthzWorld } from '../authz/world.js';
import { hashPassword } from '../../src/modules/identity/index.js';

const authzDir = new URL('../authz/', import.meta.url);
const rowFiles = readdirSync(authzDir).filter((f) => f.endsWith('.rows.ts')).sort();
const rows: OperationRow[] = [];
for (const file of rowFiles) rows.push(...((await import(new URL(file, authzDir).href)) as { rows: OperationRow[] }).rows);

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'));
const operations = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
].sort();

let api: TestApi;
let world: AuthzWorld;
const tokens = new Map<Actor, string>();

async function signIn(actor: Actor): Promise<void> {
  const email = world.emailOf(actor);
  if (!email) return;
  const res = await api.gql<{ login: { token: string } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: PASSWORD },
    { clientIp: freshClientIp() },
  );
  if (!res.data?.login) throw new Error(`${actor} could not sign in: ${JSON.stringify(res.errors)}`);
  tokens.set(actor, res.data.login.token);
}

/** A row may end the caller's session (logout) or change their password: sign them in again. */
async function keepEveryoneSignedIn(): Promise<void> {
  for (const actor of ACTORS) {
    const token = tokens.get(actor);
    if (!token) continue;
    const res = await api.gql<{ me: { email: string } | null }>('{ me { email } }', {}, { token, clientIp: freshClientIp() });
    if (res.data?.me) continue;
    await restorePasswords();
    await signIn(actor);
  }
}

async function restorePasswords(): Promise<void> {
  const emails = ACTORS.map((a) => world.emailOf(a)).filter((e): e is string => !!e);
  await world.sql('update staff_account set password_hash = ? where email in (?)', [await hashPassword(PASSWORD), emails]);
  // Columns that later migrations add (forced change, deactivation) are reset when present.
  const columns = await world.sql<{ column_name: string }>(
    "select column_name from information_schema.columns where table_name = 'staff_account' and column_name in ('must_change_password', 'active')",
  );
  for (const { column_name } of columns) {
    await world.sql(`update staff_account set ${column_name} = ${column_name === 'active' ? 'true' : 'false'} where email in (?)`, [emails]);
  }
}

function outcomeOf(res: { errors?: Array<{ message: string; extensions?: { code?: string } }> }): string {
  if (!res.errors?.length) return 'ALLOWED';
  const code = res.errors[0]!.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  return `ERROR ${code}: ${res.errors[0]!.message}`;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await buildWorld(api);
  await restorePasswords();
  for (const actor of ACTORS) await signIn(actor);
});

afterAll(async () => {
  if (world) await restorePasswords();
  await api?.close();
});

describe('authorization matrix', () => {
  it('has exactly one row for every query and mutation of the schema', () => {
    const named = rows.map((r) => r.operation).sort();
    const duplicates = named.filter((op, i) => named.indexOf(op) !== i);
    expect(duplicates, 'operations with more than one row').toEqual([]);
    expect(operations.filter((op) => !named.includes(op)), 'operations without a row in test/authz/*.rows.ts').toEqual([]);
    expect(named.filter((op) => !operations.includes(op)), 'rows for operations the schema does not have').toEqual([]);
  });

  it.each(rows.map((row) => [row.operation, row] as const))('%s gives each caller what the row says', async (_name, row) => {
    const actual = {} as Record<Actor, string>;
    for (const actor of ACTORS) {
      const request = await row.request(world, actor);
      const res = await api.gql(request.query, request.variables ?? {}, { token: tokens.get(actor), clientIp: freshClientIp() });
      actual[actor] = outcomeOf(res);
      await keepEveryoneSignedIn();
    }
    expect(actual).toEqual(row.expect satisfies Record<Actor, Outcome>);
  });
});
