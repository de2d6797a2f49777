import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AGE_GROUPS,
  EDUCATION_LEVELS,
  GENDERS,
  MAX_SCORE,
  MIN_SCORE,
  OCCUPATIONS,
  SKM_ELEMENTS,
  ELEMENT_TEXT,
  type SkmElement,
} from '@suara/skm';
import { BadInputError, ConflictError, type FieldProblem } from '../../common/errors.js';
import { FeedbackChannel, ModerationStatus } from '../../common/enums.js';
import { isUuid } from '../geography/geography.service.js';
import { PublicService } from '../services/public-service.entity.js';
import { ELEMENT_STEM } from './element-columns.js';
import { applyToRollup } from './satisfaction-rollup.js';
import { formatReceiptCode, newReceiptCode } from './receipt-code.js';
import { hashSignal, type RateLimit } from '../../common/abuse.js';
import type { SubmitFeedbackInput } from './feedback.inputs.js';
import type { SubmitFeedbackPayload } from './feedback.types.js';
import { verifyProofOfWork } from './proof-of-work.js';

export const COMMENT_MAX = 2000;
export const CONTACT_MAX = 200;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,64}$/;

export interface SubmissionContext {
  clientIp: string;
  userAgent: string;
  hashSalt: string;
  rateLimit: RateLimit;
  proofOfWorkKey: string;
  /** Remembers used proof-of-work solutions (one point each, for the challenge's lifetime). */
  proofOfWorkOnce: RateLimit;
}

interface ValidSubmission {
  serviceId: string;
  idempotencyKey: string;
  scores: Record<SkmElement, number>;
  comment: string | null;
  contact: string | null;
  respondent: { ageGroup: string | null; gender: string | null; education: string | null; occupation: string | null };
  spam: boolean;
}

const codePoints = (s: string) => [...s].length;

function pickCode<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | null | undefined {
  if (value == null || value.trim() === '') return null;
  const v = value.trim().toUpperCase();
  return allowed.find((a) => a.toUpperCase() === v) ?? undefined;
}

/**
 * Checks every rule of `submitFeedback` (CONTRACT.md) and reports all problems at once, each beside
 * its field, in Indonesian and English; nothing is stored unless all pass.
 */
export function validateSubmission(input: SubmitFeedbackInput): ValidSubmission {
  const problems: FieldProblem[] = [];
  const add = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });

  if (!isUuid(input.serviceId)) add('serviceId', 'Layanan tidak ditemukan.', 'Unknown service.');

  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey ?? '')) {
    add(
      'idempotencyKey',
      'Kunci idempotensi harus 8–64 karakter tanpa spasi.',
      'The idempotency key must be 8–64 characters without spaces.',
    );
  }

  const scores = {} as Record<SkmElement, number>;
  const seen = new Map<SkmElement, number>();
  for (const s of input.scores ?? []) seen.set(s.element, (seen.get(s.element) ?? 0) + 1);
  for (const element of SKM_ELEMENTS) {
    const name = { id: ELEMENT_TEXT.id[element].name, en: ELEMENT_TEXT.en[element].name };
    const count = seen.get(element) ?? 0;
    if (count === 0) {
      add(`scores.${element}`, `Pilih jawaban untuk unsur "${name.id}".`, `Choose an answer for "${name.en}".`);
      continue;
    }
    if (count > 1) {
      add(`scores.${element}`, `Unsur "${name.id}" dinilai lebih dari sekali.`, `"${name.en}" is scored more than once.`);
      continue;
    }
    const score = input.scores.find((s) => s.element === element)!.score;
    if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
      add(
        `scores.${element}`,
        `Nilai unsur "${name.id}" harus antara ${MIN_SCORE} dan ${MAX_SCORE}, bukan ${score}.`,
        `The score for "${name.en}" must be between ${MIN_SCORE} and ${MAX_SCORE}, not ${score}.`,
      );
      continue;
    }
    scores[element] = score;
  }

  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment && codePoints(comment) > COMMENT_MAX) {
    add(
      'comment',
      `Komentar paling panjang ${COMMENT_MAX.toLocaleString('id-ID')} karakter (sekarang ${codePoints(comment).toLocaleString('id-ID')}).`,
      `The comment can be at most ${COMMENT_MAX.toLocaleString('en')} characters (it has ${codePoints(comment).toLocaleString('en')}).`,
    );
  }
  const contact = input.contact?.trim() ? input.contact.trim() : null;
  if (contact && codePoints(contact) > CONTACT_MAX) {
    add('contact', `Kontak paling panjang ${CONTACT_MAX} karakter.`, `The contact can be at most ${CONTACT_MAX} characters.`);
  }

  const r = input.respondent ?? {};
  const ageGroup = pickCode(r.ageGroup, AGE_GROUPS);
  const gender = pickCode(r.gender, GENDERS);
  const education = pickCode(r.education, EDUCATION_LEVELS);
  const occupation = pickCode(r.occupation, OCCUPATIONS);
  if (ageGroup === undefined) add('respondent.ageGroup', `Kelompok umur tidak dikenal: ${AGE_GROUPS.join(', ')}.`, `Unknown age group; use one of ${AGE_GROUPS.join(', ')}.`);
  if (gender === undefined) add('respondent.gender', 'Jenis kelamin: L atau P.', 'Gender: L or P.');
  if (education === undefined) add('respondent.education', `Pendidikan tidak dikenal: ${EDUCATION_LEVELS.join(', ')}.`, `Unknown education; use one of ${EDUCATION_LEVELS.join(', ')}.`);
  if (occupation === undefined) add('respondent.occupation', `Pekerjaan tidak dikenal: ${OCCUPATIONS.join(', ')}.`, `Unknown occupation; use one of ${OCCUPATIONS.join(', ')}.`);

  if (problems.length) {
    const first = problems[0]!.message;
    throw new BadInputError(
      problems.length === 1
        ? first
        : {
            id: `Ada ${problems.length} isian yang perlu diperbaiki. Pertama: ${first.id}`,
            en: `${problems.length} answers need fixing. First: ${first.en}`,
          },
      problems,
    );
  }

  return {
    serviceId: input.serviceId,
    idempotencyKey: input.idempotencyKey,
    scores,
    comment,
    contact,
    respondent: { ageGroup: ageGroup ?? null, gender: gender ?? null, education: education ?? null, occupation: occupation ?? null },
    spam: Boolean(input.honeypot?.trim()),
  };
}

