/**
 * An anonymous walk over the whole schema (issue 8): every query a visitor can send, with real
 * arguments, asking for every field it can reach, must never bring back a citizen's contact, an
 * abuse hash, a secret, the original of a redacted comment, a staff account's email, or an
 * employee's NIP or name. The walk is built from the schema itself, so a field added later is
 * walked too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'));

/**
 * Field names that would carry private data. None exists in the schema today; one that must exist
 * for staff (an HR view of employees) is added here with the roles that guard it, and the walk
 * below still proves anonymous callers never reach its values.
 */
const PRIVATE_FIELD_NAMES = /contact|hash|nip\b|^nip|password|secret|token(?!s?$)|email|phone|birth/i;
const ALLOWED_PRIVATE_FIELDS = new Set<string>([
  'AuthPayload.token', // the caller's own token, only after a correct password
  'StaffUser.email', // a staff member's own address (me) and ADMIN's account pages
  'AuditActor.email', // the admin audit log (ADMIN only)
  'TemporaryPassword.temporaryPassword', // shown once to the ADMIN who reset it
  'Query.publicPasswordAccounts', // a count of demo accounts with the public password, for staff only (decision 0031)
  'StaffUser.mustChangePassword', // a flag, not a password: the staff member must choose a new one
  'EmployeeCompetencyProfile.nip', // unitCompetencyProfile: HR of the employee's region and ADMIN only (issue 9)
  'Employee.nip', // employees/employee: HR of the employee's region and ADMIN only (issue 9)
  'Employee.birthDate', // the NIP's own first eight digits, read by the same HR only
  'EnrolledEmployee.nip', // a program's enrolments: HR of the program's region and ADMIN only (issue 9)
  'EmployeeProfile.nip', // employeeProfile: HR of the employee's region and ADMIN only (issue 9, point 12)
  'EmployeeSummary.nip', // potentialEmployees, development activities: HR of the region and ADMIN only
  'OverdueEmployee.nip', // assessmentCoverage: HR of the unit's region and ADMIN only
  'PlanParticipant.nip', // developmentPlan: HR of the employee's region and ADMIN only (issue 9, decision record 0021)
]);

let api: TestApi;
let secrets: string[] = [];
const candidates: Record<string, string[]> = {};

const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> =>
  (await api.orm.em.fork().getConnection().execute(query, params)) as T[];

beforeAll(async () => {
  api = await startTestApi();
  const values = async (query: string) => (await sql<{ v: string | null }>(query)).map((r) => r.v).filter((v): v is string => !!v && v.length >= 6);
  secrets = [
    ...(await values('select contact as v from feedback where contact is not null')),
    ...(await values('select client_hash as v from feedback where client_hash is not null limit 2000')),
    ...(await values('select device_hash as v from feedback where device_hash is not null limit 2000')),
    ...(await values('select client_hash as v from forum_post where client_hash is not null')),
    ...(await values('select client_hash as v from report where client_hash is not null')),
    // The original words of a redacted comment belong to the moderation log only.
    ...(await values('select comment as v from feedback where redacted_comment is not null')),
    ...(await values('select nip as v from employee')),
    ...(await values('select name as v from employee')),
    ...(await values('select email as v from staff_account')),
    ...(await values('select password_hash as v from staff_account')),
    ...(await values('select value as v from instance_secret')),
  ];
  // Real arguments: the places where private data would be if anything leaked.
  const one = async (query: string) => (await sql<{ v: string }>(query)).map((r) => r.v);
  candidates.regionSlug = await one('select slug as v from region order by slug');
  candidates.serviceSlug = await one(
    `select s.slug as v from public_service s where exists (select 1 from feedback f where f.service_id = s.id and (f.contact is not null or f.redacted_comment is not null)) order by s.slug limit 3`,
  );
  candidates.code = await one(
    `select receipt_code as v from feedback where contact is not null and comment is not null order by moderation_status, receipt_code limit 3`,
  );
  candidates.unitId = await one('select id as v from unit order by name limit 3');
  candidates.serviceId = await one(`select id as v from public_service where slug in (${candidates.serviceSlug.map((s) => `'${s}'`).join(', ')})`);
  candidates.feedbackId = await one(`select id as v from feedback where redacted_comment is not null or contact is not null order by id limit 3`);
  candidates.threadId = await one('select id as v from forum_thread order by id limit 3');
  candidates.employeeId = await one('select id as v from employee order by nip limit 2');
});

afterAll(async () => {
  await api?.close();
});

/** The value to pass for an argument, or undefined when the walk cannot make one up. */
function argumentValues(fieldPath: string, arg: GraphQLArgument): unknown[] | undefined {
  const type = getNamedType(arg.type);
  const name = arg.name;
  if (name === 'first') return [5];
  if (name === 'after') return undefined;
  if (isScalarType(type) && type.name === 'String') {
    if (name === 'slug') return fieldPath.startsWith('Query.region') ? candidates.regionSlug : candidates.serviceSlug;
    if (name === 'regionSlug') return candidates.regionSlug!.slice(0, 1);
    if (name === 'serviceSlug') return candidates.serviceSlug;
    if (name === 'code') return candidates.code;
    if (name === 'search') return ['izin'];
    return undefined;
  }
  if (isScalarType(type) && type.name === 'ID') {
    if (name === 'unitId') return candidates.unitId;
    if (name === 'serviceId') return candidates.serviceId;
    // An employee whose profile holds a NIP and a name; a target position is optional and adds nothing.
    if (name === 'employeeId') return candidates.employeeId;
    if (name === 'targetPositionId') return undefined;
    if (/feedback|item/i.test(name)) return candidates.feedbackId;
    if (/thread/i.test(name)) return candidates.threadId;
    // A bare `id`: every kind of id we know, so the field finds whatever it looks up.
    return [...candidates.unitId!, ...candidates.serviceId!, ...candidates.feedbackId!, ...candidates.threadId!];
  }
  if (isEnumType(type)) return undefined;
  return undefined;
}

