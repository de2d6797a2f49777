import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DomainError, type LocalizedText } from '../common/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';
import type { OperationLimits } from './limit-defaults.js';

export { DEFAULT_LIMITS, type OperationLimits } from './limit-defaults.js';

/** How many items each list field (`Type.field`) is costed at; connections are costed by their `first`. */
export type ListBounds = Readonly<Record<string, number>>;

/** Lists whose length does not depend on the catalogue. */
const FIXED_BOUNDS = {
  'Satisfaction.elements': 9,
  'StaffUser.roles': 10,
  'ModerationItem.reports': 20,
  // Issue 9: at most five suggestions per need (decision record 0018); nine SKM elements in a map.
  'DevelopmentNeed.suggestedPrograms': 5,
  'Query.elementCompetencyMap': 9,
  'Mutation.setElementCompetencies': 9,
  // Five level descriptors per competency (facts/KOMPETENSI.md); a program targets a few competencies
  // and takes a cohort of about forty (a classroom); the estimate, not a cap on what is stored.
  'Competency.levels': 5,
  'TrainingProgram.competencies': 10,
  'TrainingProgram.enrolments': 40,
  // A position's standard holds at most 30 competencies (people.service.ts); an employee's list is
  // that standard plus what was assessed outside it.
  'Position.requirements': 32,
  'Employee.competencies': 32,
  'Employee.assessments': 64,
  'Query.positions': 128,
  // A citizen scores nine elements; an item carries a few competency tags.
  'CitizenVoice.lowElements': 9,
  'CitizenVoice.competencyTags': 10,
  // The plan (decision record 0021): costed as a typical plan, not the worst one (needs × programs).
  'DevelopmentPlan.items': 50,
  'PlanItem.participants': 20,
  // A participant is in a plan for at most both reasons (ParticipantReason).
  'PlanParticipant.reasons': 2,
  'DevelopmentPlan.uncovered': 50,
  // Follow-up plans (decision record 0025): one entry per unit of a region; a plan holds at most 20
  // actions (follow-up.rules.ts), each keeps three comments; 20 publication records and the portal.
  'Query.followUpPlans': 64,
  'FollowUpPlan.actions': 20,
  'FollowUpAction.sourceComments': 3,
  // "What went wrong?" (decision record 0038): at most four reasons per element, 30 over all nine.
  'FollowUpAction.sourceReasonCounts': 4,
  'CitizenVoice.lowScoreReasons': 30,
  'CitizenVoiceConnection.reasonCounts': 30,
  'FollowUpFigures.units': 64,
  'Query.publications': 21,
  // The search's synonym list (decision record 0037): the default list has some sixty rows; admins add a few hundred at most.
  'Query.searchSynonyms': 256,
  // Issue 10, the mayor's view (decision record 0024): a 2-year range of ISO weeks is at most 106
  // buckets; the units of a large kabupaten that deliver services; five grade rows (A–D and none);
  // an alert names its three falling elements; a region's programs and their units × competencies.
  'Query.serviceQualityTrend': 106,
  'TrendPoint.elements': 9,
  'Query.unitRanking': 64,
  'RegionOverview.gradeDistribution': 5,
  'Query.declineAlerts': 64,
  'DeclineAlert.elements': 3,
  'Query.trainingImpactSummary': 32,
  'ProgramImpact.impacts': 32,
  // Open data (decision record 0027): ten years of quarters; the rows of a region's period (its
  // services); a unit total per unit; a row's earlier versions; nine elements.
  'OpenDataTable.periods': 40,
  'OpenDataTable.rows': 256,
  'OpenDataTable.units': 64,
  'OpenDataRow.revisions': 8,
  'OpenDataRow.elements': 9,
  'OpenDataTotal.elements': 9,
  // Laporan SKM (decision record 0026): a region's list holds a report per unit and period (costed as
  // a region's units for a couple of periods); a report is revised only when late ratings arrive.
  'Query.skmReports': 128,
  'Query.publishedSkmReports': 128,
  'SkmReport.versions': 8,
  // Counter kiosks (issue 12): a region's kiosks, a few per unit that serves at a counter; what one
  // kiosk rates is its unit's services and those of the units below it.
  'Query.kiosks': 64,
  'Kiosk.services': 64,
  // Tracking (issue 13, decision record 0039): a receipt shows the citizen's own nine answers, read
  // in the receipt's one statement.
  'FeedbackReceipt.scores': 9,
};

