import { z } from 'zod/mini';

/**
 * The rules of the staff page "Kios layanan" (/staf/kios) that need no server: the register form's
 * schema (run in the action; the API checks again), a kiosk's state in words, the pairing address
 * the QR code carries, and which existing kiosk a registration would repeat.
 */

export const KIOSK_FIELD = { unit: 'unit', label: 'nama' } as const;
export type KioskField = keyof typeof KIOSK_FIELD;

/** Long enough for "Loket 3 Pengaduan Disdukcapil Lantai 2", short enough to fit a row on a phone. */
export const LABEL_MAX = 80;
const LABEL_MIN = 2;
const ID_MAX = 100;

const chars = (s: string) => [...s].length;
// NUL and other control characters: never part of a name, and PostgreSQL refuses NUL in text outright.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export const registerKioskSchema = z.object({
  unit: z.string().check(z.trim(), z.refine((s) => s.length > 0 && s.length <= ID_MAX && !CONTROL.test(s), { error: 'kiosk.staff.error.unit' })),
  label: z.string().check(
    z.trim(),
    z.refine((s) => chars(s) >= LABEL_MIN, { error: 'kiosk.staff.error.labelMissing' }),
    z.refine((s) => chars(s) <= LABEL_MAX, { error: 'kiosk.staff.error.labelLong' }),
    z.refine((s) => !CONTROL.test(s), { error: 'kiosk.staff.error.labelInvalid' }),
  ),
});

/** One problem per field, as message keys of the catalogue, in the form's order. */
export function validateRegisterKiosk(values: { unit: string; label: string }):
  | { ok: true; value: { unit: string; label: string } }
  | { ok: false; problems: Array<{ field: KioskField; key: string }> } {
  const parsed = registerKioskSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: { unit: parsed.data.unit, label: collapse(parsed.data.label) } };
  const problems: Array<{ field: KioskField; key: string }> = [];
  for (const field of ['unit', 'label'] as const) {
    const issue = parsed.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, key: issue.message });
  }
  return { ok: false, problems };
}

/** Runs of spaces (a tab pasted from a spreadsheet) become one: "Loket  1" and "Loket 1" are one name. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface KioskLike {
  id: string;
  label: string;
  unit: { id: string };
  registeredAt: string;
  lastSeenAt?: string | null;
  revokedAt?: string | null;
  pairingExpiresAt?: string | null;
}

/**
 * - `revoked`: its token is refused; shown greyed below the others.
 * - `waiting`: a pairing code is open until `pairingExpiresAt`; no tablet has taken it yet.
 * - `unpaired`: no tablet has made contact since the last code (the API clears the last contact when
 *   a new code cuts off the previous tablet) and no code is open: staff need a new code.
 * - `active`: paired; a tablet has used the token.
 */
export type KioskState = 'revoked' | 'waiting' | 'unpaired' | 'active';

export function kioskState(kiosk: KioskLike, now: number): KioskState {
  if (kiosk.revokedAt) return 'revoked';
  if (kiosk.pairingExpiresAt && Date.parse(kiosk.pairingExpiresAt) > now) return 'waiting';
  if (!kiosk.lastSeenAt) return 'unpaired';
  return 'active';
}

/** Active kiosks first, then revoked ones (each group in the API's order: newest first). */
export function activeFirst<K extends KioskLike>(kiosks: readonly K[]): { current: K[]; revoked: K[] } {
  return { current: kiosks.filter((k) => !k.revokedAt), revoked: kiosks.filter((k) => k.revokedAt) };
}

/**
 * A kiosk not revoked in the same unit with the same name (case and spacing aside). Registering it
 * again would leave two rows staff cannot tell apart — and it is what a reloaded or re-sent register
 * form would do, which must not make a second kiosk (its code was shown once, on the first answer).
 */
export function sameKiosk<K extends KioskLike>(kiosks: readonly K[], unitId: string, label: string): K | null {
  const key = collapse(label).toLocaleLowerCase('id');
  return kiosks.find((k) => !k.revokedAt && k.unit.id === unitId && collapse(k.label).toLocaleLowerCase('id') === key) ?? null;
}

/**
 * What the pairing QR code encodes: the kiosk page's pairing address on the portal's public origin
 * (never the request's Host), with the short code. Never the device token: the tablet exchanges the
 * code for it (pairKiosk) and keeps it on the device.
 */
export function pairingAddress(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/kiosk/pasang?kode=${encodeURIComponent(code)}`;
}

/** "14.05" / "14:05": the hour and minute in the region's time zone, for "waiting until …". */
export function clockText(locale: string, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}
