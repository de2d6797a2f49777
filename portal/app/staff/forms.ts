import { z } from 'zod/mini';

/**
 * The staff forms' schemas: each runs in the browser before sending and again in the action, so
 * both say the same thing. The API checks again and has the last word (its password policy, say).
 * Issues carry message keys (`signin.error.*`), turned into words by the page.
 */

export const SIGN_IN_FIELD = { email: 'email', password: 'kata-sandi', returnTo: 'ke', proofOfWork: 'bukti-anti-spam' } as const;

/** Longer than any password manager makes; a bound so that hashing cannot be made to cost much. */
export const PASSWORD_MAX = 256;
const EMAIL_MAX = 254;

export const signInSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'signin.error.emailMissing' }),
    z.maxLength(EMAIL_MAX, { error: 'signin.error.emailInvalid' }),
    z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'signin.error.emailInvalid' }),
  ),
  // Never trimmed: a password is exactly what was typed.
  password: z.string().check(z.minLength(1, { error: 'signin.error.passwordMissing' }), z.maxLength(PASSWORD_MAX, { error: 'signin.error.passwordMissing' })),
});

export type SignInField = 'email' | 'password';

export interface FieldProblem<F extends string> {
  /** null: about the form as a whole. */
  field: F | null;
  /** A message key of the staff catalogue, or text already in the reader's language (from the API). */
  key?: string;
  message?: string;
  params?: Record<string, string | number>;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export function readSignIn(form: FormData) {
  return { email: text(form, SIGN_IN_FIELD.email), password: text(form, SIGN_IN_FIELD.password) };
}

/** Problems of a zod parse, each on its field, in the form's order. */
export function problemsOf<F extends string>(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, fields: readonly F[]): FieldProblem<F>[] {
  const out: FieldProblem<F>[] = [];
  for (const issue of issues) {
    const field = (fields as readonly PropertyKey[]).includes(issue.path[0]!) ? (issue.path[0] as F) : null;
    if (out.some((p) => p.field === field && field !== null)) continue;
    out.push({ field, key: issue.message });
  }
  return out.sort((a, b) => (a.field === null ? -1 : fields.indexOf(a.field)) - (b.field === null ? -1 : fields.indexOf(b.field)));
}

export function validateSignIn(values: { email: string; password: string }) {
  const parsed = signInSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<SignInField>(parsed.error.issues, ['email', 'password']) };
}

export const PASSWORD_FIELD = { current: 'sekarang', next: 'baru', repeat: 'ulangi' } as const;
export type PasswordField = 'current' | 'next' | 'repeat';

export const changePasswordSchema = z
  .object({
    current: z.string().check(z.minLength(1, { error: 'password.error.currentMissing' }), z.maxLength(PASSWORD_MAX, { error: 'password.error.tooLong' })),
    next: z.string().check(z.minLength(1, { error: 'password.error.newMissing' }), z.maxLength(PASSWORD_MAX, { error: 'password.error.tooLong' })),
    repeat: z.string(),
  })
  .check(
    z.refine((v) => v.next === v.repeat, { error: 'password.error.repeatMismatch', path: ['repeat'] }),
  );

export function readChangePassword(form: FormData) {
  return { current: text(form, PASSWORD_FIELD.current), next: text(form, PASSWORD_FIELD.next), repeat: text(form, PASSWORD_FIELD.repeat) };
}

export function validateChangePassword(values: { current: string; next: string; repeat: string }) {
  const parsed = changePasswordSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<PasswordField>(parsed.error.issues, ['current', 'next', 'repeat']) };
}

/** Moderation: which actions need a reason (CONTRACT.md: HIDE, REDACT and MARK_SPAM), the bulk limit. */
export const MODERATION_ACTIONS = ['APPROVE', 'HIDE', 'RESTORE', 'REDACT', 'MARK_SPAM'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const NEEDS_REASON: readonly ModerationAction[] = ['HIDE', 'REDACT', 'MARK_SPAM'];
export const BULK_MAX = 50;
export const REASON_MAX = 500;
export const TEXT_MAX = 4000;

export type ModerationField = 'reason' | 'redactedText' | 'items';

export const moderationSchema = z
  .object({
    action: z.enum(MODERATION_ACTIONS),
    items: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(
      z.minLength(1, { error: 'moderation.error.noneSelected' }),
      z.maxLength(BULK_MAX, { error: 'moderation.error.tooMany' }),
    ),
    reason: z.pipe(z.string().check(z.trim(), z.maxLength(REASON_MAX)), z.transform((s) => (s === '' ? null : s))),
    redactedText: z.pipe(z.string().check(z.trim(), z.maxLength(TEXT_MAX)), z.transform((s) => (s === '' ? null : s))),
  })
  .check(
    z.refine((v) => !NEEDS_REASON.includes(v.action) || v.reason !== null, { error: 'moderation.error.reasonMissing', path: ['reason'] }),
    z.refine((v) => v.action !== 'REDACT' || v.redactedText !== null, { error: 'moderation.error.redactedMissing', path: ['redactedText'] }),
    z.refine((v) => v.action !== 'REDACT' || v.items.length === 1, { error: 'moderation.error.bulkRedact', path: ['items'] }),
  );

export function validateModeration(values: { action: string; items: string[]; reason: string; redactedText: string }) {
  const parsed = moderationSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<ModerationField>(parsed.error.issues, ['items', 'reason', 'redactedText']) };
}

/** An official answer: what the API allows (answers module), checked again there. */
export const ANSWER_MAX = 4000;
export const answerSchema = z.object({
  body: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'inbox.error.bodyMissing' }),
    z.refine((s) => [...s].length <= ANSWER_MAX, { error: 'inbox.error.bodyTooLong' }),
  ),
});

export function validateAnswer(values: { body: string }) {
  const parsed = answerSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  return { ok: false as const, problems: problemsOf<'body'>(parsed.error.issues, ['body']).map((p) => (p.key === 'inbox.error.bodyTooLong' ? { ...p, params: { max: ANSWER_MAX, count: [...values.body.trim()].length } } : p)) };
}
