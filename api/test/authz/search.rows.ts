/**
 * Authorization rows of the service search's synonym list (issue 13, decision record 0037): ADMIN
 * only. The admin's add and remove each get a fresh term (`matriks…`), removed again by the remove
 * row or left harmless (a term no citizen types); other actors are refused before anything is touched.
 */
import { randomUUID } from 'node:crypto';
import { only, type Actor, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

const term = () => `matriks${randomUUID().slice(0, 8)}`;

async function freshSynonym(world: AuthzWorld, actor: Actor): Promise<string> {
  if (actor !== 'admin') return randomUUID();
  const [row] = await world.sql<{ id: string }>(
    `insert into search_synonym (id, created_at, term, expansion, built_in) values (gen_random_uuid(), now(), ?, 'kartu matriks', false) returning id`,
    [term()],
  );
  return row!.id;
}

export const rows: OperationRow[] = [
  {
    operation: 'Query.searchSynonyms',
    request: () => ({ query: '{ searchSynonyms { id term expansion builtIn } }' }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.addSearchSynonym',
    request: () => ({ query: 'mutation ($t: String!) { addSearchSynonym(term: $t, expansion: "kartu matriks") { id term } }', variables: { t: term() } }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.removeSearchSynonym',
    request: async (world, actor) => ({ query: 'mutation ($id: ID!) { removeSearchSynonym(id: $id) }', variables: { id: await freshSynonym(world, actor) } }),
    expect: only('admin'),
  },
];
