/**
 * Whether a citizen's free-text contact looks like an e-mail address: one `@`, something before it,
 * a dotted domain after it, no spaces. Deliberately loose (RFC 5321 allows far more); the question is
 * only whether a mail is worth trying, not whether the address exists.
 */
export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/.test(value);
}
