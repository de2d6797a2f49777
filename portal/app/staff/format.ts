import { LOCALES, type Translator } from '../i18n';

/**
 * How long ago, in words ("3 hari yang lalu", "2 hours ago"), against a `now` the loader fixed, so
 * that the server's HTML and the browser's hydration say the same.
 */
export function ageText(t: Translator, instant: string, now: number): string {
  const seconds = Math.round((Date.parse(instant) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(LOCALES[t.lang], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** A date and time for staff (the log, due dates), in the reader's language; Asia/Makassar unless told. */
export function dateTimeText(t: Translator, instant: string, timeZone = 'Asia/Makassar'): string {
  return new Intl.DateTimeFormat(LOCALES[t.lang], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
}

export function dateText(t: Translator, instant: string, timeZone = 'Asia/Makassar'): string {
  return new Intl.DateTimeFormat(LOCALES[t.lang], { dateStyle: 'long', timeZone }).format(new Date(instant));
}
