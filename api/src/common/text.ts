/**
 * Text PostgreSQL can store and every client can show: no NUL (PostgreSQL refuses it in text) and
 * no half of a surrogate pair (not Unicode; it would turn into garbage on the way out).
 */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function storableText(text: string): boolean {
  return !text.includes('\u0000') && !HALF_PAIR.test(text);
}

const EXCERPT_MAX = 40;

/**
 * A short, printable excerpt of something a client sent, for an error message that names it: never
 * the whole input back (a megabyte of it would be echoed), never a control character.
 */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  // At most `max` code points, each at most two UTF-16 units: look no further than that.
  const head = [...text.slice(0, max * 2 + 1)].slice(0, max + 1);
  const cleaned = head.map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return ' ';
    return code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : c;
  });
  return cleaned.length > max ? `${cleaned.slice(0, max).join('')}…` : cleaned.join('');
}

/** Where `value` is, or would be, in a sorted list (binary search): the first entry not before it. */
export function firstNotBefore(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
