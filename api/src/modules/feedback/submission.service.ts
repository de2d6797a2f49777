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
  isLowScoreReason,
  type SkmElement,
} from '@suara/skm';
import { LOW_SCORE_MAX } from '../../common/element-columns.js';
import { BadInputError, ConflictError, RateLimitedError, waitText, type DomainError, type FieldProblem } from '../../common/errors.js';
import { SubmissionChannel } from '../../graphql/enums.js';
import { kioskTokenRefused } from '../kiosks/index.js';
import { FeedbackChannel, ModerationStatus } from '../../common/enums.js';
import { addressBucket, hashSignal } from '../../common/abuse.js';
import type { SqlQuery } from '../../common/sql.js';
import { isUuid } from '../../common/ids.js';
import { storableText } from '../../common/text.js';
import { looksLikeEmail } from '../../common/email.js';
import { RowFailure, SubmissionBatcher } from './submission.batcher.js';
import { isDatabaseUnavailable } from '../../db/availability.js';
import { countRatings, timeRollupWrite } from '../../common/metrics.js';
import { ratingBatchStatement, type RatingOutcome, type RatingRow } from './submission.statement.js';
import { formatReceiptCode, newReceiptCode } from './receipt-code.js';
import type { SubmitFeedbackInput } from './feedback.inputs.js';
import type { SubmitFeedbackPayload } from './feedback.types.js';
import { PROOF_OF_WORK_MEMORY_SECONDS, checkProofOfWork, createProofOfWorkChallenge, proofOfWorkReused } from '../../common/proof-of-work.js';

export const COMMENT_MAX = 2000;
export const CONTACT_MAX = 200;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,64}$/;

/** A kiosk's clock may run a little ahead of the server's: this much of the future is "now". */
export const ANSWERED_AT_SKEW_MS = 2 * 60_000;
/** How long a rating may wait in a kiosk's offline queue (CONTRACT.md, "Counter kiosks"). */
export const ANSWERED_AT_MAX_AGE_MS = 7 * 24 * 3600_000;

interface ValidSubmission {
  serviceId: string;
  /** When the citizen answered (a kiosk's queued rating); null: now. */
  answeredAt: Date | null;
  idempotencyKey: string;
  scores: Record<SkmElement, number>;
  comment: string | null;
  contact: string | null;
  /** The citizen asked to be told by e-mail when the unit answers (then `contact` is an e-mail address). */
  notifyOnAnswer: boolean;
  respondent: { ageGroup: string | null; gender: string | null; education: string | null; occupation: string | null };
  /** "What went wrong?" on elements scored 1–2, each (element, reason) once. */
  lowScoreReasons: Array<{ element: SkmElement; reason: string }>;
  spam: boolean;
}