const unknownService = () =>
  new BadInputError({ id: 'Layanan tidak ditemukan.', en: 'Unknown service.' }, [
    { field: 'serviceId', message: { id: 'Layanan tidak ditemukan.', en: 'Unknown service.' } },
  ]);

/**
 * Stores one SKM response and its rollup in one transaction. The idempotency key makes a double
 * click, a resubmitted form or a retried request store exactly one row, also when many copies
 * arrive at once: the unique index serialises them and all but the first read back the first.
 */
export async function submitFeedback(
  em: EntityManager,
  input: SubmitFeedbackInput,
  context: SubmissionContext,
): Promise<SubmitFeedbackPayload> {
  const valid = validateSubmission(input);

  const replay = await findByKey(em, valid.idempotencyKey);
  if (replay) return replayOf(replay, valid.serviceId);

  const service = await em.findOne(PublicService, { id: valid.serviceId }, { populate: ['region'] });
  if (!service) throw unknownService();
  const region = service.region.getEntity();
  if (region.proofOfWorkRequired) {
    await verifyProofOfWork(input.proofOfWork, context.proofOfWorkKey, context.proofOfWorkOnce);
  }

  const clientHash = hashSignal(context.hashSalt, `ip:${context.clientIp}`);
  const deviceHash = context.userAgent ? hashSignal(context.hashSalt, `ua:${context.userAgent}`) : null;

  for (let attempt = 0; attempt < 3; attempt++) {
    const receiptCode = newReceiptCode();
    try {
      const outcome = await em.transactional(async (tx) => {
        const columns = SKM_ELEMENTS.map((e) => `score_${ELEMENT_STEM[e]}`);
        const rows = await tx.execute<Array<{ id: string; submitted_at: Date }>>(
          `insert into feedback (id, created_at, service_id, region_id, submitted_at, ${columns.join(', ')},
             comment, moderation_status, spam, report_count, respondent_age_group, respondent_gender, respondent_education,
             respondent_occupation, contact, receipt_code, idempotency_key, channel, client_hash, device_hash)
           values (gen_random_uuid(), now(), ?, ?, now(), ${columns.map(() => '?').join(', ')}, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           on conflict (idempotency_key) do nothing
           returning id, submitted_at`,
          [
            service.id,
            region.id,
            ...SKM_ELEMENTS.map((e) => valid.scores[e]),
            valid.comment,
            valid.spam ? ModerationStatus.SPAM : valid.comment ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED,
            valid.spam,
            valid.respondent.ageGroup,
            valid.respondent.gender,
            valid.respondent.education,
            valid.respondent.occupation,
            valid.contact,
            receiptCode,
            valid.idempotencyKey,
            FeedbackChannel.WEB,
            clientHash,
            deviceHash,
          ],
        );
        const inserted = rows[0];
        if (!inserted) return null; // another request with this key won the race
        // Only new rows count against the client's limit; over it, the insert is rolled back.
        await context.rateLimit.consume(`client:${clientHash}`);
        if (!valid.spam) await applyToRollup(tx, inserted.id, 1);
        return { id: inserted.id, submittedAt: new Date(inserted.submitted_at) };
      });
      if (outcome) return { receiptCode: formatReceiptCode(receiptCode), feedback: outcome };
      const winner = await findByKey(em, valid.idempotencyKey);
      if (winner) return replayOf(winner, valid.serviceId);
    } catch (error) {
      // A receipt code that already exists (one chance in 2^50): draw another.
      if (isUniqueViolation(error, 'feedback_receipt_code_unique')) continue;
      throw error;
    }
  }
  throw new Error('could not store the feedback after three attempts');
}

interface StoredKey {
  id: string;
  service_id: string;
  receipt_code: string;
  submitted_at: Date;
}

async function findByKey(em: EntityManager, key: string): Promise<StoredKey | undefined> {
  const rows = await em.execute<StoredKey[]>(
    'select id, service_id, receipt_code, submitted_at from feedback where idempotency_key = ?',
    [key],
  );
  return rows[0];
}

function replayOf(stored: StoredKey, serviceId: string): SubmitFeedbackPayload {
  if (stored.service_id !== serviceId) {
    throw new ConflictError({
      id: 'Kunci idempotensi ini sudah dipakai untuk penilaian layanan lain. Muat ulang formulir lalu kirim lagi.',
      en: 'This idempotency key was already used for a rating of another service. Reload the form and send it again.',
    });
  }
  return {
    receiptCode: formatReceiptCode(stored.receipt_code),
    feedback: { id: stored.id, submittedAt: new Date(stored.submitted_at) },
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof UniqueConstraintViolationException && error.message.includes(constraint);
}
