import { z } from 'zod/mini';
import { problemsOf } from '../staff/forms';

/**
 * The HR program pages' forms (issue 9): one schema per form, run in the browser before sending and
 * again in the action. Field names are the API's input names, so its BAD_USER_INPUT problems land
 * beside the same fields. The API checks again and has the last word.
 */

export const PARTNER_KINDS = ['UNIVERSITY', 'NGO', 'PRIVATE', 'AGENCY'] as const;
export const TRAINING_MODES = ['KLASIKAL', 'NON_KLASIKAL'] as const;
export const TRAINING_FORMS = [
  'PELATIHAN_TEKNIS',
  'PELATIHAN_MANAJERIAL',
  'BIMBINGAN_TEKNIS',
  'WORKSHOP',
  'SEMINAR',
  'KURSUS',
  'COACHING',
  'MENTORING',
  'E_LEARNING',
  'MAGANG',
  'PATOK_BANDING',
  'DETASERING',
  'KOMUNITAS_BELAJAR',
] as const;
export const ENROLMENT_STEPS = ['ENROLLED', 'COMPLETED', 'DECLINED', 'NO_SHOW', 'DROPPED', 'CANCELLED'] as const;
/** The steps the API allows from each status (development.service.ts NEXT_STATUS). */
export const NEXT_STEPS: Record<string, readonly (typeof ENROLMENT_STEPS)[number][]> = {
  PLANNED: ['ENROLLED', 'DECLINED', 'CANCELLED'],
  ENROLLED: ['COMPLETED', 'NO_SHOW', 'DROPPED', 'CANCELLED'],
};
export const NEEDS_REASON = ['DECLINED', 'NO_SHOW', 'DROPPED'] as const;
export const REASON_MAX = 500;
export const ENROL_MAX = 100;
export const COST_MAX = 2_000_000_000;

const chars = (s: string) => [...s].length;
const noNul = (s: string) => !s.includes('\u0000');
const bounded = (min: number, max: number, error: string) => z.string().check(z.trim(), z.refine((s) => chars(s) >= min && chars(s) <= max && noNul(s), { error }));
const whole = (min: number, max: number, error: string) =>
  z.pipe(
    z.string().check(z.trim(), z.refine((s) => /^\d{1,10}$/.test(s.replace(/\./g, '')) && Number(s.replace(/\./g, '')) >= min && Number(s.replace(/\./g, '')) <= max, { error })),
    z.transform((s) => Number(s.replace(/\./g, ''))),
  );
const optionalDate = (error: string) =>
  z.pipe(
    z.string().check(z.trim(), z.refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), { error })),
    z.transform((s) => (s === '' ? null : s)),
  );
const optionalId = z.pipe(z.string().check(z.trim(), z.maxLength(100)), z.transform((s) => (s === '' ? null : s)));

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const all = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string').slice(0, 200);

// --- Partner --------------------------------------------------------------------------------------

export const partnerSchema = z.object({
  id: optionalId,
  name: bounded(2, 200, 'hrPrograms.error.partnerName'),
  kind: z.enum(PARTNER_KINDS, { error: 'hrPrograms.error.kind' }),
  description: bounded(0, 2000, 'hrPrograms.error.description'),
});
export type PartnerField = 'name' | 'kind' | 'description';
export const PARTNER_FIELDS: readonly PartnerField[] = ['name', 'kind', 'description'];
export const readPartner = (form: FormData) => ({ id: text(form, 'id'), name: text(form, 'name'), kind: text(form, 'kind'), description: text(form, 'description') });
export function validatePartner(values: ReturnType<typeof readPartner>) {
  const parsed = partnerSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<PartnerField>(parsed.error.issues, PARTNER_FIELDS) };
}

// --- Program --------------------------------------------------------------------------------------

