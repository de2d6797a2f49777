import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * CONTRACT.md: api/schema.graphql must contain all of docs/contract.graphql with compatible types;
 * `findBreakingChanges(contract, actual)` returning nothing is the definition. Parts of the contract
 * that later issues build are listed in NOT_YET_BUILT; an entry that has been built fails the test,
 * so the list only shrinks.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const contract = buildSchema(readFileSync(path.join(root, 'docs/contract.graphql'), 'utf8'));
const actual = buildSchema(readFileSync(path.join(root, 'api/schema.graphql'), 'utf8'));

const NOT_YET_BUILT: string[] = [];

describe('the GraphQL contract', () => {
  const breaks = findBreakingChanges(contract, actual).map((c) => c.description);

  it('is contained in api/schema.graphql with compatible types', () => {
    const unexpected = breaks.filter((b) => !NOT_YET_BUILT.some((pending) => b.startsWith(pending)));
    expect(unexpected).toEqual([]);
  });

  it('lists as not yet built only what is really missing', () => {
    const built = NOT_YET_BUILT.filter((pending) => !breaks.some((b) => b.startsWith(pending)));
    expect(built).toEqual([]);
  });
});
