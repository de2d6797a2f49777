import {
  AGE_GROUPS,
  EDUCATION_LEVELS,
  GENDERS,
  MAX_SCORE,
  MIN_SCORE,
  OCCUPATIONS,
  SKM_ELEMENTS,
  isLowScoreReason,
  isSkmElement,
  type SkmElement,
} from '@suara/skm';
// zod/mini: the same rules as the full zod, tree-shaken to a few kilobytes, because this schema also
// runs in the citizen's browser (often a cheap phone on a slow connection).
import { z } from 'zod/mini';
import type { RatingField, RatingProblem } from './nilai.problems';

/**
 * The SKM rating form (`/layanan/<slug>/nilai`): one schema, run in the browser before sending and
 * again in the action, so both say the same thing about the same answers. The limits are the API's
 * (api/src/modules/feedback/submission.service.ts); the API checks again and has the last word.
 */

export const COMMENT_MAX = 2000;
export const CONTACT_MAX = 200;

/** Names of the form's fields in the POST body (Indonesian, like the portal's addresses). */
export const FIELD = {
  key: 'kunci',
  comment: 'komentar',
  ageGroup: 'umur',
  gender: 'jenis-kelamin',
  education: 'pendidikan',
  occupation: 'pekerjaan',
  contact: 'kontak',
  notify: 'beri-tahu',
  honeypot: 'situs-web',
  proofOfWork: 'bukti-anti-spam',
} as const;

/** The radio group of one question; its radios have the ids `<name>-1` … `<name>-4` (by score). */
export const scoreField = (element: SkmElement) => `skor-${element}`;

/** The checkboxes of "what went wrong?" under a low score of one question (their values are reason codes). */
export const reasonField = (element: SkmElement) => `alasan-${element}`;

/**
 * The highest score that opens "what went wrong?" (1 or 2: "tidak/kurang …"); the API's LOW_SCORE_MAX
 * (api/src/common/element-columns.ts), which refuses reasons on higher scores.
 */
export const LOW_SCORE_MAX = 2;

/** The question's fieldset: what an error link brings into view, legend first (issue 13). */
export const questionId = (element: SkmElement) => `pertanyaan-${element}`;

/** The control a question's error moves focus to with JavaScript: its first radio; otherwise the field itself. */
export function fieldTargetId(field: RatingField): string {
  return isSkmElement(field) ? `${scoreField(field)}-${MIN_SCORE}` : FIELD[field];
}

/** Where an error summary link points: a question's fieldset (legend at its top), or the field itself. */
export function fieldLinkId(field: RatingField): string {
  return isSkmElement(field) ? questionId(field) : FIELD[field];
}

/** The id of the error text beside a field (aria-describedby). */
export const fieldErrorId = (field: RatingField) => `${isSkmElement(field) ? scoreField(field) : FIELD[field]}-galat`;

/** What the citizen sent, exactly as typed: re-rendered into the form when something must be fixed. */
export interface RatingFormValues {
  key: string;
  scores: Partial<Record<SkmElement, string>>;
  /** "What went wrong?" codes ticked per element (any element: the check keeps those of low scores). */
  reasons: Partial<Record<SkmElement, string[]>>;
  comment: string;
  ageGroup: string;
  gender: string;
  education: string;
  occupation: string;
  contact: string;
  /** The consent checkbox: non-empty when ticked. */
  notify: string;
  honeypot: string;
  proofOfWork: string;
}

/** Reads the form's fields; anything missing or not text (a file) reads as empty. */
export function readRatingForm(form: FormData): RatingFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    // Browsers send a textarea's line breaks as CRLF; the comment is stored as typed, with plain LF.
    return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
  };
  const scores: Partial<Record<SkmElement, string>> = {};
  const reasons: Partial<Record<SkmElement, string[]>> = {};
  for (const element of SKM_ELEMENTS) {
    const value = text(scoreField(element));
    if (value) scores[element] = value;
    const ticked = form.getAll(reasonField(element)).filter((v): v is string => typeof v === 'string' && v !== '');
    if (ticked.length) reasons[element] = [...new Set(ticked)];
  }
  return {
    key: text(FIELD.key),
    scores,
    reasons,
    comment: text(FIELD.comment),
    ageGroup: text(FIELD.ageGroup),
    gender: text(FIELD.gender),
    education: text(FIELD.education),
    occupation: text(FIELD.occupation),
    contact: text(FIELD.contact),
    notify: text(FIELD.notify),
    honeypot: text(FIELD.honeypot),
    proofOfWork: text(FIELD.proofOfWork),
  };
}

/** The API's loose test of an e-mail address (api/src/common/email.ts): is a mail worth trying. */
export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/.test(value);
}

/** Characters as the API counts them (code points: an emoji is one, not two UTF-16 units). */
export const characterCount = (text: string) => [...text.trim()].length;

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => String(MIN_SCORE + i)) as [string, ...string[]];

/** The issue messages below are codes, turned into RatingProblems (and then words) by validateRatingForm. */
const score = z.pipe(z.enum(SCORES, { error: 'score' }), z.transform(Number));

