import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The open-data part of the schema is read by anyone who takes the data (decision record 0027): every
 * type, field, argument and enum value is described in English and Indonesian, "English … / Indonesian …",
 * as hr-schema-descriptions.test.ts checks for HR.
 */
const TYPES = ['OpenDataTable', 'OpenDataPeriod', 'OpenDataPeriodState', 'OpenDataRow', 'OpenDataTotal'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(root, 'api/schema.graphql'), 'utf8'));

function bilingual(description: string | null | undefined): boolean {
  if (!description) return false;
  const at = description.indexOf(' / ');
  return at > 0 && description.slice(0, at).trim() !== '' && description.slice(at + 3).trim() !== '';
}

function missing(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!type) return [`${typeName} (not in the schema)`];
  const out: string[] = bilingual(type.description) ? [] : [typeName];
  if (isObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!bilingual(field.description)) out.push(`${typeName}.${field.name}`);
      for (const arg of field.args) if (!bilingual(arg.description)) out.push(`${typeName}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type)) for (const value of type.getValues()) if (!bilingual(value.description)) out.push(`${typeName}.${value.name}`);
  return out;
}

describe('the open-data part of the schema speaks English and Indonesian', () => {
  it.each(TYPES)('%s: the type, every field, argument and value', (typeName) => {
    expect(missing(typeName)).toEqual([]);
  });

  it('Query.openData and its arguments', () => {
    const field = schema.getQueryType()!.getFields().openData!;
    expect([bilingual(field.description), ...field.args.map((a) => bilingual(a.description))]).toEqual([true, true, true]);
  });
});
