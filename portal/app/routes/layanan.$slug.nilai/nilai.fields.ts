import { MIN_SCORE, SKM_ELEMENTS, isSkmElement, type SkmElement } from '@suara/skm';
import type { RatingField } from './nilai.problems';

/**
 * The rating form's fields, limits and element ids: what the page needs to render and read the form.
 * The checks themselves (nilai.schema.ts, zod) load only once the citizen starts answering, as they
 * weigh as much as the rest of the page's own code (decision record 0043).
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

/** The API's rule for idempotency keys (8–64 visible characters); the loader makes them, so only a tampered or truncated form breaks it. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,64}$/;

export const isIdempotencyKey = (value: string | null | undefined): value is string => typeof value === 'string' && IDEMPOTENCY_KEY.test(value);
