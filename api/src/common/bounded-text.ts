import { BadInputError, type LocalizedText } from './errors.js';

/** Longest official answer or forum post, as the tables' checks allow (code points). */
export const ANSWER_MAX = 4000;

/**
 * `value` trimmed, when it holds `min`–`max` characters (code points, as PostgreSQL's char_length
 * counts them); otherwise BAD_USER_INPUT naming the field. Checked before anything is written.
 */
export function boundedText(value: string | null | undefined, field: string, min: number, max: number, what: LocalizedText): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < min || length > max) {
    const message = { id: `${what.id} harus ${min}–${max} karakter.`, en: `${what.en} must be ${min}–${max} characters.` };
    throw new BadInputError(message, [{ field, message }]);
  }
  return text;
}
