import { ELEMENT_TEXT, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import type { Translator } from '../../i18n';
import type { LimitAnswer } from './nilai.limit';
import type { RatingFormValues } from './nilai.fields';

export type ProfileField = 'ageGroup' | 'gender' | 'education' | 'occupation';

/** A part of the rating form a problem can be shown beside. */
export type RatingField = SkmElement | 'comment' | 'contact' | ProfileField;

/**
 * Something that stops a rating from being sent, found in the browser, by the action, or by the API.
 * `field` places it beside a control (and links to it from the summary); null means the form as a
 * whole. `api` carries a message the API already wrote in the citizen's language.
 */
export type RatingProblem =
  | { field: SkmElement; kind: 'score' | 'reason' }
  | { field: 'comment' | 'contact'; kind: 'tooLong'; count: number; max: number }
  | { field: ProfileField; kind: 'unknownCode' }
  | { field: 'contact'; kind: 'notifyNeedsEmail' }
  | { field: RatingField | null; kind: 'api'; message: string }
  | { field: null; kind: 'formExpired' | 'unavailable' | 'powFailed' | 'unexpected' };

/**
 * What the action sends back when it did not store the rating: the answers as given (never the proof
 * of work), the problems to fix, and the network's limit when that is what stopped it — which is not
 * a problem with the answers and is shown apart from them.
 */
export interface RatingRefusal extends LimitAnswer {
  values: RatingFormValues;
  problems: RatingProblem[];
}

/** The question's number in the form (1–9), as the citizen sees it. */
const questionNumber = (element: SkmElement) => SKM_ELEMENTS.indexOf(element) + 1;

export function ratingProblemText(t: Translator, problem: RatingProblem): string {
  switch (problem.kind) {
    case 'score':
      return t('rating.error.score', { number: questionNumber(problem.field), name: ELEMENT_TEXT[t.lang][problem.field].name });
    case 'reason':
      return t('rating.error.reason', { number: questionNumber(problem.field) });
    case 'tooLong':
      return problem.field === 'comment'
        ? t('rating.error.commentTooLong', { max: problem.max, count: problem.count })
        : t('rating.error.contactTooLong', { max: problem.max, count: problem.count });
    case 'unknownCode':
      return t('rating.error.profile');
    case 'notifyNeedsEmail':
      return t('rating.error.notifyNeedsEmail');
    case 'api':
      return problem.message;
    case 'formExpired':
      return t('rating.error.formExpired');
    case 'unavailable':
      return t('rating.error.unavailable');
    case 'powFailed':
      return t('rating.error.powFailed');
    case 'unexpected':
      return t('rating.error.unexpected');
  }
}

/** The first problem of each field, for the error beside it (the summary lists them all). */
export function problemsByField(problems: readonly RatingProblem[]): Partial<Record<RatingField, RatingProblem>> {
  const out: Partial<Record<RatingField, RatingProblem>> = {};
  for (const problem of problems) if (problem.field && !out[problem.field]) out[problem.field] = problem;
  return out;
}
