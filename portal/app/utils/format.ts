import { isMessageKey, type MessageKey, type Translator } from '../i18n';

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
  return isMessageKey(key) ? t(key as Extract<MessageKey, `category.${string}`>) : category;
}

export function channelLabel(t: Translator, channel: 'OFFLINE' | 'ONLINE' | 'HYBRID'): string {
  return t(`service.channel.${channel}`);
}
