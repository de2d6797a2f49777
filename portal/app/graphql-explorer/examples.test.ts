import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleOperations } from './examples';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const QUERIES = path.join(ROOT, 'docs', 'hr-queries');
const schema = buildSchema(readFileSync(path.join(ROOT, 'api', 'schema.graphql'), 'utf8'));
const files = readdirSync(QUERIES).filter((name) => name.endsWith('.graphql')).sort();

describe('the HR example operations (docs/hr-queries, the explorer and the README)', () => {
  it.each(files)('%s is valid against the API schema, one named operation', (file) => {
    const document = parse(readFileSync(path.join(QUERIES, file), 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    expect(operations[0]?.name?.value).toMatch(/^[A-Z]\w+$/);
  });

  it('opens every saved operation in the explorer, and only those', () => {
    const used = exampleOperations('mamuju').map((example) => example.file).sort();
    expect(used).toEqual(files);
    for (const example of exampleOperations('mamuju')) {
      expect(example.query).toBe(readFileSync(path.join(QUERIES, example.file), 'utf8'));
    }
  });

  it('gives every variable without a default a value in the variables editor', () => {
    for (const example of exampleOperations('kupang')) {
      const operation = parse(example.query).definitions[0];
      if (operation?.kind !== 'OperationDefinition') throw new Error(`${example.file}: no operation`);
      const required = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === 'NonNullType' && !v.defaultValue).map((v) => v.variable.name.value);
      for (const name of required) expect(example.variables, `${example.file}: $${name}`).toHaveProperty(name);
      if ('regionSlug' in example.variables) expect(example.variables.regionSlug).toBe('kupang');
    }
  });
});

describe("the explorer's stylesheets", () => {
  it("load nothing from another origin and no inline font, so the portal's Content-Security-Policy holds unchanged", () => {
    const requireFrom = createRequire(path.join(ROOT, 'portal', 'package.json'));
    for (const sheet of ['@graphiql/react/dist/style.css', 'graphiql/src/style.css']) {
      const css = readFileSync(requireFrom.resolve(sheet), 'utf8');
      expect(css, sheet).not.toMatch(/@font-face|@import/);
      // Only data: images (the policy's img-src allows them): no address of any server.
      for (const [, target] of css.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(target, sheet).toMatch(/^data:image\//);
    }
    // …and these are the sheets the explorer's pages link, never graphiql.css with its inline fonts.
    for (const route of ['staf.graphql.tsx', 'demo.graphql.tsx']) {
      const source = readFileSync(path.join(ROOT, 'portal', 'app', 'routes', route), 'utf8');
      expect(source, route).toContain("'@graphiql/react/dist/style.css?url'");
      expect(source, route).toContain("'graphiql/src/style.css?url'");
      expect(source, route).not.toContain('graphiql.css');
    }
  });
});

describe("the explorer's operation name", () => {
  it("drops a name the query does not define (GraphiQL's stale name after a tab switch), keeps its own", async () => {
    const { withOwnOperationName } = await import('./explorer');
    const gaps = 'query CompetencyGaps($unitId: ID!) { competencyGaps(unitId: $unitId) { averageGap } }';
    expect(withOwnOperationName({ query: gaps, operationName: 'DevelopmentNeeds' }).operationName).toBeNull();
    expect(withOwnOperationName({ query: gaps, operationName: 'CompetencyGaps' }).operationName).toBe('CompetencyGaps');
    expect(withOwnOperationName({ query: '{ __typename }', operationName: null }).operationName).toBeNull();
  });
});
