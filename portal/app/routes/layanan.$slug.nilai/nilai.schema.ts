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
import { CONTACT_MAX, COMMENT_MAX, IDEMPOTENCY_KEY, LOW_SCORE_MAX, characterCount, looksLikeEmail, type RatingFormValues } from './nilai.fields';
import type { RatingProblem } from './nilai.problems';

/**
 * The SKM rating form (`/layanan/<slug>/nilai`): one schema, run in the browser before sending and
 * again in the action, so both say the same thing about the same answers. The limits are the API's
 * (api/src/modules/feedback/submission.service.ts); the API checks again and has the last word.
 */

export * from './nilai.fields';

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
