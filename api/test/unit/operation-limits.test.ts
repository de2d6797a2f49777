import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, Kind, Lexer, parse, Source, TokenKind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { createSchema } from '../../src/graphql/schema.js';
import { catalogueBounds, DEFAULT_LIMITS, FALLBACK_BOUNDS, limitErrors, operationShape, type ListBounds } from '../../src/graphql/limits.js';

/**
 * The limits must let every operation the portal sends through with room to spare. The operations
 * are read from the portal's generated document map (what `pnpm codegen` writes from the portal's
 * own `*.server.ts` files), so a new or grown portal query is checked without anyone copying it here.
 */
const GENERATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../portal/app/graphql/generated/graphql.ts');

let schema: GraphQLSchema;
let portalOperations: Array<[string, string]>;
beforeAll(async () => {
  schema = await createSchema();
  const generated = (await import(/* @vite-ignore */ GENERATED)) as Record<string, unknown>;
  portalOperations = Object.entries(generated)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, doc]) => [name.replace(/Document$/, ''), String(doc)]);
});

function shapeOf(text: string, bounds: ListBounds = FALLBACK_BOUNDS) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationShape(schema, document, operation, bounds);
}

function tokensOf(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('the operation limits and the portal', () => {
  it('reads every operation the portal sends from its generated document map', () => {
    expect(portalOperations.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Home', 'SearchServices', 'RegionPage', 'ServicePage', 'RatingPage', 'SubmitFeedback', 'ProofOfWorkChallenge', 'FeedbackReceipt', 'Poster']),
    );
  });

  it('lets every portal operation through with room to spare (at most a third of each limit), also for a catalogue far larger than the demo', () => {
    for (const [name, text] of portalOperations) {
      const shape = shapeOf(text);
      expect(limitErrors(shape, DEFAULT_LIMITS), name).toEqual([]);
      expect(shape.depth, `${name} depth`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth - 3);
      expect(shape.aliases, `${name} aliases`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases / 3);
      expect(shape.fields, `${name} fields`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFields / 3);
      expect(shape.cost, `${name} cost`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 3);
      expect(tokensOf(text), `${name} tokens`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 3);
    }
  });
});

describe('what an operation is measured at', () => {
  it('costs a connection by its page size: first, a variable at the most it may ask, 20 when absent', () => {
    const node = '{ edges { node { id name } } }';
    const literal = shapeOf(`{ services(first: 5) ${node} }`).cost;
    const absent = shapeOf(`{ services ${node} }`).cost;
    const variable = shapeOf(`query ($n: Int) { services(first: $n) ${node} }`).cost;
    const defaulted = shapeOf(`query ($n: Int = 5) { services(first: $n) ${node} }`).cost;
    // `services` itself weighs 5: a search with words is a database statement (decision record 0037).
    expect(literal).toBe(5 + 5 * (1 + 1 + 2));
    expect(absent).toBe(5 + 20 * (1 + 1 + 2));
    expect(variable).toBe(5 + 100 * (1 + 1 + 2));
    expect(defaulted).toBe(literal);
  });

  it('costs the follow-up plans of one named unit as one plan, and of a possibly absent unit as a region’s', () => {
    const plan = '{ id actions { id } }';
    const region = shapeOf(`{ followUpPlans(regionSlug: "x") ${plan} }`).cost;
    const oneLiteral = shapeOf(`{ followUpPlans(regionSlug: "x", unitId: "u") ${plan} }`).cost;
    const oneVariable = shapeOf(`query ($u: ID!) { followUpPlans(regionSlug: "x", unitId: $u) ${plan} }`).cost;
    const maybe = shapeOf(`query ($u: ID) { followUpPlans(regionSlug: "x", unitId: $u) ${plan} }`).cost;
    const literalNull = shapeOf(`{ followUpPlans(regionSlug: "x", unitId: null) ${plan} }`).cost;
    // `followUpPlans` weighs 10; a plan's actions are costed at 20.
    expect(oneLiteral).toBe(10 + 1 + 20 * 2);
    expect(oneVariable).toBe(oneLiteral);
    expect(region).toBe(64 * oneLiteral);
    expect(maybe).toBe(region);
    expect(literalNull).toBe(region);
  });

  it('costs plain lists by the catalogue’s longest list of that kind, rounded up, and multiplies them when nested', () => {
    const demo = catalogueBounds({ regions: 4, unitsPerRegion: 11, servicesPerUnit: 3 });
    expect(demo).toMatchObject({ 'Query.regions': 4, 'Region.units': 16, 'Unit.services': 4 });
    // One service more or less keeps the same bounds (and the costs worked out with them).
    expect(catalogueBounds({ regions: 4, unitsPerRegion: 12, servicesPerUnit: 4 })).toBe(demo);
    expect(shapeOf('{ region(slug: "x") { units { id } } }', demo).cost).toBe(1 + 16 * 2);
    expect(shapeOf('{ region(slug: "x") { units { services { id } } } }', demo).cost).toBe(1 + 16 * (1 + 4 * 2));
    expect(shapeOf('{ regions { units { services { id } } } }', demo).cost).toBe(4 * (1 + 16 * (1 + 4 * 2)));
  });

  it('counts a fragment at every place it is spread, but works each fragment out once (a fragment bomb is measured in linear time)', () => {
    // Each fragment spreads the next one twice: 2^40 fields once expanded.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Region { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const text = `{ regions { ...F0 } }\n${fragments}\nfragment F40 on Region { slug }`;
    const started = performance.now();
    const shape = shapeOf(text);
    const elapsed = performance.now() - started;
    expect(shape.fields).toBe(1 + 2 ** 40);
    expect(limitErrors(shape, DEFAULT_LIMITS).map((e) => e.extra.limit)).toEqual([
      expect.objectContaining({ name: 'fields' }),
      expect.objectContaining({ name: 'cost' }),
    ]);
    // Not a timing assertion but a sanity bound: 2^40 expansions would take hours.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('measures the fifteen-level nesting of the issue far past every limit', () => {
    let inner = 'id';
    for (let i = 0; i < 15; i++) inner = `region { units { services { ${inner} } } }`;
    const shape = shapeOf(`{ service(slug: "mataram-ktp-el") { ${inner} } }`);
    expect(shape.depth).toBe(47);
    const names = limitErrors(shape, DEFAULT_LIMITS).map((e) => (e.extra.limit as { name: string }).name);
    expect(names).toEqual(['depth', 'cost']);
  });

  it('lets the full introspection query through (fifteen levels deep) with room to spare', () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    expect(limitErrors(shapeOf(full), DEFAULT_LIMITS)).toEqual([]);
    expect(tokensOf(full)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 3);
  });

  it('counts aliases, also those inside fragments', () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: slug`).join(' ');
    const shape = shapeOf(`{ regions { ...R } } fragment R on Region { ${aliases} }`);
    expect(shape.aliases).toBe(31);
    expect(limitErrors(shape, DEFAULT_LIMITS).map((e) => (e.extra.limit as { name: string }).name)).toContain('aliases');
  });
});
