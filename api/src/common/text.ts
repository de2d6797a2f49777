/**
 * Text PostgreSQL can store and every client can show: no NUL (PostgreSQL refuses it in text) and
 * no half of a surrogate pair (not Unicode; it would turn into garbage on the way out).
 */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function storableText(text: string): boolean {
  return !text.includes('\u0000') && !HALF_PAIR.test(text);
}
