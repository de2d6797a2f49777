import { ELEMENT_TEXT, type Granularity, type SkmElement } from '@suara/skm';
import { LOCALES, type Translator } from '../i18n';
import { formatDay, formatDecimal } from '../utils/format';

/** Texts of the dashboard that depend on the language's way of writing dates and numbers. */

const utcDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(t: Translator, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${t.lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(LOCALES[t.lang], { ...options, timeZone: 'UTC' })));
  return format;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** A trend bucket in words for a table: `Desember 2025`, `Triwulan I 2026`, `Minggu 1–7 Des 2025`. */
export function bucketLabel(t: Translator, start: string, granularity: Granularity, end?: string): string {
  const date = utcDay(start);
  if (granularity === 'MONTH') return dateFormat(t, { month: 'long', year: 'numeric' }).format(date);
  if (granularity === 'QUARTER') return t('mayor.bucket.quarter', { n: ROMAN[Math.floor(date.getUTCMonth() / 3)]!, year: String(date.getUTCFullYear()) });
  const last = utcDay(end ?? start);
  return t('mayor.bucket.week', { range: dateFormat(t, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(date, last) });
}

/** A trend bucket on a chart's axis, short: `Des 25`, `T1 26`, `1 Des`. */
export function bucketShortLabel(t: Translator, start: string, granularity: Granularity): string {
  const date = utcDay(start);
  if (granularity === 'MONTH') return dateFormat(t, { month: 'short', year: '2-digit' }).format(date);
  if (granularity === 'QUARTER') return t('mayor.bucket.quarterShort', { n: String(Math.floor(date.getUTCMonth() / 3) + 1), year: String(date.getUTCFullYear()).slice(2) });
  return dateFormat(t, { day: 'numeric', month: 'short' }).format(date);
}

/** A short day for tight places: `1 Des 2025`. */
export function shortDay(t: Translator, day: string): string {
  return dateFormat(t, { day: 'numeric', month: 'short', year: 'numeric' }).format(utcDay(day));
}

export { formatDay };

/** A change in points with its direction in words and a triangle, never colour alone: `▲ naik 2,31`. */
export function changeText(t: Translator, change: number | null | undefined, digits = 2): string {
  if (change === null || change === undefined) return t('mayor.change.none');
  const rounded = Math.round(change * 10 ** digits) / 10 ** digits;
  if (rounded === 0) return t('mayor.change.same');
  return t(rounded > 0 ? 'mayor.change.up' : 'mayor.change.down', { value: formatDecimal(t, Math.abs(rounded), digits) });
}

/** A signed number for a sentence: `+2,31`, `−5,10` (a real minus sign). */
export function signed(t: Translator, value: number, digits = 2): string {
  const text = formatDecimal(t, Math.abs(value), digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function elementName(t: Translator, element: SkmElement): string {
  return ELEMENT_TEXT[t.lang][element].name;
}

export function granularityWord(t: Translator, granularity: Granularity): string {
  return t(`mayor.granularity.${granularity}`).toLowerCase();
}
