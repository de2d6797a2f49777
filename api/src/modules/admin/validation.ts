import { BadInputError, type FieldProblem, type LocalizedText } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';

/**
 * Collects every problem of one admin form, so the admin sees them all beside their fields at once,
 * and nothing is written while any remains.
 */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: LocalizedText): void {
    this.list.push({ field, message });
  }

  /** Trimmed text between `min` and `max` characters; `undefined`/`null` stays so (not given). */
  text(field: string, value: string | null | undefined, bounds: { min: number; max: number }, label: LocalizedText): string | undefined {
    if (value === undefined || value === null) return undefined;
    const trimmed = value.trim();
    const length = [...trimmed].length;
    if (length < bounds.min || length > bounds.max) {
      this.add(
        field,
        bounds.min > 0 && length === 0
          ? { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` }
          : { id: `${label.id} harus ${bounds.min}–${bounds.max} karakter.`, en: `${label.en} must be ${bounds.min}–${bounds.max} characters long.` },
      );
    }
    return trimmed;
  }

  integer(field: string, value: number | null | undefined, bounds: { min: number; max: number }, label: LocalizedText): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
      this.add(field, { id: `${label.id} harus antara ${bounds.min} dan ${bounds.max}.`, en: `${label.en} must be between ${bounds.min} and ${bounds.max}.` });
    }
  }

  /** A UUID, or a problem (an id we never issued cannot name a row). */
  id(field: string, value: string | null | undefined): string | null {
    if (value === undefined || value === null) return null;
    if (!isUuid(value)) {
      this.add(field, { id: 'Pengenal tidak dikenali.', en: 'Unknown id.' });
      return null;
    }
    return value.toLowerCase();
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const first = this.list[0]!.message;
    throw new BadInputError(
      this.list.length === 1 ? first : { id: `Ada ${this.list.length} isian yang perlu diperbaiki.`, en: `${this.list.length} fields need fixing.` },
      this.list,
    );
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A sign-in email: trimmed, lower-cased, at most 254 characters. */
export function checkEmail(problems: Problems, field: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    problems.add(field, { id: 'Tulis alamat email yang lengkap, mis. nama@mataramkota.go.id.', en: 'Write a complete email address, e.g. name@mataramkota.go.id.' });
  }
  return email;
}

/** `Dinas Kesehatan (Kota)` → `dinas-kesehatan-kota`: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, max: number): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
