import type { Translator } from '../i18n';

/** 0.3333 → "33,3 %" (one decimal); null → "—". */
export function percent(t: Translator, value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${t.number(Math.round(value * 1000) / 10)} %`;
}

/** Median days → "12 hari"; null → "—". */
export function days(t: Translator, value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : t('followUp.days', { days: t.number(value) });
}
