import { z } from 'zod/mini';
import { problemsOf, type FieldProblem } from '../staff/forms';

/**
 * The forms of HR's people pages: one zod schema each, run in the browser before sending and again
 * in the action. The API checks again and has the last word (the NIP's date rules, a taken NIP or
 * code); its field problems are shown beside the same fields. Field keys are the API's input names;
 * the posted names are Indonesian (FIELD_NAME).
 */

export const FIELD_NAME = {
  nip: 'nip',
  name: 'nama',
  unitId: 'unit',
  positionId: 'jabatan',
  employmentType: 'jenis',
  competencyId: 'kompetensi',
  level: 'level',
  assessedOn: 'tanggal',
  method: 'metode',
  assessor: 'penilai',
  title: 'nama-jabatan',
  kind: 'jenis-jabatan',
  code: 'kode',
  description: 'uraian',
  levels: 'level-1',
} as const;
export type PeopleField = keyof typeof FIELD_NAME;

export const fieldId = (form: string, field: PeopleField) => `${form}-${FIELD_NAME[field]}`;

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export const ASSESSMENT_METHODS = ['ASSESSMENT_CENTER', 'UJI_KOMPETENSI', 'SUPERVISOR', 'SELF', 'MULTI_RATER'] as const;
export const POSITION_KINDS = ['STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'] as const;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** One line of text: no control character (a name or an assessor is never two lines). */
const noControl = (value: string) => ![...value].some((c) => c.charCodeAt(0) < 0x20);

const oneLine = (max: number, missing: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, { error: missing }), z.maxLength(max, { error: tooLong }), z.refine(noControl, { error: tooLong }));

// --- Employee ------------------------------------------------------------------------------

export const employeeSchema = z.object({
  // 18 digits; spaces and dots people type between the parts are fine. The API checks the rest.
  nip: z.string().check(z.trim(), z.minLength(1, { error: 'hrPeople.error.nipMissing' }), z.maxLength(40, { error: 'hrPeople.error.nipShape' }), z.regex(/^(?:\d[\s.]*){18}$/, { error: 'hrPeople.error.nipShape' })),
  name: oneLine(200, 'hrPeople.error.nameMissing', 'hrPeople.error.nameLong'),
  unitId: z.string().check(z.minLength(1, { error: 'hrPeople.error.unitMissing' }), z.maxLength(100, { error: 'hrPeople.error.unitMissing' })),
  positionId: z.string().check(z.maxLength(100, { error: 'form.error.unexpected' })),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'hrPeople.error.typeMissing' }),
});
export type EmployeeValues = { nip: string; name: string; unitId: string; positionId: string; employmentType: string };
export const EMPLOYEE_FIELDS = ['nip', 'name', 'unitId', 'positionId', 'employmentType'] as const;

export function readEmployee(form: FormData): EmployeeValues {
  return {
    nip: text(form, FIELD_NAME.nip),
    name: text(form, FIELD_NAME.name),
    unitId: text(form, FIELD_NAME.unitId),
    positionId: text(form, FIELD_NAME.positionId),
    employmentType: text(form, FIELD_NAME.employmentType),
  };
}

export function validateEmployee(values: EmployeeValues) {
  const parsed = employeeSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<(typeof EMPLOYEE_FIELDS)[number]>(parsed.error.issues, EMPLOYEE_FIELDS) };
}

// --- Assessment ----------------------------------------------------------------------------

export const assessmentSchema = z.object({
  competencyId: z.string().check(z.minLength(1, { error: 'hrPeople.error.competencyMissing' }), z.maxLength(100, { error: 'hrPeople.error.competencyMissing' })),
  level: z.string().check(z.regex(/^[1-5]$/, { error: 'hrPeople.error.level' })),
  assessedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'hrPeople.error.date' })),
  method: z.enum(ASSESSMENT_METHODS, { error: 'hrPeople.error.methodMissing' }),
  assessor: z.string().check(z.trim(), z.maxLength(200, { error: 'hrPeople.error.assessorLong' }), z.refine(noControl, { error: 'hrPeople.error.assessorLong' })),
});
export type AssessmentValues = { competencyId: string; level: string; assessedOn: string; method: string; assessor: string };
export const ASSESSMENT_FIELDS = ['competencyId', 'level', 'assessedOn', 'method', 'assessor'] as const;