export const programSchema = z
  .object({
    title: bounded(3, 240, 'hrPrograms.error.title'),
    description: bounded(0, 4000, 'hrPrograms.error.description'),
    mode: z.enum(TRAINING_MODES, { error: 'hrPrograms.error.mode' }),
    form: z.enum(TRAINING_FORMS, { error: 'hrPrograms.error.form' }),
    jp: whole(1, 1000, 'hrPrograms.error.jp'),
    costPerParticipant: whole(0, COST_MAX, 'hrPrograms.error.cost'),
    partnerId: optionalId,
    competencyIds: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(
      z.minLength(1, { error: 'hrPrograms.error.competencies' }),
      z.maxLength(20, { error: 'hrPrograms.error.competencies' }),
    ),
    startsOn: optionalDate('hrPrograms.error.date'),
    endsOn: optionalDate('hrPrograms.error.date'),
    shared: z.boolean(),
  })
  .check(z.refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, { error: 'hrPrograms.error.endsBeforeStart', path: ['endsOn'] }));
export type ProgramField = 'title' | 'description' | 'mode' | 'form' | 'jp' | 'costPerParticipant' | 'partnerId' | 'competencyIds' | 'startsOn' | 'endsOn' | 'shared';
export const PROGRAM_FIELDS: readonly ProgramField[] = ['title', 'description', 'mode', 'form', 'jp', 'costPerParticipant', 'partnerId', 'competencyIds', 'startsOn', 'endsOn', 'shared'];
export const readProgram = (form: FormData) => ({
  title: text(form, 'title'),
  description: text(form, 'description'),
  mode: text(form, 'mode'),
  form: text(form, 'form'),
  jp: text(form, 'jp'),
  costPerParticipant: text(form, 'costPerParticipant') || '0',
  partnerId: text(form, 'partnerId'),
  competencyIds: all(form, 'competencyIds'),
  startsOn: text(form, 'startsOn'),
  endsOn: text(form, 'endsOn'),
  shared: form.get('shared') === '1',
});
export function validateProgram(values: ReturnType<typeof readProgram>) {
  const parsed = programSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<ProgramField>(parsed.error.issues, PROGRAM_FIELDS) };
}

// --- Enrol ----------------------------------------------------------------------------------------

export const enrolSchema = z.object({
  employeeIds: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(
    z.minLength(1, { error: 'hrPrograms.error.noneChosen' }),
    z.maxLength(ENROL_MAX, { error: 'hrPrograms.error.tooMany' }),
  ),
});
export const readEnrol = (form: FormData) => ({ employeeIds: all(form, 'employeeIds') });
export function validateEnrol(values: ReturnType<typeof readEnrol>) {
  const parsed = enrolSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<'employeeIds'>(parsed.error.issues, ['employeeIds']) };
}

// --- Outcome of one enrolment -----------------------------------------------------------------------

export const outcomeSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    status: z.enum(ENROLMENT_STEPS, { error: 'hrPrograms.error.status' }),
    completedOn: optionalDate('hrPrograms.error.date'),
    jpEarned: z.pipe(
      z.string().check(z.trim(), z.refine((s) => s === '' || (/^\d{1,4}$/.test(s) && Number(s) <= 1000), { error: 'hrPrograms.error.jpEarned' })),
      z.transform((s) => (s === '' ? null : Number(s))),
    ),
    reason: z.pipe(
      z.string().check(z.trim(), z.refine((s) => chars(s) <= REASON_MAX && noNul(s), { error: 'hrPrograms.error.reasonTooLong' })),
      z.transform((s) => (s === '' ? null : s)),
    ),
  })
  .check(
    z.refine((v) => !(NEEDS_REASON as readonly string[]).includes(v.status) || v.reason !== null, { error: 'hrPrograms.error.reasonMissing', path: ['reason'] }),
    z.refine((v) => v.status !== 'COMPLETED' || v.completedOn !== null, { error: 'hrPrograms.error.completedOnMissing', path: ['completedOn'] }),
  );
export type OutcomeField = 'status' | 'completedOn' | 'jpEarned' | 'reason';
export const OUTCOME_FIELDS: readonly OutcomeField[] = ['status', 'completedOn', 'jpEarned', 'reason'];
export const readOutcome = (form: FormData) => ({
  id: text(form, 'id'),
  status: text(form, 'status'),
  completedOn: text(form, 'completedOn'),
  jpEarned: text(form, 'jpEarned'),
  reason: text(form, 'reason'),
});
export function validateOutcome(values: ReturnType<typeof readOutcome>) {
  const parsed = outcomeSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<OutcomeField>(parsed.error.issues, OUTCOME_FIELDS) };
}