/** More reasons than every element's whole list together is not a citizen's form: refused, not trimmed. */
const LOW_SCORE_REASONS_MAX = 40;

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
export function validateSubmission(input: SubmitFeedbackInput, kiosk: SubmittingKiosk | null = null, now = Date.now()): ValidSubmission {
  const problems: FieldProblem[] = [];
  const add = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });

  if (!isUuid(input.serviceId)) add('serviceId', 'Layanan tidak ditemukan.', 'Unknown service.');
  else if (kiosk && !kiosk.serviceIds.has(input.serviceId.toLowerCase())) {
    add('serviceId', 'Layanan ini tidak dinilai di kios ini (kios hanya menilai layanan unitnya).', 'This service is not rated at this kiosk (a kiosk rates its own unit’s services).');
  }

  // Only a registered kiosk's queue may say when a rating was answered (CONTRACT.md, "Counter kiosks").
  const answeredAt = input.answeredAt ?? null;
  if (answeredAt !== null) {
    if (!kiosk) {
      add('answeredAt', 'answeredAt hanya untuk kios terdaftar (header X-Kiosk-Token).', 'answeredAt is only for registered kiosks (X-Kiosk-Token header).');
    } else if (!(answeredAt instanceof Date) || Number.isNaN(answeredAt.getTime())) {
      add('answeredAt', 'Waktu menjawab tidak terbaca.', 'The answering time cannot be read.');
    } else if (answeredAt.getTime() > now + ANSWERED_AT_SKEW_MS) {
      add('answeredAt', 'Waktu menjawab ada di masa depan: periksa jam tablet kios.', 'The answering time is in the future: check the kiosk tablet’s clock.');
    } else if (answeredAt.getTime() < now - ANSWERED_AT_MAX_AGE_MS) {
      add(
        'answeredAt',
        'Penilaian ini menunggu lebih dari 7 hari dan tidak bisa dikirim lagi; unduh sebagai CSV di menu petugas kios untuk diimpor sebagai hasil kertas.',
        'This rating waited more than 7 days and can no longer be sent; export it as CSV from the kiosk’s staff menu and import it as paper results.',
      );
    }
  }

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

  // "What went wrong?" (issue 13, decision record 0038): optional, only on an element scored 1 or 2
  // in this same input, and only a reason of that element. A reason sent twice is kept once.
  const lowScoreReasons: Array<{ element: SkmElement; reason: string }> = [];
  const givenReasons = input.lowScoreReasons ?? [];
  if (givenReasons.length > LOW_SCORE_REASONS_MAX) {
    add('lowScoreReasons', `Paling banyak ${LOW_SCORE_REASONS_MAX} alasan.`, `At most ${LOW_SCORE_REASONS_MAX} reasons.`);
  } else {
    const seenReasons = new Set<string>();
    const refusedElements = new Set<SkmElement>();
    for (const { element, reason } of givenReasons) {
      const name = { id: ELEMENT_TEXT.id[element].name, en: ELEMENT_TEXT.en[element].name };
      const score = scores[element];
      if (refusedElements.has(element)) continue;
      if (typeof reason !== 'string' || !isLowScoreReason(element, reason)) {
        refusedElements.add(element);
        add(`lowScoreReasons.${element}`, `Alasan ini bukan salah satu pilihan untuk unsur "${name.id}".`, `This reason is not one of the choices for "${name.en}".`);
      } else if (score !== undefined && score > LOW_SCORE_MAX) {
        refusedElements.add(element);
        add(
          `lowScoreReasons.${element}`,
          `Alasan hanya untuk nilai 1 atau 2; unsur "${name.id}" dinilai ${score}. Hapus alasannya atau ubah nilainya.`,
          `Reasons are only for a score of 1 or 2; "${name.en}" is scored ${score}. Remove the reason or change the score.`,
        );
      } else if (score !== undefined && !seenReasons.has(`${element}:${reason}`)) {
        seenReasons.add(`${element}:${reason}`);
        lowScoreReasons.push({ element, reason });
      }
    }
  }

  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment && !storableText(comment)) {
    add('comment', 'Komentar berisi karakter yang tidak dapat disimpan. Hapus karakter itu lalu kirim lagi.', 'The comment contains a character that cannot be stored. Remove it and send again.');
  }
  if (comment && codePoints(comment) > COMMENT_MAX) {
    add(
      'comment',
      `Komentar paling panjang ${COMMENT_MAX.toLocaleString('id-ID')} karakter (sekarang ${codePoints(comment).toLocaleString('id-ID')}).`,
      `The comment can be at most ${COMMENT_MAX.toLocaleString('en')} characters (it has ${codePoints(comment).toLocaleString('en')}).`,
    );
  }
  const contact = input.contact?.trim() ? input.contact.trim() : null;
  if (contact && !storableText(contact)) {
    add('contact', 'Kontak berisi karakter yang tidak dapat disimpan.', 'The contact contains a character that cannot be stored.');
  }
  if (contact && codePoints(contact) > CONTACT_MAX) {
    add('contact', `Kontak paling panjang ${CONTACT_MAX} karakter.`, `The contact can be at most ${CONTACT_MAX} characters.`);
  }

  const notifyOnAnswer = input.notifyOnAnswer === true;
  // Only an address mail can reach is worth the promise "we will tell you"; saying so here beats a
  // silent no-mail later. Nothing to answer without a comment, so nothing to be told either.
  if (notifyOnAnswer && !(contact && looksLikeEmail(contact))) {
    add(
      'contact',
      'Untuk diberi tahu lewat e-mail, tuliskan alamat e-mail Anda di kolom kontak.',
      'To be told by e-mail, write your e-mail address in the contact field.',
    );
  } else if (notifyOnAnswer && !comment) {
    add(
      'comment',
      'Pemberitahuan dikirim saat unit menjawab komentar; tuliskan komentar, atau jangan centang pemberitahuan.',
      'The notice comes when the unit answers a comment: write a comment, or untick the notice.',
    );
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
    // A moment a little ahead (a fast tablet clock) is stored as now, never as a future instant.
    answeredAt: answeredAt && answeredAt.getTime() < now ? answeredAt : null,
    idempotencyKey: input.idempotencyKey,
    scores,
    comment,
    contact,
    notifyOnAnswer,
    respondent: { ageGroup: ageGroup ?? null, gender: gender ?? null, education: education ?? null, occupation: occupation ?? null },
    lowScoreReasons,
    spam: Boolean(input.honeypot?.trim()),
  };
}