/**
 * Before the first catalogue is loaded (and if it cannot be): a large deployment — the regions of a
 * province, the units of a large kabupaten with its kecamatan and puskesmas, a licensing office's
 * catalogue.
 */
export const FALLBACK_BOUNDS: ListBounds = { 'Query.regions': 64, 'Region.units': 128, 'Unit.services': 64, ...FIXED_BOUNDS };

/**
 * Lists that hold at most one item when an argument names it: `followUpPlans(unitId: …)` answers
 * that unit's entry only (follow-up.service.ts), so the plan page's query is costed as one plan and
 * not as a region's sixty-four. Only when the argument is certain to be there: a literal other than
 * null, or a variable declared non-null (a nullable variable may still arrive as null).
 */
const ONE_WHEN_GIVEN: Readonly<Record<string, string>> = { 'Query.followUpPlans': 'unitId' };

/** A list not named in the bounds (a staff list still to come). */
export const DEFAULT_LIST_BOUND = 50;

const interned = new Map<string, ListBounds>();
const bySizes = new WeakMap<object, ListBounds>();
const roundUp = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * The bounds of the catalogue as it is: its longest list of each kind, rounded up to a power of two
 * so that a service more or less does not change what an operation costs (and which cached costs
 * stay valid). Interned: the same sizes give the same object.
 */
export function catalogueBounds(sizes: { regions: number; unitsPerRegion: number; servicesPerUnit: number }): ListBounds {
  const known = bySizes.get(sizes);
  if (known) return known;
  const regions = roundUp(sizes.regions);
  const units = roundUp(sizes.unitsPerRegion);
  const services = roundUp(sizes.servicesPerUnit);
  const key = `${regions}|${units}|${services}`;
  let bounds = interned.get(key);
  if (!bounds) interned.set(key, (bounds = { 'Query.regions': regions, 'Region.units': units, 'Unit.services': services, ...FIXED_BOUNDS }));
  bySizes.set(sizes, bounds);
  return bounds;
}

/** Fields that do more than read memory: a database read, a password hash, a write. */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'PublicService.satisfaction': 5,
  'Unit.satisfaction': 5,
  'Region.satisfaction': 5,
  'PublicService.feedback': 10,
  'Query.feedbackReceipt': 5,
  'Query.me': 5,
  'Mutation.submitFeedback': 20,
  'Mutation.reportContent': 20,
  'Query.moderationQueue': 10,
  'Query.moderationItem': 5,
  'Query.moderationLog': 10,
  'Mutation.moderate': 20,
  'Mutation.moderateMany': 50,
  'Mutation.login': 50,
  'Mutation.respondToFeedback': 20,
  'Mutation.startForumThread': 20,
  'Mutation.postToForum': 20,
  'Mutation.answerForumThread': 20,
  'Query.officerInbox': 10,
  'Query.forumThreads': 10,
  'Query.forumThread': 5,
  'PublicService.forumThreads': 10,
  'Unit.forumThreads': 10,
  'ForumThread.posts': 2,
  'Query.developmentNeeds': 20,
  'Query.trainingImpact': 10,
  'Query.competencyGaps': 5,
  'Query.unitCompetencyProfile': 5,
  'Query.facilitiesIssues': 5,
  'Query.elementCompetencyMap': 5,
  'Query.competencies': 2,
  'Mutation.setElementCompetencies': 20,
  'Mutation.tagCompetency': 20,
  'Mutation.untagCompetency': 20,
  'Query.positions': 5,
  'Query.employees': 10,
  'Query.employee': 5,
  'Mutation.createCompetency': 20,
  'Mutation.updateCompetency': 20,
  'Mutation.savePosition': 20,
  'Mutation.saveEmployee': 20,
  'Mutation.setEmployeeActive': 20,
  'Mutation.recordAssessment': 20,
  // Issue 9, the plan: the needs' statements plus employees and prices; participation is one statement.
  'Query.developmentPlan': 30,
  'Query.participation': 5,
  'DevelopmentNeed.participation': 1,
  // Follow-up plans: a few statements each; writes lock and re-read the plan.
  'Query.followUpPlans': 10,
  'Query.followUpFigures': 10,
  'Query.publications': 2,
  'Mutation.draftFollowUpPlan': 30,
  'Mutation.saveFollowUpAction': 20,
  'Mutation.removeFollowUpAction': 20,
  'Mutation.agreeFollowUpPlan': 20,
  'Mutation.updateFollowUpStatus': 20,
  'Mutation.recordPublication': 20,
  'Mutation.removePublication': 20,
  'Mutation.setSurveyPeriod': 20,
  // Issue 10, the mayor's view: one or two rollup statements each; the overview five plus the comments.
  'Query.serviceQualityTrend': 5,
  'Query.unitRanking': 5,
  'Query.regionOverview': 10,
  'Query.declineAlerts': 10,
  'Query.trainingImpactSummary': 20,
  // Publishes the region's last complete period first when no process has yet (decision record 0027).
  'Query.openData': 10,
  // Issue 13, the search (decision record 0037): a search with words is one ranked statement, plus one
  // pg_trgm look-up when a word is unknown; without words it reads the catalogue only.
  'Query.services': 5,
  'Query.searchSynonyms': 2,
  'Mutation.addSearchSynonym': 20,
  'Mutation.removeSearchSynonym': 20,
};

