import { AssessmentMethod, EmploymentType } from '../../common/enums.js';
import type { LocalizedText } from '../../common/errors.js';
import { storableText } from '../../common/text.js';

/**
 * The rules an employee or an assessment must meet, whichever way it comes in: the CSV import
 * (import.service.ts) and HR's forms (people.service.ts) ask the same questions and give the same
 * answers. Each check returns the problem's words, or null.
 */

export const NAME_MAX = 200;
export const ASSESSOR_MAX = 200;
/** Assessments older than this are not believable records of a living service. */
export const EARLIEST_ASSESSMENT = '1980-01-01';

/** A name: 1–200 characters, one line of text. */
export function nameProblem(name: string): LocalizedText | null {
  const ok = name.length > 0 && [...name].length <= NAME_MAX && storableText(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20);
  return ok ? null : { id: 'Nama wajib diisi, paling banyak 200 karakter.', en: 'A name is required, at most 200 characters.' };
}

export function employmentTypeProblem(type: string): LocalizedText | null {
  return (Object.values(EmploymentType) as string[]).includes(type) ? null : { id: 'Jenis pegawai harus PNS atau PPPK.', en: 'The employment type must be PNS or PPPK.' };
}

/** An assessed (or required) level: a whole number 1–5. */
export function levelProblem(level: unknown): LocalizedText | null {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5 ? null : { id: 'Level harus 1 sampai 5.', en: 'The level must be 1 to 5.' };
}

/** The day of an assessment: a real `YYYY-MM-DD`, not before 1980, not after `today` (the region's own day). */
export function assessmentDayProblem(day: string, today: string): LocalizedText | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  return valid && day <= today && day >= EARLIEST_ASSESSMENT ? null : { id: 'Tanggal harus YYYY-MM-DD yang ada dan tidak di masa depan.', en: 'The date must be a real YYYY-MM-DD, not in the future.' };
}

export function methodProblem(method: string): LocalizedText | null {
  const all = Object.values(AssessmentMethod) as string[];
  return all.includes(method) ? null : { id: `Metode harus salah satu dari ${all.join(', ')}.`, en: `The method must be one of ${all.join(', ')}.` };
}

/** Who assessed: optional, up to 200 characters of one line. */
export function assessorProblem(assessor: string): LocalizedText | null {
  const ok = [...assessor].length <= ASSESSOR_MAX && storableText(assessor) && ![...assessor].some((c) => c.charCodeAt(0) < 0x20);
  return ok ? null : { id: 'Penilai paling banyak 200 karakter, satu baris.', en: 'The assessor must be at most 200 characters, on one line.' };
}