const unknownService = () =>
  new BadInputError({ id: 'Layanan tidak ditemukan.', en: 'Unknown service.' }, [
    { field: 'serviceId', message: { id: 'Layanan tidak ditemukan.', en: 'Unknown service.' } },
  ]);

/** The per-address limits of new ratings (SUARA_SUBMIT_RATE_LIMIT and the hard ceiling above it). */
export interface SubmitLimits {
  /** Ratings per address per window without a proof of work; 0 turns every limit off. */
  soft: number;
  /** Ratings per address per window with a solved proof of work for each one past `soft`. */
  hard: number;
  windowSeconds: number;
}

/** The registered kiosk that sends a rating (X-Kiosk-Token, modules/kiosks), as a submission needs it. */
export interface SubmittingKiosk {
  id: string;
  /** The services it may rate: its unit's and those of the units below it. */
  serviceIds: ReadonlySet<string>;
  /** Ratings per hour answered (SUARA_KIOSK_RATE_LIMIT); 0: no limit. */
  limit: number;
}

export interface SubmissionContext {
  /** Set when a registered kiosk sends the rating: channel KIOSK, its own limit, no proof of work. */
  kiosk?: SubmittingKiosk | null;
  clientIp: string;
  userAgent: string;
  hashSalt: string;
  proofOfWorkKey: string;
  /** The caller's language (Accept-Language): the language of the answer notice, if one is asked for. */
  lang: 'id' | 'en';
  limits: SubmitLimits;
  /** Stores ratings that arrive together in one statement (submission.batcher.ts). */
  batcher: SubmissionBatcher;
}

/**
 * The process's batcher of ratings: `execute` runs one statement on a pooled connection of its own
 * (outside any request's transaction).
 * - A receipt code drawn twice (one chance in 2^50) fails the whole statement, which stored nothing:
 *   the batch draws new codes and goes again.
 * - Any other failure of a batch of several, unless the database is unreachable, is retried rating by
 *   rating, so that one rating the database refuses never costs the others theirs.
 */
export function createRatingBatcher(execute: (q: SqlQuery) => Promise<RatingOutcome[]>, limits: SubmitLimits): SubmissionBatcher {
  const statementLimits = { ...limits, proofOfWorkMemorySeconds: PROOF_OF_WORK_MEMORY_SECONDS };
  const store = async (rows: RatingRow[]): Promise<RatingOutcome[]> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const outcomes = await timeRollupWrite('rating', () => execute(ratingBatchStatement(rows, statementLimits)));
        // One statement, so committed once it answers: the ratings it stored (not replays nor refusals).
        const kiosk = outcomes.filter((o, i) => o.id && rows[i]!.kioskId).length;
        countRatings('kiosk', kiosk);
        countRatings('web', outcomes.filter((o) => o.id).length - kiosk);
        return outcomes;
      } catch (error) {
        if (attempt >= 2 || !isUniqueViolation(error, 'feedback_receipt_code_unique')) throw error;
        for (const row of rows) row.receiptCode = newReceiptCode();
      }
    }
  };
  return new SubmissionBatcher(async (rows) => {
    try {
      return await store(rows);
    } catch (error) {
      if (rows.length === 1 || isDatabaseUnavailable(error)) throw error;
      const alone: Array<RatingOutcome | RowFailure> = [];
      for (const row of rows) alone.push(await store([row]).then((outcomes) => outcomes[0]!, (failure: unknown) => new RowFailure(failure)));
      return alone;
    }
  });
}

