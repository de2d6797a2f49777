import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, EXPLORER_PATHS } from '../../security.mjs';
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

describe("the explorer's Content-Security-Policy", () => {
  it('accepts data: fonts (GraphiQL bundles its own) on the explorer pages only; scripts stay ours', () => {
    expect([...EXPLORER_PATHS].sort()).toEqual(['/demo/graphql', '/staf/graphql']);
    const explorer = contentSecurityPolicy('n0nce', { dataFonts: true });
    expect(explorer).toContain("font-src 'self' data:");
    expect(explorer).toContain("script-src 'self' 'nonce-n0nce'");
    expect(explorer).not.toContain('unsafe-eval');
    expect(explorer).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy('n0nce')).toContain("font-src 'self';");
  });
});
