import {
  GraphQLError,
  Kind,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { BadInputError, DomainError } from '../common/errors.js';
import { excerpt, storableText } from '../common/text.js';
import { decodeCommentsCursor } from '../modules/feedback/index.js';
import { checkServiceCursor } from '../modules/services/index.js';
import { pageSize } from './connection.js';

/**
 * Input checks that run before execution, for every operation, in one place (decision record 0011):
 *
 * - **Every string** a client sends — each variable, at any depth, its keys too, and each literal in
 *   the document — is refused with BAD_USER_INPUT when PostgreSQL could not store it (NUL) or it is
 *   not Unicode (half a surrogate pair). Such text otherwise reached SQL and came back as a database
 *   error (a 500, or "database unavailable" for a NUL, which breaks the wire protocol).
 * - **Arguments whose values resolvers would refuse** (a cursor, a page size) are checked here too, so
 *   that the refusal is a request error: refused inside a resolver, `PublicService.feedback(after:)`
 *   is non-null and its error took the whole `service` down to null.
 *
 * What depends only on the document (where variables go, literals) is worked out once per operation
 * node, which Apollo keeps with the validated document; per request only the variables are walked.
 */

type ArgumentCheck = (value: unknown) => void;

/** `Type.field.argument` → a check that throws the same BadInputError its resolver would. */
const ARGUMENT_CHECKS: Readonly<Record<string, ArgumentCheck>> = {
  'Query.services.after': (v) => void (typeof v === 'string' && checkServiceCursor(v)),
  'Query.services.first': (v) => void (typeof v === 'number' && pageSize(v)),
  'PublicService.feedback.after': (v) => void (typeof v === 'string' && decodeCommentsCursor(v)),
  'PublicService.feedback.first': (v) => void (typeof v === 'number' && pageSize(v)),
};

/** Variables nest no deeper than our inputs do (an input in a list in an input…). */
const MAX_VALUE_DEPTH = 32;

const unstorable = (field: string) => {
  const name = excerpt(field);
  return new BadInputError(
    {
      id: `Isian "${name}" berisi karakter yang tidak dapat disimpan (NUL atau separuh pasangan surrogate). Hapus karakter itu lalu kirim lagi.`,
      en: `The field "${name}" contains a character that cannot be stored (NUL or half a surrogate pair). Remove it and send again.`,
    },
    [{ field: name, message: { id: 'Berisi karakter yang tidak dapat disimpan.', en: 'Contains a character that cannot be stored.' } }],
  );
};

const tooDeep = (field: string) =>
  new BadInputError({
    id: `Nilai "${excerpt(field)}" bersarang terlalu dalam (paling banyak ${MAX_VALUE_DEPTH} tingkat).`,
    en: `The value "${excerpt(field)}" is nested too deeply (at most ${MAX_VALUE_DEPTH} levels).`,
  });

interface VariableUse {
  /** The argument (or input field) it feeds: how an error names it. */
  argument: string;
  checks: ArgumentCheck[];
}

interface Plan {
  literalProblem: DomainError | null;
  uses: Map<string, VariableUse>;
}

const plans = new WeakMap<OperationDefinitionNode, Plan>();

/** The path to the first string in `value` that cannot be stored, or null; `depth` guards the stack. */
function findUnstorable(value: unknown, depth: number): string[] | null {
  if (typeof value === 'string') return storableText(value) ? null : [];
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_VALUE_DEPTH) throw tooDeep('…');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const path = findUnstorable(value[i], depth + 1);
      if (path) return [String(i), ...path];
    }
    return null;
  }
  for (const key in value) {
    if (!storableText(key)) return ['?'];
    const path = findUnstorable((value as Record<string, unknown>)[key], depth + 1);
    if (path) return [key, ...path];
  }
  return null;
}

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value;
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

function planFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan {
  const plan: Plan = { literalProblem: null, uses: new Map() };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();

  const use = (variable: string, argument: string, check?: ArgumentCheck) => {
    const found = plan.uses.get(variable) ?? { argument, checks: [] };
    if (check) found.checks.push(check);
    plan.uses.set(variable, found);
  };

  const value = (node: ValueNode, path: string, coordinate: string | null, depth: number): void => {
    if (plan.literalProblem) return;
    if (depth > MAX_VALUE_DEPTH) {
      plan.literalProblem = tooDeep(path);
    } else if (node.kind === Kind.VARIABLE) {
      use(node.name.value, path, coordinate ? ARGUMENT_CHECKS[coordinate] : undefined);
    } else if (node.kind === Kind.STRING && !storableText(node.value)) {
      plan.literalProblem = unstorable(path);
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, i) => value(item, `${path}.${i}`, null, depth + 1));
    } else if (node.kind === Kind.OBJECT) {
      for (const f of node.fields) value(f.value, path ? `${path}.${f.name.value}` : f.name.value, null, depth + 1);
    } else if (coordinate && ARGUMENT_CHECKS[coordinate]) {
      try {
        ARGUMENT_CHECKS[coordinate]!(literalValue(node));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        plan.literalProblem = error;
      }
    }
  };

  const selections = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[s.name.value] : undefined;
        for (const arg of s.arguments ?? []) {
          // An input object's fields are named relative to it (`comment`, not `input.comment`), as the resolvers name them.
          const argType = field?.args.find((a) => a.name === arg.name.value)?.type;
          const relative = argType && isInputObjectType(getNamedType(argType)) && arg.value.kind === Kind.OBJECT;
          value(arg.value, relative ? '' : arg.name.value, `${parent?.name ?? '?'}.${s.name.value}.${arg.name.value}`, 0);
        }
        for (const d of s.directives ?? []) for (const arg of d.arguments ?? []) value(arg.value, arg.name.value, null, 0);
        if (s.selectionSet) selections(s.selectionSet, field ? getNamedType(field.type) : undefined);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        selections(s.selectionSet, s.typeCondition ? schema.getType(s.typeCondition.name.value) ?? undefined : parent);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) selections(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
      }
    }
  };

  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) value(v.defaultValue, v.variable.name.value, null, 0);
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  selections(operation.selectionSet, root ?? undefined);
  return plan;
}

/** The refusal as Apollo's request pipeline wants it: a GraphQL error with a 400, formatted by errors.ts. */
export function requestError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** Checks one request's operation and variables; throws the refusal (a DomainError) when one fails. */
export function checkInputs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  let plan = plans.get(operation);
  if (!plan) plans.set(operation, (plan = planFor(schema, document, operation)));
  if (plan.literalProblem) throw plan.literalProblem;
  if (!variables) return;
  for (const name in variables) {
    const value = variables[name];
    const used = plan.uses.get(name);
    const path = findUnstorable(value, 0);
    if (path) throw unstorable(path.length ? path.join('.') : (used?.argument || name));
    if (used) for (const check of used.checks) check(value);
  }
}