/** Stored rows and the refusals a rating can meet, from the statement's one result row. */
async function settle(em: () => EntityManager, valid: ValidSubmission, outcome: RatingOutcome, ctx: SubmissionContext, powKey: string | null): Promise<SubmitFeedbackPayload | null> {
  if (!outcome.service_found) throw unknownService();
  if (outcome.prior_id) {
    return replayOf(
      {
        id: outcome.prior_id,
        service_id: outcome.prior_service_id!,
        receipt_code: outcome.prior_receipt_code!,
        submitted_at: outcome.prior_submitted_at!,
        channel: outcome.prior_channel ?? FeedbackChannel.WEB,
      },
      valid.serviceId,
    );
  }
  if (outcome.id) return null; // stored: the caller has the receipt code it drew
  // Not stored by this statement: a copy with the same key may have won the race (copies queue on
  // the key's index, the counter row and the proof's record, and the first takes them), and then its
  // receipt is this one's too, whatever the limit or the used proof says now.
  const winner = await findByKey(em(), valid.idempotencyKey);
  if (winner) return replayOf(winner, valid.serviceId);
  // Revoked between its token's check and its statement: as if the token had been refused.
  if (outcome.kiosk_ok === false) throw kioskTokenRefused();
  if (ctx.kiosk) {
    if (ctx.kiosk.limit > 0 && !outcome.counted) throw overKioskLimit(ctx.kiosk.limit, valid.answeredAt);
    throw new Error('a kiosk rating was neither stored nor refused');
  }
  if (outcome.pow_required && !outcome.pow_accepted) {
    if (powKey) throw proofOfWorkReused();
    await checkProofOfWork(null, ctx.proofOfWorkKey); // throws the "solve the check first" problem
  }
  // The address's point was not taken: over its limit.
  if (ctx.limits.soft > 0 && !outcome.counted) {
    const wait = outcome.wait ?? ctx.limits.windowSeconds;
    if ((outcome.points_before ?? 0) >= ctx.limits.hard) throw overHardLimit(wait);
    throw await overSoftLimit(wait, ctx.proofOfWorkKey, powKey !== null);
  }
  throw new Error('a rating was neither stored nor refused');
}

/**
 * Over the address's hourly limit: many citizens share one address (an office or puskesmas Wi-Fi, a
 * mobile carrier), so this is not their fault and they are told so. A solved proof of work is
 * accepted instead of waiting: the challenge travels with the refusal.
 */
async function overSoftLimit(wait: number, powSecret: string, reusedProof: boolean): Promise<RateLimitedError> {
  const challenge = JSON.stringify(await createProofOfWorkChallenge(powSecret));
  const w = waitText(wait);
  return new RateLimitedError(
    wait,
    {
      id:
        `Banyak penilaian sudah dikirim dari jaringan yang sama dengan Anda dalam satu jam terakhir (misalnya Wi-Fi kantor atau operator seluler). Ini bukan kesalahan Anda. ` +
        `Penilaian Anda diterima setelah verifikasi anti-spam otomatis${reusedProof ? ' yang baru' : ''}, atau kirim lagi dalam ${w.id}.`,
      en:
        `Many ratings have been sent from the same network as yours in the last hour (an office Wi-Fi or a mobile carrier, for example). This is not your fault. ` +
        `Your rating is accepted after ${reusedProof ? 'a new' : 'an'} automatic anti-spam check, or send it again in ${w.en}.`,
    },
    { proofOfWorkChallenge: challenge },
  );
}

/** The hour (epoch hours) a kiosk's rating counts in: the hour it was answered (issue 12). */
export function kioskHour(answeredAt: Date | null, now = Date.now()): number {
  return Math.floor((answeredAt?.getTime() ?? now) / 3600_000);
}

/**
 * Over the kiosk's limit for the hour the rating was answered in: no counter serves that many citizens,
 * so its token may be in the wrong hands. While the hour lasts the kiosk waits; a full past hour stays
 * full, so that rating is refused for good (it stays on the tablet, for the CSV export).
 */
function overKioskLimit(limit: number, answeredAt: Date | null): DomainError {
  const now = Date.now();
  const hourEnds = (kioskHour(answeredAt, now) + 1) * 3600_000;
  if (hourEnds > now) {
    const wait = Math.max(1, Math.ceil((hourEnds - now) / 1000));
    const w = waitText(wait);
    return new RateLimitedError(wait, {
      id: `Kios ini sudah mengirim ${limit} penilaian dalam jam ini, batas per kios. Penilaian disimpan di tablet dan dikirim lagi dalam ${w.id}.`,
      en: `This kiosk has sent ${limit} ratings this hour, the per-kiosk limit. The rating stays on the tablet and is sent again in ${w.en}.`,
    });
  }
  const message = {
    id: `Kios ini sudah mengirim ${limit} penilaian yang dijawab pada jam itu, batas per kios; penilaian ini tidak dapat dikirim. Unduh sebagai CSV di menu petugas kios.`,
    en: `This kiosk has already sent ${limit} ratings answered in that hour, the per-kiosk limit; this rating cannot be sent. Export it as CSV from the kiosk’s staff menu.`,
  };
  return new BadInputError(message, [{ field: 'answeredAt', message }]);
}

/** Over the hard ceiling: even solved checks are not accepted any more from this address for now. */
function overHardLimit(wait: number): RateLimitedError {
  const w = waitText(wait);
  return new RateLimitedError(wait, {
    id: `Terlalu banyak penilaian dari jaringan yang sama dengan Anda dalam satu jam terakhir. Ini bukan kesalahan Anda; kirim lagi dalam ${w.id}.`,
    en: `Too many ratings from the same network as yours in the last hour. This is not your fault; send it again in ${w.en}.`,
  });
}