const optionalText = (max: number) =>
  z.pipe(
    z.string().check(
      z.trim(),
      z.refine((text) => characterCount(text) <= max, { error: 'tooLong' }),
    ),
    z.transform((text) => (text === '' ? null : text)),
  );

/** One of the questionnaire's codes, or empty for "prefer not to say". */
const optionalCode = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.pipe(z.union([z.literal(''), z.enum(codes)], { error: 'unknownCode' }), z.transform((code) => (code === '' ? null : code)));

/** The API's rule for idempotency keys (8–64 visible characters); the loader makes them, so only a tampered or truncated form breaks it. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,64}$/;

export const isIdempotencyKey = (value: string | null | undefined): value is string => typeof value === 'string' && IDEMPOTENCY_KEY.test(value);

/** An element's ticked reasons: each must be one of the element's (only a tampered form sends others). */
const reasonsOf = (element: SkmElement) =>
  z.optional(z.array(z.string().check(z.refine((code) => isLowScoreReason(element, code), { error: 'reason' }))).check(z.maxLength(10, { error: 'reason' })));

const ratingFormSchema = z.object({
  key: z.string().check(z.regex(IDEMPOTENCY_KEY, { error: 'key' })),
  scores: z.object(Object.fromEntries(SKM_ELEMENTS.map((element) => [element, score])) as Record<SkmElement, typeof score>),
  reasons: z.object(Object.fromEntries(SKM_ELEMENTS.map((element) => [element, reasonsOf(element)])) as Record<SkmElement, ReturnType<typeof reasonsOf>>),
  comment: optionalText(COMMENT_MAX),
  ageGroup: optionalCode(AGE_GROUPS),
  gender: optionalCode(GENDERS),
  education: optionalCode(EDUCATION_LEVELS),
  occupation: optionalCode(OCCUPATIONS),
  contact: optionalText(CONTACT_MAX),
  // A ticked checkbox sends its value; an unticked one sends nothing.
  notify: z.pipe(z.string(), z.transform((value) => value !== '')),
  // Never checked: whatever a bot writes here is passed on, and the API keeps that rating as spam.
  honeypot: z.string(),
  proofOfWork: z.string(),
});

type ParsedRating = z.output<typeof ratingFormSchema>;

/** The checked form; `lowScoreReasons` holds only reasons of elements scored 1 or 2. */
export type ValidRating = Omit<ParsedRating, 'reasons'> & { lowScoreReasons: Array<{ element: SkmElement; reason: string }> };

/**
 * Reasons of the elements scored 1 or 2, in the order of the form. Ticks under a score the citizen
 * raised afterwards are dropped, not refused: without JavaScript the choice stays on the page
 * whatever the score, and a changed mind is not a mistake to fix.
 */
function lowScoreReasonsOf(rating: ParsedRating): ValidRating['lowScoreReasons'] {
  return SKM_ELEMENTS.flatMap((element) =>
    rating.scores[element] <= LOW_SCORE_MAX ? (rating.reasons[element] ?? []).map((reason) => ({ element, reason })) : [],
  );
}

export type RatingCheck = { ok: true; rating: ValidRating } | { ok: false; problems: RatingProblem[] };

/** Checks the answers; the problems come in the order of the form, so the summary reads top to bottom. */
export function validateRatingForm(values: RatingFormValues): RatingCheck {
  const parsed = ratingFormSchema.safeParse(values);
  if (parsed.success) {
    // "Tell me by e-mail" needs an address mail can reach (the API says the same).
    if (parsed.data.notify && !(parsed.data.contact && looksLikeEmail(parsed.data.contact))) {
      return { ok: false, problems: [{ field: 'contact', kind: 'notifyNeedsEmail' }] };
    }
    const { reasons: _ticked, ...rest } = parsed.data;
    return { ok: true, rating: { ...rest, lowScoreReasons: lowScoreReasonsOf(parsed.data) } };
  }
  const problems: RatingProblem[] = [];
  for (const issue of parsed.error.issues) {
    const [top, inner] = issue.path;
    if (top === 'key') problems.push({ field: null, kind: 'formExpired' });
    else if (top === 'scores' && typeof inner === 'string' && isSkmElement(inner)) problems.push({ field: inner, kind: 'score' });
    else if (top === 'reasons' && typeof inner === 'string' && isSkmElement(inner)) {
      if (!problems.some((p) => p.field === inner && p.kind === 'reason')) problems.push({ field: inner, kind: 'reason' });
    }
    else if (top === 'comment') problems.push({ field: 'comment', kind: 'tooLong', count: characterCount(values.comment), max: COMMENT_MAX });
    else if (top === 'contact') problems.push({ field: 'contact', kind: 'tooLong', count: characterCount(values.contact), max: CONTACT_MAX });
    else if (top === 'ageGroup' || top === 'gender' || top === 'education' || top === 'occupation') problems.push({ field: top, kind: 'unknownCode' });
    else problems.push({ field: null, kind: 'unexpected' });
  }
  return { ok: false, problems };
}
