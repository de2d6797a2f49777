import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isObjectType, type GraphQLArgument, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The mayor's service-quality part of the schema (issue 10) is described in English and Indonesian,
 * "English … / Indonesian …", like HR's (decision record 0023): every type, field, argument and enum
 * value. A new type of it goes in QUALITY_TYPES, a new query in QUALITY_OPERATIONS.
 */
const QUALITY_TYPES = [
  'Granularity',
  'TrendPoint',
  'UnitScore',
  'RegionOverview',
  'PeriodState',
  'PeriodScore',
  'GradeCount',
  'FeedbackFollowUp',
  'DeclineAlert',
  'AlertScope',
  'ElementChange',
  'ProgramImpact',
];
const QUALITY_OPERATIONS = ['serviceQualityTrend', 'unitRanking', 'regionOverview', 'declineAlerts', 'trainingImpactSummary'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(root, 'api/schema.graphql'), 'utf8'));

function bilingual(description: string | null | undefined): boolean {
  if (!description) return false;
  const at = description.indexOf(' / ');
  return at > 0 && description.slice(0, at).trim() !== '' && description.slice(at + 3).trim() !== '';
}

const missingArgs = (at: string, args: readonly GraphQLArgument[]) => args.filter((a) => !bilingual(a.description)).map((a) => `${at}(${a.name})`);

function missing(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!type) return [`${typeName} (not in the schema)`];
  const out: string[] = bilingual(type.description) ? [] : [typeName];
  if (isObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!bilingual(field.description)) out.push(`${typeName}.${field.name}`);
      out.push(...missingArgs(`${typeName}.${field.name}`, field.args));
    }
  }
  if (isEnumType(type)) for (const value of type.getValues()) if (!bilingual(value.description)) out.push(`${typeName}.${value.name}`);
  return out;
}

describe('the mayor’s service-quality schema speaks English and Indonesian', () => {
  it.each(QUALITY_TYPES)('%s: the type, every field, argument and value', (typeName) => {
    expect(missing(typeName)).toEqual([]);
  });

  it.each(QUALITY_OPERATIONS)('Query.%s and its arguments', (name) => {
    const field = schema.getQueryType()!.getFields()[name];
    expect(field, `Query.${name} is not in the schema`).toBeDefined();
    expect([...(bilingual(field!.description) ? [] : [`Query.${name}`]), ...missingArgs(`Query.${name}`, field!.args)]).toEqual([]);
  });
});
