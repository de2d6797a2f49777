import { z } from 'zod/mini';
import { problemsOf } from '../staff/forms';

/**
 * The HR insight pages' forms (assessment cycle, development activity): each schema runs in the
 * browser before sending and again in the action; the API checks again and has the last word.
 */

export const CYCLE_MIN = 6;
export const CYCLE_MAX = 60;

export const cycleSchema = z.object({
  months: z.string().check(
    z.trim(),
    z.regex(/^\d{1,3}$/, { error: 'hrInsight.error.cycleRange' }),
    z.refine((s) => Number(s) >= CYCLE_MIN && Number(s) <= CYCLE_MAX, { error: 'hrInsight.error.cycleRange' }),
  ),
});

export function validateCycle(values: { months: string }) {
  const parsed = cycleSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: { months: Number(parsed.data.months) } };
  return { ok: false as const, problems: problemsOf<'months'>(parsed.error.issues, ['months']) };
}

export const ACTIVITY_KINDS = ['ADVANCED_COURSE', 'STRETCH_ASSIGNMENT', 'ACTING_ROLE', 'MENTORING_OTHERS'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_FIELDS = ['employeeId', 'kind', 'title', 'competencyId', 'startedOn', 'endedOn', 'note'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type ActivityValues = Record<ActivityField, string>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const length = (s: string) => [...s].length;

export const activitySchema = z
  .object({
    employeeId: z.string().check(z.minLength(1, { error: 'hrInsight.error.employeeMissing' }), z.maxLength(100, { error: 'hrInsight.error.employeeMissing' })),
    kind: z.enum(ACTIVITY_KINDS, { error: 'hrInsight.error.kindMissing' }),
    title: z.string().check(z.trim(), z.refine((s) => length(s) >= 3 && length(s) <= 200, { error: 'hrInsight.error.titleLength' })),
    competencyId: z.string().check(z.maxLength(100)),
    startedOn: z.string().check(z.trim(), z.refine(realDay, { error: 'hrInsight.error.startedOn' })),
    endedOn: z.string().check(z.trim(), z.refine((s) => s === '' || realDay(s), { error: 'hrInsight.error.endedOn' })),
    note: z.string().check(z.trim(), z.refine((s) => length(s) <= 1000, { error: 'hrInsight.error.noteLength' })),
  })
  .check(z.refine((v) => v.endedOn === '' || v.endedOn >= v.startedOn, { error: 'hrInsight.error.endedBeforeStart', path: ['endedOn'] }));

export function validateActivity(values: ActivityValues) {
  const parsed = activitySchema.safeParse(values);
  if (parsed.success) {
    const v = parsed.data;
    return {
      ok: true as const,
      value: {
        employeeId: v.employeeId,
        kind: v.kind,
        title: v.title,
        competencyId: v.competencyId || null,
        startedOn: v.startedOn,
        endedOn: v.endedOn || null,
        note: v.note || null,
      },
    };
  }
  return { ok: false as const, problems: problemsOf<ActivityField>(parsed.error.issues, ACTIVITY_FIELDS) };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export function readActivity(form: FormData): ActivityValues {
  return Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, text(form, f)])) as ActivityValues;
}

export function readCycle(form: FormData) {
  return { months: text(form, 'months') };
}
