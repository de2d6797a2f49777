/**
 * The audit log's before/after snapshots as a person reads them: only the fields that changed,
 * each as old → new (a creation: → new; nothing before). Values become short text.
 */
export interface Change {
  field: string;
  /** null: the field did not exist before (a creation) or after. */
  before: string | null;
  after: string | null;
}

/** Longer values (a service's requirements) are cut, the full text stays in the database. */
export const VALUE_MAX = 160;

export function valueText(value: unknown, words: { empty: string; yes: string; no: string }): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  const chars = [...text];
  return chars.length > VALUE_MAX ? `${chars.slice(0, VALUE_MAX).join('')}…` : text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changesOf(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  words: { empty: string; yes: string; no: string },
): Change[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((k) => !before || !after || !same(before[k], after[k]))
    .map((k) => ({
      field: k,
      before: before ? valueText(before[k], words) : null,
      after: after ? valueText(after[k], words) : null,
    }));
}