/**
 * Stores one SKM response with its rollup and its point against the address's limit, in one
 * statement with the ratings that arrive at the same time (submission.statement.ts). The idempotency
 * key makes a double click, a resubmitted form or a retried request store exactly one row, also when
 * many copies arrive at once. Returns the receipt and the ids whose cached reads it changed.
 */
export async function submitFeedback(
  em: () => EntityManager,
  input: SubmitFeedbackInput,
  ctx: SubmissionContext,
): Promise<{ payload: SubmitFeedbackPayload; touched: string[] }> {
  const kiosk = ctx.kiosk ?? null;
  const valid = validateSubmission(input, kiosk);
  // Checked before any SQL: the cryptography needs no database, and a forged solution costs nothing.
  // A registered kiosk never needs one, so what it sends is not even read.
  const powKey = input.proofOfWork && !kiosk ? `pow:${await checkProofOfWork(input.proofOfWork, ctx.proofOfWorkKey)}` : null;
  const clientHash = hashSignal(ctx.hashSalt, `ip:${ctx.clientIp}`);
  const hour = kioskHour(valid.answeredAt);
  const row: RatingRow = {
    serviceId: valid.serviceId,
    idempotencyKey: valid.idempotencyKey,
    receiptCode: newReceiptCode(),
    scores: valid.scores,
    comment: valid.comment,
    moderationStatus: valid.spam ? ModerationStatus.SPAM : valid.comment ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED,
    spam: valid.spam,
    ...valid.respondent,
    contact: valid.contact,
    notifyLanguage: valid.notifyOnAnswer ? ctx.lang : null,
    channel: kiosk ? FeedbackChannel.KIOSK : FeedbackChannel.WEB,
    clientHash,
    deviceHash: kiosk ? hashSignal(ctx.hashSalt, `kiosk:${kiosk.id}`) : ctx.userAgent ? hashSignal(ctx.hashSalt, `ua:${ctx.userAgent}`) : null,
    // A kiosk counts against its own counter of the hour the rating was answered in, never the
    // office's address (DESIGN.md, "How responses are collected"); that counter must outlive every
    // rating that can still arrive for its hour: 7 days of queue after the hour's end.
    limitKey: kiosk
      ? kiosk.limit > 0
        ? `submit:kiosk:${kiosk.id}:${hour}`
        : null
      : ctx.limits.soft > 0
        ? `submit:client:${hashSignal(ctx.hashSalt, `net:${addressBucket(ctx.clientIp)}`)}`
        : null,
    limitCap: kiosk ? kiosk.limit : null,
    limitExpire: kiosk ? new Date((hour + 1) * 3600_000 + ANSWERED_AT_MAX_AGE_MS + ANSWERED_AT_SKEW_MS) : null,
    kioskId: kiosk?.id ?? null,
    answeredAt: valid.answeredAt,
    powKey,
    lowScoreReasons: valid.lowScoreReasons,
  };
  const outcome = await ctx.batcher.submit(row);
  // The request's EntityManager only for the rare second read (a twin's receipt).
  const replayed = await settle(em, valid, outcome, ctx, powKey);
  if (replayed) return { payload: replayed, touched: [] };
  return {
    payload: {
      receiptCode: formatReceiptCode(row.receiptCode),
      feedback: { id: outcome.id!, submittedAt: new Date(outcome.submitted_at!), channel: kiosk ? SubmissionChannel.KIOSK : SubmissionChannel.WEB },
    },
    // What reads of this rating's service, unit and region must no longer reuse.
    touched: [valid.serviceId.toLowerCase(), outcome.unit_id!, outcome.region_id!],
  };
}

interface StoredKey {
  id: string;
  service_id: string;
  receipt_code: string;
  submitted_at: Date | string;
  channel: string;
}

async function findByKey(em: EntityManager, key: string): Promise<StoredKey | undefined> {
  const rows = await em.execute<StoredKey[]>('select id, service_id, receipt_code, submitted_at, channel from feedback where idempotency_key = ?', [key]);
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
    feedback: { id: stored.id, submittedAt: new Date(stored.submitted_at), channel: stored.channel === FeedbackChannel.KIOSK ? SubmissionChannel.KIOSK : SubmissionChannel.WEB },
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof UniqueConstraintViolationException && error.message.includes(constraint);
}