const COST_SHOWN_MAX = 1e12;

export type LimitName = 'depth' | 'aliases' | 'fields' | 'cost' | 'tokens';

/** A refused operation: BAD_USER_INPUT, in the caller's language, naming the limit, its maximum and what was asked. */
export class OperationLimitError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(limit: LimitName, max: number, value: number | string) {
    super(limitText(limit, max, value), { limit: { name: limit, max, value } });
  }
}

function limitText(limit: LimitName, max: number, value: number | string): LocalizedText {
  const fewer = { id: 'Minta lebih sedikit data dalam satu permintaan.', en: 'Ask for less in one request.' };
  switch (limit) {
    case 'depth':
      return { id: `Kueri terlalu dalam: ${value} tingkat, paling banyak ${max}. ${fewer.id}`, en: `The operation is nested too deeply: ${value} levels, at most ${max}. ${fewer.en}` };
    case 'aliases':
      return { id: `Kueri memakai terlalu banyak alias: ${value}, paling banyak ${max}.`, en: `The operation uses too many aliases: ${value}, at most ${max}.` };
    case 'fields':
      return { id: `Kueri memilih terlalu banyak kolom: ${value}, paling banyak ${max}. ${fewer.id}`, en: `The operation selects too many fields: ${value}, at most ${max}. ${fewer.en}` };
    case 'cost':
      return {
        id: `Kueri terlalu berat: perkiraan biayanya ${value}, paling banyak ${max}. Minta lebih sedikit data (first yang lebih kecil, daftar yang tidak bersarang).`,
        en: `The operation is too expensive: its estimated cost is ${value}, at most ${max}. Ask for less (a smaller first, lists not nested in lists).`,
      };
    case 'tokens':
      return { id: `Dokumen kueri terlalu panjang: lebih dari ${max} token.`, en: `The query document is too long: more than ${max} tokens.` };
  }
}

/** What an operation asks for, fragments expanded. */
export interface OperationShape {
  depth: number;
  aliases: number;
  fields: number;
  cost: number;
}

const EMPTY: OperationShape = { depth: 0, aliases: 0, fields: 0, cost: 0 };

interface Walk {
  schema: GraphQLSchema;
  bounds: ListBounds;
  fragments: Map<string, FragmentDefinitionNode>;
  variableDefaults: Map<string, ValueNode | undefined>;
  /** Variables declared non-null: always given a value. */
  requiredVariables: Set<string>;
  memo: Map<string, OperationShape>;
  active: Set<string>;
}

