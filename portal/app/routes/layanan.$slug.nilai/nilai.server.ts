import { SKM_ELEMENTS, isSkmElement } from '@suara/skm';
import type { ApiError } from '../../graphql/client.server';
import type { SubmitFeedbackInput } from '../../graphql/generated/graphql';
import type { NetworkLimit } from './nilai.limit';
import type { ProfileField, RatingField, RatingProblem } from './nilai.problems';
import type { ValidRating } from './nilai.schema';

/** The checked form as the API's `submitFeedback` input. */
export function toSubmitInput(serviceId: string, rating: ValidRating): SubmitFeedbackInput {
  const { ageGroup, gender, education, occupation } = rating;
  const anyProfile = ageGroup ?? gender ?? education ?? occupation;
  return {
    serviceId,
    idempotencyKey: rating.key,
    scores: SKM_ELEMENTS.map((element) => ({ element, score: rating.scores[element] })),
    lowScoreReasons: rating.lowScoreReasons.length ? rating.lowScoreReasons : null,
    comment: rating.comment,
    respondent: anyProfile ? { ageGroup, gender, education, occupation } : null,
    contact: rating.contact,
    notifyOnAnswer: rating.notify,
    // Passed on as typed, never judged here: the API keeps the rating as spam and answers as usual,
    // so a bot learns nothing from the reply.
    honeypot: rating.honeypot === '' ? null : rating.honeypot,
    proofOfWork: rating.proofOfWork === '' ? null : rating.proofOfWork,
  };
}

const PROFILE_FIELDS: Record<string, ProfileField> = {
  'respondent.ageGroup': 'ageGroup',
  'respondent.gender': 'gender',
  'respondent.education': 'education',
  'respondent.occupation': 'occupation',
};

/** The API's name of an input field (`scores.BIAYA_TARIF`, `comment`, …) as a place in the form; null for the form as a whole. */
export function formFieldOf(apiField: string): RatingField | null {
  for (const prefix of ['scores.', 'lowScoreReasons.']) {
    if (!apiField.startsWith(prefix)) continue;
    const element = apiField.slice(prefix.length);
    return isSkmElement(element) ? element : null;
  }
  if (apiField === 'comment' || apiField === 'contact') return apiField;
  return PROFILE_FIELDS[apiField] ?? null;
}

export interface ApiProblems {
  status: number;
  problems: RatingProblem[];
  /** The network's limit, when that is what refused it: a notice above the form, not something to fix. */
  limit: NetworkLimit | null;
  headers?: Record<string, string>;
}

/**
 * A refused submission as problems on the same form: each field problem beside its field, the rest
 * above the form. Nothing was stored in any of these cases, so the citizen keeps their answers and
 * sends again.
 */
export function problemsFromApi(error: ApiError): ApiProblems {
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      if (error.fields.some((f) => f.field === 'idempotencyKey')) return { status: 400, problems: [{ field: null, kind: 'formExpired' }], limit: null };
      const problems: RatingProblem[] = error.fields.map((f) => ({ field: formFieldOf(f.field), kind: 'api', message: f.message }));
      return { status: 400, problems: problems.length ? problems : [{ field: null, kind: 'api', message: error.message }], limit: null };
    }
    case 'RATE_LIMITED': {
      // Not the citizen's doing (many people share one address): no problem with the answers, a notice
      // instead, and the challenge that would be accepted in place of the wait.
      const seconds = error.retryAfterSeconds ?? 60;
      return { status: 429, problems: [], limit: { seconds, challenge: error.challenge }, headers: { 'Retry-After': String(Math.ceil(seconds)) } };
    }
    case 'CONFLICT':
      // The key was already used for another service's rating (a form copied between tabs): the API says to reload.
      return { status: 409, problems: [{ field: null, kind: 'api', message: error.message }], limit: null };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, problems: [{ field: null, kind: 'unavailable' }], limit: null, headers: { 'Retry-After': '60' } };
    default:
      return { status: 500, problems: [{ field: null, kind: 'unexpected' }], limit: null };
  }
}

/** The API did not take the proof of work sent with the rating (expired, already used, unreadable). */
export function refusesProofOfWork(error: ApiError): boolean {
  return error.code === 'BAD_USER_INPUT' && error.fields.some((f) => f.field === 'proofOfWork');
}
