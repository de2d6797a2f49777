import { GRADE_LABEL, type Grade } from '@suara/skm';
import { LOCALES, type MessageKey, type Translator } from '../i18n';

const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** Rupiah as Indonesians read it on any page language: `Rp 15.000` (the space is a no-break space). */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** The service standard's fee: 0 is free, which is what most citizens want to know first. */
export function feeText(t: Translator, feeRupiah: number): string {
  return feeRupiah === 0 ? t('service.fee.free') : formatRupiah(feeRupiah);
}

/** The promised completion time in working days; 0 means the citizen leaves with the result. */
export function promisedTimeText(t: Translator, promisedDays: number): string {
  return promisedDays === 0 ? t('service.days.zero') : t.plural('service.days', promisedDays);
}

/**
 * The published requirements as a list. Service standards are written as one sentence of items
 * separated by semicolons (or one item per line); a list reads better on a phone.
 */
export function requirementItems(requirements: string): string[] {
  return requirements
    .split(/[;\n]+/)
    .map((item) => item.trim().replace(/\.$/, '').trim())
    .filter(Boolean);
}

/** A unit with its usual abbreviation, e.g. "Dinas Sosial (Dinsos)". */
export function unitLabel(unit: { name: string; abbreviation?: string | null }): string {
  return unit.abbreviation && unit.abbreviation !== unit.name ? `${unit.name} (${unit.abbreviation})` : unit.name;
}

/** The category's name; a code the portal does not know yet is shown as the API sends it. */
export function categoryLabel(t: Translator, category: string): string {
  const key = `category.${category}`;
  return t.has(key) ? t(key as Extract<MessageKey, `category.${string}`>) : category;
}

export function channelLabel(t: Translator, channel: 'OFFLINE' | 'ONLINE' | 'HYBRID'): string {
  return t(`service.channel.${channel}`);
}

/**
 * A score with a fixed number of decimals, the way the page's language writes it: `76,94` in
 * Indonesian, `76.94` in English. The API rounds the IKM; element averages come at full precision
 * and are rounded here, for display only (CONTRACT.md).
 */
export function formatDecimal(t: Translator, value: number, digits = 2): string {
  return memo(`decimal|${t.lang}|${digits}`, () => new Intl.NumberFormat(LOCALES[t.lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
}

const longDate = (t: Translator, timeZone: string) =>
  memo(`date|${t.lang}|${timeZone}`, () => new Intl.DateTimeFormat(LOCALES[t.lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone }));

/**
 * Intl formatters, built once per language and zone: building one costs far more than using it
 * (a DateTimeFormat per comment date was most of a service page's rendering time).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

/** A calendar day `YYYY-MM-DD` in words: `24 November 2025`. It is already a day in the region's zone. */
export function formatDay(t: Translator, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return longDate(t, 'UTC').format(new Date(Date.UTC(year, month - 1, date)));
}

/** The day an instant fell on in the region (a comment sent at 23:30 UTC is the next day in Mataram). */
export function formatDateIn(t: Translator, instant: string, timeZone: string): string {
  return longDate(t, timeZone).format(new Date(instant));
}

/** The grade letter with its official name: `B — Baik`. */
export function gradeText(t: Translator, grade: Grade): string {
  return t('satisfaction.gradeValue', { grade, label: GRADE_LABEL[t.lang][grade] });
}

/** How long to wait before trying again, in words a person plans with: seconds under a minute, else whole minutes (rounded up). */
export function waitText(t: Translator, seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? t.plural('rating.wait.seconds', whole) : t.plural('rating.wait.minutes', Math.ceil(whole / 60));
}

/** Longer than any receipt code written with spaces or dashes: beyond it there is nothing worth asking the API. */
export const RECEIPT_CODE_INPUT_MAX = 40;

/**
 * A receipt code as typed (any case, spaces or dashes) in the form the addresses use, `K7M2Q-XW9PD`.
 * Anything that is not ten symbols is passed on cleaned but otherwise as typed: the API alone decides
 * what a valid code is, and says why one is not.
 */
export function receiptCodeForAddress(input: string): string {
  // By characters, not UTF-16 units: a hyphen between the halves of an emoji would make an address
  // encodeURIComponent refuses.
  const cleaned = [...input.toUpperCase().replace(/[\s-]+/g, '')];
  return cleaned.length === 10 ? `${cleaned.slice(0, 5).join('')}-${cleaned.slice(5).join('')}` : cleaned.join('');
}
