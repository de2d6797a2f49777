/**
 * A pairing code as staff read it out or a tablet's camera hands it over: 8 symbols of the receipt
 * alphabet (no 0/O, 1/I, which people confuse), shown as `XXXX-XXXX` (the API's format,
 * api/src/modules/kiosks/kiosk.service.ts). People type it in lower case, with spaces or without the
 * dash: that is forgiven here, and a text that cannot be a code is said so without asking the API
 * (where every wrong code counts against the network's few attempts).
 */
const PAIRING_CODE = /^[2-9A-HJ-NP-Z]{8}$/;

/** `k7m2 xw9p` → `K7M2-XW9P`; null when it cannot be a code at all. */
export function normalizePairingCode(input: string): string | null {
  if (input.length > 64 || input.includes('\u0000')) return null;
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  if (!PAIRING_CODE.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** The form field's name (`/kiosk` and `/kiosk/pasang`), and the QR code's query parameter. */
export const CODE_FIELD = 'kode';
