import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { FeedbackChannel, ModerationStatus } from '../../common/enums.js';
import { BadInputError } from '../../common/errors.js';
import { raw, sql } from '../../common/sql.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import { newReceiptCode } from './receipt-code.js';
import { applyManyToRollup } from './satisfaction-rollup.js';
import { validateSubmission } from './submission.service.js';
import type { SubmitFeedbackInput } from './feedback.inputs.js';

/**
 * Paper SKM questionnaires typed in by HR (`import skm`, decision record 0022). A paper rating is a
 * rating like any other: the same rules as `submitFeedback` check it (validateSubmission), its row
 * goes to the same table with the channel PAPER, its comment waits for moderation like a web
 * comment, and the same rollup code counts it, on the day it was answered in the region's time zone.
 */

const SCORE_COLUMNS = SKM_ELEMENTS.map((e) => `score_${ELEMENT_STEM[e]}`);

export interface PaperRating {
  serviceId: string;
  /** YYYY-MM-DD: the day the citizen filled the questionnaire, in the region's time zone. */
  answeredOn: string;
  /** The questionnaire's own number: with the service, what makes a re-run store nothing twice. */
  paperRef: string;
  scores: Record<SkmElement, number>;
  comment: string | null;
  respondent: { ageGroup: string | null; gender: string | null; education: string | null; occupation: string | null };
}

/** Problems of one paper rating by the rules of `submitFeedback`: field (`scores.PERSYARATAN`, `comment`, `respondent.gender`) and message. */
export function checkPaperRating(input: {
  scores: Array<{ element: SkmElement; score: number }>;
  comment: string | null;
  respondent: { ageGroup?: string | null; gender?: string | null; education?: string | null; occupation?: string | null };
}): { ok: true; value: Pick<PaperRating, 'scores' | 'comment' | 'respondent'> } | { ok: false; problems: Array<{ field: string; message: { id: string; en: string } }> } {
  const submission: SubmitFeedbackInput = {
    // Placeholders that pass: a paper rating has its own key (paperKey) and its service checked by the importer.
    serviceId: '00000000-0000-4000-8000-000000000000',
    idempotencyKey: 'paper-questionnaire',
    scores: input.scores,
    comment: input.comment,
    respondent: input.respondent,
  } as SubmitFeedbackInput;
  try {
    const valid = validateSubmission(submission);
    return { ok: true, value: { scores: valid.scores, comment: valid.comment, respondent: valid.respondent } };
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    return { ok: false, problems: error.fields };
  }
}

/** The idempotency key of a paper rating: one per (service, questionnaire number), never a web client's (they have no `paper:` prefix of 62 characters). */
export function paperKey(serviceId: string, paperRef: string): string {
  return `paper:${createHash('sha256').update(`${serviceId.toLowerCase()}\u0000${paperRef}`).digest('hex').slice(0, 56)}`;
}

export interface StoredPaperRating {
  key: string;
  day: string;
  scores: number[];
  comment: string | null;
}

/** The paper ratings already stored under these keys. */
export async function storedPaperRatings(em: EntityManager, keys: readonly string[]): Promise<Map<string, StoredPaperRating>> {
  if (keys.length === 0) return new Map();
  const q = sql`select f.idempotency_key as key, to_char((f.submitted_at at time zone r.time_zone)::date, 'YYYY-MM-DD') as day,
      array[${raw(SCORE_COLUMNS.map((c) => `f.${c}`).join(', '))}]::int[] as scores, f.comment
    from feedback f join region r on r.id = f.region_id
    where f.idempotency_key in (${keys})`;
  const rows = await em.execute<StoredPaperRating[]>(q.text, q.params);
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * Stores paper ratings in one statement and counts them in the rollups, in the caller's transaction
 * (the rollup and the rows never disagree). Answered at noon of their day in the region's time zone,
 * so that the day every report reads back is the one on the paper. A key already stored stores
 * nothing (a twin import running at the same time). Returns the ids stored.
 */
export async function storePaperRatings(tx: EntityManager, ratings: readonly PaperRating[]): Promise<string[]> {
  if (ratings.length === 0) return [];
  // One JSON parameter for the batch: the driver would spread a JavaScript array into a list of values.
  const input = JSON.stringify(
    ratings.map((r) => ({
      service_id: r.serviceId,
      day: r.answeredOn,
      ...Object.fromEntries(SKM_ELEMENTS.map((e) => [`score_${ELEMENT_STEM[e]}`, r.scores[e]])),
      comment: r.comment,
      age_group: r.respondent.ageGroup,
      gender: r.respondent.gender,
      education: r.respondent.education,
      occupation: r.respondent.occupation,
      receipt_code: newReceiptCode(),
      key: paperKey(r.serviceId, r.paperRef),
    })),
  );
  const q = sql`
    insert into feedback (id, created_at, service_id, region_id, submitted_at, ${raw(SCORE_COLUMNS.join(', '))},
      comment, moderation_status, spam, report_count, respondent_age_group, respondent_gender, respondent_education,
      respondent_occupation, receipt_code, idempotency_key, channel)
    select gen_random_uuid(), now(), s.id, s.region_id, (i.day + time '12:00') at time zone r.time_zone, ${raw(SCORE_COLUMNS.map((c) => `i.${c}`).join(', '))},
      i.comment, case when i.comment is null then ${ModerationStatus.PUBLISHED} else ${ModerationStatus.PENDING} end, false, 0,
      i.age_group, i.gender, i.education, i.occupation, i.receipt_code, i.key, ${FeedbackChannel.PAPER}
    from json_to_recordset(${input}::json) as i(service_id uuid, day date, ${raw(SCORE_COLUMNS.map((c) => `${c} smallint`).join(', '))},
      comment text, age_group text, gender text, education text, occupation text, receipt_code text, key text)
    join public_service s on s.id = i.service_id join region r on r.id = s.region_id
    order by i.key
    on conflict (idempotency_key) do nothing
    returning id`;
  const stored = await tx.execute<Array<{ id: string }>>(q.text, q.params);
  const ids = stored.map((s) => s.id);
  await applyManyToRollup(tx, ids, 1);
  return ids;
}
