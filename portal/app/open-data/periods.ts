import type { Translator } from '../i18n';
import { formatDay } from '../utils/format';

/** A survey period as the open data names it: `2026-S1`, `2026-Q3`, `2026` (packages/skm/src/periods.ts). */
export interface PeriodLike {
  key: string;
  kind: 'QUARTER' | 'SEMESTER' | 'YEAR';
  from: string;
  to: string;
  state: 'PUBLISHED' | 'RUNNING' | 'NOT_PUBLISHED';
}

/** The `?periode=` value a form may send: a period key, nothing else (the API checks it again). */
export const PERIOD_KEY = /^\d{4}(?:-[QS][1-4])?$/;

/** "Semester 1 2026", "Triwulan 3 2026", "Tahun 2026". */
export function periodName(t: Translator, period: Pick<PeriodLike, 'key' | 'kind'>): string {
  const [year = '', part = ''] = period.key.split('-');
  const n = part.slice(1);
  if (period.kind === 'YEAR' || !part) return t('openData.period.name.YEAR', { year });
  return period.kind === 'QUARTER' ? t('openData.period.name.QUARTER', { n, year }) : t('openData.period.name.SEMESTER', { n, year });
}

/** "Semester 1 2026 (1 Januari 2026 – 30 Juni 2026)", marked when it is running. */
export function periodOption(t: Translator, period: PeriodLike): string {
  const params = { name: periodName(t, period), from: formatDay(t, period.from), to: formatDay(t, period.to) };
  return period.state === 'RUNNING' ? t('openData.period.optionRunning', params) : t('openData.period.option', params);
}

/** A file name without anything a header or a file system would trip on. */
export function openDataFileName(regionSlug: string, periodKey: string, comma: boolean): string {
  return `data-terbuka-${regionSlug.replace(/[^a-z0-9-]/g, '')}-${periodKey.replace(/[^0-9A-Za-z-]/g, '')}${comma ? '-koma' : ''}.csv`;
}
