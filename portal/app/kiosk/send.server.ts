import { SKM_ELEMENTS } from '@suara/skm';
import type { ApiError } from '../graphql/client.server';
import type { SubmitFeedbackInput } from '../graphql/generated/graphql';
import type { KioskRating, SendOutcome } from './rating';

/** A queued rating as the API's input: answeredAt travels, no proof of work and no honeypot (kiosk ratings need neither). */
export function toKioskInput(rating: KioskRating): SubmitFeedbackInput {
  return {
    serviceId: rating.serviceId,
    idempotencyKey: rating.idempotencyKey,
    scores: SKM_ELEMENTS.map((element, i) => ({ element, score: rating.scores[i]! })),
    respondent: rating.respondent,
    comment: rating.comment,
    answeredAt: rating.answeredAt,
  };
}

/**
 * What the tablet's sender must do after the API refused a rating (CONTRACT.md, "Counter kiosks"):
 * wait and try again, ask for pairing, or keep it on the device for good. Only refusals that can
 * never change are final; anything unknown is retried, since a rating dropped is a citizen unheard.
 */
export function outcomeOf(error: ApiError): { status: number; body: SendOutcome } {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { status: 401, body: { outcome: 'unpaired' } };
    case 'BAD_USER_INPUT': {
      const tooOld = error.fields.some((f) => f.field === 'answeredAt');
      return { status: 422, body: { outcome: 'refused', state: tooOld ? 'stale' : 'failed', reason: error.fields.map((f) => f.field).join(',') || 'BAD_USER_INPUT' } };
    }
    // The service was withdrawn or the key was used for another service: sending again changes nothing.
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'FORBIDDEN':
      return { status: 422, body: { outcome: 'refused', state: 'failed', reason: error.code } };
    case 'RATE_LIMITED':
      return { status: 429, body: { outcome: 'retry', retryAfter: error.retryAfterSeconds, reason: error.code } };
    default:
      return { status: 503, body: { outcome: 'retry', retryAfter: null, reason: error.code } };
  }
}
