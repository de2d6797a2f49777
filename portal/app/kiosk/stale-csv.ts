import { SKM_ELEMENTS } from '@suara/skm';
import type { QueuedRating } from './rating';

/**
 * Ratings the tablet could never send, as the CSV that `pnpm suara import skm` and HR's import page
 * read as paper questionnaires (api/src/modules/competency/import.service.ts, `importSkm`; the
 * example at /staf/sdm/impor/contoh): `layanan` (the service's slug), `tanggal` (the day answered in
 * the region's time zone), `u1`…`u9`, `no_kuesioner` and the optional profile and comment. The
 * questionnaire number is the rating's idempotency key, so importing the file twice stores each
 * rating once. Plain RFC 4180 with commas, as the importer's example; cells are quoted, never
 * altered (no apostrophe before `=`: the file is for the importer, which would keep it as typed).
 */
export const STALE_CSV_HEADER = ['layanan', 'tanggal', ...SKM_ELEMENTS.map((_, i) => `u${i + 1}`), 'komentar', 'umur', 'jenis_kelamin', 'pendidikan', 'pekerjaan', 'no_kuesioner'];

/** Prefix of the questionnaire number, so HR can tell a kiosk's ratings from typed-in paper. */
export const KIOSK_REF_PREFIX = 'kios-';

const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** YYYY-MM-DD of an instant in a time zone. */
export function dayIn(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function staleCsv(ratings: readonly QueuedRating[]): string {
  const rows = ratings.map((r) => [
    r.serviceSlug,
    dayIn(r.answeredAt, r.timeZone),
    ...r.scores,
    r.comment ?? '',
    r.respondent?.ageGroup ?? '',
    r.respondent?.gender ?? '',
    r.respondent?.education ?? '',
    r.respondent?.occupation ?? '',
    `${KIOSK_REF_PREFIX}${r.idempotencyKey}`,
  ]);
  return `${[STALE_CSV_HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
