import { AGE_GROUPS, EDUCATION_LEVELS, GENDERS, MAX_SCORE, MIN_SCORE, OCCUPATIONS, SKM_ELEMENTS } from '@suara/skm';
// zod/mini, as the rating form does: this schema also runs in the tablet's browser.
import { z } from 'zod/mini';

/**
 * One finished kiosk rating, as it waits in the tablet's queue (IndexedDB) and as the tablet posts it
 * to `/kiosk/kirim`. The same schema checks it in the browser before it is queued and in the route
 * before it goes to the API, which has the last word (api submission rules).
 */

export const COMMENT_MAX = 2000;
/** A rating answered more than this long ago can never be sent: the API refuses answeredAt older than 7 days (CONTRACT.md). */
export const SEND_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const noNul = (s: string) => !s.includes('\u0000');
const text = (max: number) => z.string().check(z.maxLength(max), z.refine(noNul));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.nullable(z.enum(values));

export const ratingSchema = z.object({
  /** crypto.randomUUID(): the API stores a key once, however often it is sent (a lost answer, a replay). */
  idempotencyKey: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  serviceId: text(64).check(z.minLength(1)),
  /** Scores 1–4 in SKM_ELEMENTS order (facts/SKM.md). */
  scores: z.array(z.int().check(z.gte(MIN_SCORE), z.lte(MAX_SCORE))).check(z.length(SKM_ELEMENTS.length)),
  respondent: z.nullable(
    z.object({
      ageGroup: oneOf(AGE_GROUPS),
      gender: oneOf(GENDERS),
      education: oneOf(EDUCATION_LEVELS),
      occupation: oneOf(OCCUPATIONS),
    }),
  ),
  comment: z.nullable(text(COMMENT_MAX)),
  /** ISO date-time the citizen pressed "send"; it becomes the rating's day in the reports. */
  answeredAt: z.iso.datetime(),
});

export type KioskRating = z.infer<typeof ratingSchema>;

/** Where a queued rating stands: still to send, too old to send, or refused for good. */
export type QueueState = 'waiting' | 'stale' | 'failed';

/** A rating in the tablet's queue, with what the sender learned about it. */
export interface QueuedRating extends KioskRating {
  /** Shown to staff and written to the CSV: the queue must make sense with the server out of reach. */
  serviceSlug: string;
  serviceName: string;
  /** The region's time zone, for the CSV's `tanggal` (the day answered, in the region). */
  timeZone: string;
  attempts: number;
  lastError: string | null;
  state: QueueState;
  /** Epoch ms before which the sender's timer leaves it alone (backoff after a failed try). */
  nextAttemptAt?: number;
}

/** What `/kiosk/kirim` answers, and what the sender does with it. */
export type SendOutcome =
  | { outcome: 'stored'; submittedAt: string }
  /** Try again later (network, API away, device limit); `retryAfter` in seconds when the API said. */
  | { outcome: 'retry'; retryAfter: number | null; reason: string }
  /** The device token is unknown or revoked: keep everything, ask staff to pair again. */
  | { outcome: 'unpaired' }
  /** Refused for good: `stale` when only its age is wrong (export it as paper), `failed` otherwise. */
  | { outcome: 'refused'; state: 'stale' | 'failed'; reason: string };