/** The page size a connection field is costed at: its literal `first`, a variable's default, or the most a variable may ask. */
function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, walk: Walk): number | undefined {
  if (!field?.args.some((a) => a.name === 'first')) return undefined;
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  let value: ValueNode | undefined = arg?.value;
  if (value?.kind === Kind.VARIABLE) {
    const name = value.name.value;
    value = walk.variableDefaults.has(name) ? walk.variableDefaults.get(name) : undefined;
    // A variable can carry any page size the API accepts: costed at the largest.
    if (!value) return MAX_PAGE_SIZE;
  }
  if (!value || value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
  return MAX_PAGE_SIZE;
}

/** Whether `node` certainly carries a value for the argument that narrows its list to one item. */
function narrowedToOne(node: FieldNode, coordinate: string, walk: Walk): boolean {
  const name = ONE_WHEN_GIVEN[coordinate];
  const value = name ? node.arguments?.find((a) => a.name.value === name)?.value : undefined;
  if (!value || value.kind === Kind.NULL) return false;
  return value.kind !== Kind.VARIABLE || walk.requiredVariables.has(value.name.value);
}

function fieldsOf(type: GraphQLCompositeType | undefined): Record<string, GraphQLField<unknown, unknown>> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

function typeNamed(schema: GraphQLSchema, name: string | undefined, fallback: GraphQLCompositeType | undefined): GraphQLCompositeType | undefined {
  if (!name) return fallback;
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

function add(into: OperationShape, part: OperationShape): void {
  into.depth = Math.max(into.depth, part.depth);
  into.aliases += part.aliases;
  into.fields += part.fields;
  into.cost += part.cost;
}

/**
 * Walks a selection set. `pageSize` is the page of the connection the set belongs to (it multiplies
 * `edges`); `introspection` is true inside `__schema`/`__type`. A fragment's shape depends only on
 * those two, so each is worked out once per document even when spread many times: the walk is
 * linear in the document, whatever its fragments multiply to.
 */
function walkSelections(set: SelectionSetNode, parent: GraphQLCompositeType | undefined, pageSize: number | undefined, introspection: boolean, walk: Walk): OperationShape {
  const shape: OperationShape = { ...EMPTY };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      add(shape, walkField(selection, parent, pageSize, introspection, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = typeNamed(walk.schema, selection.typeCondition?.name.value, parent);
      add(shape, walkSelections(selection.selectionSet, type, pageSize, introspection, walk));
    } else {
      const name = selection.name.value;
      const key = `${name}|${pageSize ?? ''}|${introspection}`;
      let part = walk.memo.get(key);
      if (!part) {
        const fragment = walk.fragments.get(name);
        // Unknown or cyclic fragments are validation errors of their own (graphql-js reports them).
        if (!fragment || walk.active.has(name)) continue;
        walk.active.add(name);
        part = walkSelections(fragment.selectionSet, typeNamed(walk.schema, fragment.typeCondition.name.value, undefined), pageSize, introspection, walk);
        walk.active.delete(name);
        walk.memo.set(key, part);
      }
      add(shape, part);
    }
  }
  return shape;
}

function walkField(node: FieldNode, parent: GraphQLCompositeType | undefined, pageSize: number | undefined, introspection: boolean, walk: Walk): OperationShape {
  const name = node.name.value;
  const aliases = node.alias ? 1 : 0;
  const field = fieldsOf(parent)?.[name];
  const childType = field ? getNamedType(field.type) : undefined;

  // Introspection reads the schema in memory and its standard query is 15 levels deep: only its
  // aliases count here. graphql-js's own MaxIntrospectionDepthRule refuses a list of it nested in
  // itself (`fields { type { fields { … } } }`), which would multiply the answer at every level.
  if (introspection || name === '__schema' || name === '__type') {
    const inner = node.selectionSet ? walkSelections(node.selectionSet, undefined, undefined, true, walk) : EMPTY;
    return { depth: 0, aliases: aliases + inner.aliases, fields: 0, cost: 0 };
  }

  const coordinate = `${parent?.name ?? '?'}.${name}`;
  const weight = FIELD_WEIGHTS[coordinate] ?? 1;
  let multiplier = 1;
  if (field && isListType(getNullableType(field.type))) {
    multiplier =
      pageSize !== undefined && (name === 'edges' || name === 'nodes') ? pageSize : narrowedToOne(node, coordinate, walk) ? 1 : (walk.bounds[coordinate] ?? DEFAULT_LIST_BOUND);
  }
  const inner = node.selectionSet ? walkSelections(node.selectionSet, isCompositeType(childType) ? childType : undefined, pageSizeOf(node, field, walk), false, walk) : EMPTY;
  return { depth: 1 + inner.depth, aliases: aliases + inner.aliases, fields: 1 + inner.fields, cost: multiplier * (weight + inner.cost) };
}

/** The shape of one operation of a document, its lists costed at `bounds`. */
export function operationShape(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, bounds: ListBounds = FALLBACK_BOUNDS): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const variableDefaults = new Map<string, ValueNode | undefined>();
  const requiredVariables = new Set<string>();
  for (const v of operation.variableDefinitions ?? []) {
    variableDefaults.set(v.variable.name.value, v.defaultValue);
    if (v.type.kind === Kind.NON_NULL_TYPE) requiredVariables.add(v.variable.name.value);
  }
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return walkSelections(operation.selectionSet, root ?? undefined, undefined, false, { schema, bounds, fragments, variableDefaults, requiredVariables, memo: new Map(), active: new Set() });
}

/** The limits of its form an operation of this shape exceeds (all but cost), each as its error. */
export function formErrors(shape: OperationShape, limits: OperationLimits): OperationLimitError[] {
  const errors: OperationLimitError[] = [];
  if (shape.depth > limits.maxDepth) errors.push(new OperationLimitError('depth', limits.maxDepth, shape.depth));
  if (shape.aliases > limits.maxAliases) errors.push(new OperationLimitError('aliases', limits.maxAliases, shape.aliases));
  if (shape.fields > limits.maxFields) errors.push(new OperationLimitError('fields', limits.maxFields, shape.fields));
  return errors;
}

/** The cost limit's error, if the shape exceeds it. */
export function costError(shape: OperationShape, limits: OperationLimits): OperationLimitError | null {
  if (shape.cost <= limits.maxCost) return null;
  // Nested lists multiply past any number worth printing: "more than a trillion" says it all.
  return new OperationLimitError('cost', limits.maxCost, shape.cost < COST_SHOWN_MAX ? Math.round(shape.cost) : `> ${COST_SHOWN_MAX}`);
}

/** Every limit an operation of this shape exceeds. */
export function limitErrors(shape: OperationShape, limits: OperationLimits): OperationLimitError[] {
  const cost = costError(shape, limits);
  return cost ? [...formErrors(shape, limits), cost] : formErrors(shape, limits);
}

/**
 * The validation rule for the limits of an operation's form (depth, aliases, fields): they depend on
 * the document only, so they are checked once per distinct document. Apollo turns a validation error
 * into a client error carrying this `originalError`, and formatError gives it the caller's language
 * (errors.ts).
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const shape = operationShape(context.getSchema(), context.getDocument(), operation);
      for (const error of formErrors(shape, limits)) {
        context.reportError(new GraphQLError(error.message, { nodes: [operation], originalError: error }));
      }
      return false;
    },
  });
}

const costs = new WeakMap<OperationDefinitionNode, { bounds: ListBounds; cost: number }>();

/**
 * The cost limit, checked after validation and before execution (edge-plugin.ts). Lists are costed
 * by the catalogue as it is, so the cost is kept per operation node (which Apollo keeps with the
 * validated document) and worked out again only when the catalogue's bounds change. Throws the
 * refusal.
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, bounds: ListBounds, limits: OperationLimits): void {
  let known = costs.get(operation);
  if (known?.bounds !== bounds) costs.set(operation, (known = { bounds, cost: operationShape(schema, document, operation, bounds).cost }));
  const error = costError({ depth: 0, aliases: 0, fields: 0, cost: known.cost }, limits);
  if (error) throw error;
}

/** graphql-js's own words when the parser stops at `maxTokens` (16.x says "more that"); errors.ts turns them into ours. */
export const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;
