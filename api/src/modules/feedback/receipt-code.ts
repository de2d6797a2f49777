import { randomInt } from 'node:crypto';

/**
 * Receipt codes a citizen can read aloud over the phone: 10 symbols from an alphabet without the
 * look-alikes 0/O and 1/I, shown as two groups of five (`K7M2Q-XW9PD`). 32 symbols × 10 places =
 * 50 bits: unguessable at any rate our limits allow (issue: ≥ 40 bits).
 */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const RECEIPT_LENGTH = 10;

/** A fresh code, stored without the dash. `pick` defaults to the cryptographic generator. */
export function newReceiptCode(pick: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < RECEIPT_LENGTH; i++) code += RECEIPT_ALPHABET[pick(RECEIPT_ALPHABET.length)];
  return code;
}

/** `K7M2QXW9PD` → `K7M2Q-XW9PD`. */
export function formatReceiptCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person typed (any case, dashes or spaces) → the stored form, or null if it cannot be a code. */
export function normalizeReceiptCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== RECEIPT_LENGTH) return null;
  for (const c of code) if (!RECEIPT_ALPHABET.includes(c)) return null;
  return code;
}