/** Every scalar reachable from `type`, as a selection set, to `depth` levels, each type at most twice on a path. */
function selection(type: GraphQLNamedType, depth: number, path: string[]): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    if (required.length) continue;
    const args = field.args.find((a) => a.name === 'first') ? '(first: 3)' : '';
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(`${field.name}${args}`);
    } else if (isUnionType(named)) {
      continue;
    } else if (depth > 1 && path.filter((p) => p === named.name).length < 2) {
      const inner = selection(named, depth - 1, [...path, named.name]);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function* walks(depth: number): Generator<{ name: string; query: string; variables: Record<string, unknown> }> {
  const root = schema.getQueryType()!;
  for (const field of Object.values(root.getFields())) {
    const argSets: Array<Record<string, unknown>> = [{}];
    let walkable = true;
    for (const arg of field.args) {
      const values = argumentValues(`Query.${field.name}`, arg);
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!values?.length) {
        if (required) walkable = false;
        continue;
      }
      const next: Array<Record<string, unknown>> = [];
      for (const set of argSets) for (const v of values) next.push({ ...set, [arg.name]: v });
      argSets.splice(0, argSets.length, ...next.slice(0, 12));
    }
    if (!walkable) continue;
    const named = getNamedType(field.type);
    for (let i = 0; i < argSets.length; i++) {
      const vars = argSets[i]!;
      const decl = Object.keys(vars)
        .map((k) => `$${k}: ${String(field.args.find((a) => a.name === k)!.type)}`)
        .join(', ');
      const call = Object.keys(vars).map((k) => `${k}: $${k}`).join(', ');
      const body = isObjectType(named) || isInterfaceType(named) ? `{ ${selection(named, depth, [named.name])} }` : '';
      yield {
        name: `${field.name} #${i + 1}`,
        query: `query Walk${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${body} }`,
        variables: vars,
      };
    }
  }
}

describe('an anonymous visitor walking the whole schema', () => {
  it('finds no field that would carry private data outside the few guarded ones', () => {
    const offending: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // The root types' fields are operations (changePassword), not data; what they return is checked.
      if (type.name.startsWith('__') || type.name === 'Mutation' || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.keys(type.getFields())) {
        const name = `${type.name}.${field}`;
        if (PRIVATE_FIELD_NAMES.test(field) && !ALLOWED_PRIVATE_FIELDS.has(name)) offending.push(name);
      }
    }
    expect(offending).toEqual([]);
  });

  it('reaches no contact, abuse hash, secret, redacted original, staff email, NIP or employee name', async () => {
    expect(secrets.length).toBeGreaterThan(100);
    const walked: string[] = [];
    const leaks: string[] = [];
    // Proof that the walk went where a leak would be: the redacted versions of the very comments
    // whose originals must stay hidden are shown, and receipts of ratings with a contact are read.
    const redactedShown = (await sql<{ v: string }>(
      `select redacted_comment as v from feedback f join public_service s on s.id = f.service_id
        where f.redacted_comment is not null and f.moderation_status = 'PUBLISHED' and s.slug in (?)`,
      [candidates.serviceSlug],
    )).map((r) => r.v);
    let sawRedacted = false;
    let sawReceipt = false;
    for (const deepest of walks(6)) {
      // As deep as the operation limits allow: a walk the API refuses would prove nothing.
      let walk = deepest;
      let res = await api.gql(walk.query, walk.variables, { clientIp: freshClientIp() });
      for (let depth = 5; depth >= 2 && res.errors?.[0]?.extensions?.limit; depth--) {
        walk = [...walks(depth)].find((w) => w.name === deepest.name)!;
        res = await api.gql(walk.query, walk.variables, { clientIp: freshClientIp() });
      }
      const code = res.errors?.[0]?.extensions?.code;
      // A refused operation (limits) would prove nothing: the walk must stay within them.
      expect(code === undefined || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND', `${walk.name}: ${JSON.stringify(res.errors)}`).toBe(true);
      if (res.data) walked.push(walk.name);
      const text = JSON.stringify(res.data ?? null);
      if (redactedShown.some((r) => text.includes(JSON.stringify(r).slice(1, -1)))) sawRedacted = true;
      if (walk.name.startsWith('feedbackReceipt') && (res.data as { feedbackReceipt?: unknown } | null)?.feedbackReceipt) sawReceipt = true;
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${walk.name} shows ${secret.slice(0, 3)}…`);
    }
    expect(walked.length).toBeGreaterThan(10);
    expect(sawReceipt, 'the walk read receipts of ratings that left a contact').toBe(true);
    if (redactedShown.length) expect(sawRedacted, 'the walk read redacted comments on their service pages').toBe(true);
    expect(leaks).toEqual([]);
    // Every operation of a growing schema, each checked against thousands of secrets: generous on a loaded machine.
  }, 180_000);
});