export function readAssessment(form: FormData): AssessmentValues {
  return {
    competencyId: text(form, FIELD_NAME.competencyId),
    level: text(form, FIELD_NAME.level),
    assessedOn: text(form, FIELD_NAME.assessedOn),
    method: text(form, FIELD_NAME.method),
    assessor: text(form, FIELD_NAME.assessor),
  };
}

export function validateAssessment(values: AssessmentValues) {
  const parsed = assessmentSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<(typeof ASSESSMENT_FIELDS)[number]>(parsed.error.issues, ASSESSMENT_FIELDS) };
}

// --- Position ------------------------------------------------------------------------------

/** The standard is posted as one level select per competency: `standar-<competency id>` = '' or 1–5. */
export const STANDARD_PREFIX = 'standar-';

export const positionSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(2, { error: 'hrPeople.error.titleLength' }), z.maxLength(200, { error: 'hrPeople.error.titleLength' })),
  kind: z.enum(POSITION_KINDS, { error: 'hrPeople.error.kindMissing' }),
  unitId: z.string().check(z.minLength(1, { error: 'hrPeople.error.unitMissing' }), z.maxLength(100, { error: 'hrPeople.error.unitMissing' })),
  requirements: z.array(z.object({ competencyId: z.string(), requiredLevel: z.number().check(z.int(), z.gte(1, { error: 'hrPeople.error.level' }), z.lte(5, { error: 'hrPeople.error.level' })) })).check(z.maxLength(30, { error: 'hrPeople.error.tooMany' })),
});
export type PositionValues = { title: string; kind: string; unitId: string; levels: Record<string, string> };
export const POSITION_FIELDS = ['title', 'kind', 'unitId', 'requirements'] as const;

export function readPosition(form: FormData): PositionValues {
  const levels: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith(STANDARD_PREFIX) && typeof value === 'string' && value !== '') levels[name.slice(STANDARD_PREFIX.length)] = value;
  }
  return { title: text(form, FIELD_NAME.title), kind: text(form, FIELD_NAME.kind), unitId: text(form, FIELD_NAME.unitId), levels };
}

export function validatePosition(values: PositionValues) {
  const requirements = Object.entries(values.levels).map(([competencyId, level]) => ({ competencyId, requiredLevel: /^[1-5]$/.test(level) ? Number(level) : NaN }));
  const parsed = positionSchema.safeParse({ title: values.title, kind: values.kind, unitId: values.unitId, requirements });
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<(typeof POSITION_FIELDS)[number]>(parsed.error.issues, POSITION_FIELDS) };
}

// --- Technical competency ------------------------------------------------------------------

export const LEVEL_NAMES = ['level-1', 'level-2', 'level-3', 'level-4', 'level-5'] as const;

export const competencySchema = z.object({
  code: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^T-[A-Z0-9]+(?:-[A-Z0-9]+)*$/, { error: 'hrPeople.error.code' }), z.maxLength(64, { error: 'hrPeople.error.code' })),
  name: z.string().check(z.trim(), z.minLength(2, { error: 'hrPeople.error.competencyName' }), z.maxLength(200, { error: 'hrPeople.error.competencyName' })),
  description: z.string().check(z.trim(), z.maxLength(2000, { error: 'hrPeople.error.descriptionLong' })),
  levels: z.array(z.string().check(z.trim(), z.minLength(1, { error: 'hrPeople.error.levelsMissing' }), z.maxLength(1000, { error: 'hrPeople.error.levelsMissing' }))).check(z.length(5, { error: 'hrPeople.error.levelsMissing' })),
});
export type CompetencyValues = { code: string; name: string; description: string; levels: string[] };
export const COMPETENCY_FIELDS = ['code', 'name', 'description', 'levels'] as const;

export function readCompetency(form: FormData): CompetencyValues {
  return { code: text(form, FIELD_NAME.code), name: text(form, FIELD_NAME.name), description: text(form, FIELD_NAME.description), levels: LEVEL_NAMES.map((n) => text(form, n)) };
}

export function validateCompetency(values: CompetencyValues) {
  const parsed = competencySchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<(typeof COMPETENCY_FIELDS)[number]>(parsed.error.issues, COMPETENCY_FIELDS) };
}

export type { FieldProblem };
