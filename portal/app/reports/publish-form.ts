import { z } from 'zod/mini';
import { completePeriodsSince, lastCompletePeriod, surveyPeriodOf, addDays, type SurveyPeriodKind } from '@suara/skm';
import type { FieldProblem } from '../staff/forms';

/**
 * The publish form of `/staf/laporan`: the signer's name and title, 3–200 characters with no control
 * character (the API's rule, reports.service.ts, checks again). Checked in the browser and the action.
 */
export const REPORT_FIELD = { unit: 'unit', period: 'periode', region: 'wilayah', signedBy: 'penandatangan' } as const;
export const SIGNED_BY_MIN = 3;
export const SIGNED_BY_MAX = 200;

export const publishSchema = z.object({
  signedBy: z.string().check(
    z.trim(),
    z.refine((v) => [...v].length >= SIGNED_BY_MIN && [...v].length <= SIGNED_BY_MAX && ![...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), { error: 'report.error.signedBy' }),
  ),
});

export type PublishField = 'signedBy';

export function readPublish(form: FormData) {
  const value = form.get(REPORT_FIELD.signedBy);
  return { signedBy: typeof value === 'string' ? value : '' };
}

export function validatePublish(values: { signedBy: string }): { ok: true; value: { signedBy: string } } | { ok: false; problems: FieldProblem<PublishField>[] } {
  const parsed = publishSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: { signedBy: parsed.data.signedBy.trim() } };
  return { ok: false, problems: [{ field: 'signedBy', key: 'report.error.signedBy' }] };
}

/** The calendar day now in a region's time zone. */
export function regionToday(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The periods the page offers, newest first: the running one (previewed, never published; facts/
 * LAPORAN.md, Periods) and the complete ones of the last two years.
 */
export function reportPeriods(kind: SurveyPeriodKind, today: string): Array<{ key: string; complete: boolean }> {
  const complete = completePeriodsSince(kind, addDays(lastCompletePeriod(kind, today).from, -730), today).map((p) => ({ key: p.key, complete: true }));
  return [{ key: surveyPeriodOf(today, kind).key, complete: false }, ...complete.reverse()];
}
