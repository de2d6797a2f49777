import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Follow-up plans, the publication checklist and the survey period setting (decision record 0025)
 * are read by unit officers, HR and mayors in the GraphQL explorer: every type, field, argument and
 * enum value is described "English … / Indonesian …", like the HR part (decision record 0023).
 */
const TYPES = [
  'FollowUpPlan',
  'FollowUpAction',
  'FollowUpComment',
  'FollowUpPlanState',
  'FollowUpStatus',
  'PlanFollowUpFigures',
  'UnitFollowUpFigures',
  'FollowUpFigures',
  'SkmPublication',
  'PublicationChannel',
  'FollowUpActionInput',
  'PublicationInput',
];
const OPERATIONS = {
  Query: ['followUpPlans', 'followUpFigures', 'publications'],
  Mutation: ['draftFollowUpPlan', 'saveFollowUpAction', 'removeFollowUpAction', 'agreeFollowUpPlan', 'updateFollowUpStatus', 'recordPublication', 'removePublication', 'setSurveyPeriod'],
} as const;

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
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!bilingual(field.description)) out.push(`${typeName}.${field.name}`);
      if ('args' in field) out.push(...missingArgs(`${typeName}.${field.name}`, field.args));
    }
  }
  if (isEnumType(type)) for (const value of type.getValues()) if (!bilingual(value.description)) out.push(`${typeName}.${value.name}`);
  return out;
}

describe('follow-up plans in the schema speak English and Indonesian', () => {
  it.each(TYPES)('%s: the type, every field, argument and value', (name) => {
    expect(missing(name)).toEqual([]);
  });

  it.each(Object.entries(OPERATIONS).flatMap(([r, names]) => names.map((n) => [r as 'Query' | 'Mutation', n] as const)))('%s.%s and its arguments', (r, name) => {
    const field = (r === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[name];
    expect(field, `${r}.${name} is not in the schema`).toBeDefined();
    expect([...(bilingual(field!.description) ? [] : [`${r}.${name}`]), ...missingArgs(`${r}.${name}`, field!.args)]).toEqual([]);
  });
});
