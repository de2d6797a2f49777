/**
 * A pairing code as staff read it out or a tablet's camera hands it over: 8 characters of Crockford
 * base32 shown as `XXXX-XXXX` (the API's format, CONTRACT.md "Counter kiosks"). People type it in
 * lower case, with spaces or without the dash, and Crockford's alphabet reads O as 0 and I/L as 1,
 * so those are forgiven here before the API judges the code itself.
 */
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** `k7m2 xw9p` → `K7M2-XW9P`; null when it cannot be a code at all (the form says so without asking the API). */
export function normalizePairingCode(input: string): string | null {
  if (input.length > 64 || input.includes('\u0000')) return null;
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!CROCKFORD.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** The form field's name (`/kiosk` and `/kiosk/pasang`), and the QR code's query parameter. */
export const CODE_FIELD = 'kode';
