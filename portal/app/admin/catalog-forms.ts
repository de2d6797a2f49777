import { z } from 'zod/mini';
import { problemsOf, type FieldProblem } from '../staff/forms';

/**
 * The catalogue forms of the admin pages (regions, units, services): one schema per form, run in
 * the browser before sending and again in the action. Field names are the API's input names, so
 * the API's BAD_USER_INPUT field problems land beside the same fields. The API checks again and
 * has the last word (a unit's parent that would make a cycle, say).
 */

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const REGION_KINDS = ['KOTA', 'KABUPATEN'] as const;
export const UNIT_KINDS = ['DINAS', 'BADAN', 'SEKRETARIAT', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'RSUD', 'UPT'] as const;
export const CATEGORIES = ['PERIZINAN', 'KEPENDUDUKAN', 'KESEHATAN', 'PENDIDIKAN', 'INFRASTRUKTUR', 'SOSIAL', 'LINGKUNGAN', 'PERHUBUNGAN', 'ADMINISTRASI'] as const;
export const CHANNELS = ['OFFLINE', 'ONLINE', 'HYBRID'] as const;

/** The API's bounds (modules/admin/catalog-admin.service.ts). */
export const NAME_MAX = 200;
export const ABBREVIATION_MAX = 40;
export const LONG_TEXT_MAX = 5000;
export const FEE_MAX = 1_000_000_000;
export const DAYS_MAX = 365;
export const USERS_MAX = 100_000_000;

const chars = (s: string) => [...s].length;
const boundedText = (min: number, max: number, error: string) =>
  z.string().check(
    z.trim(),
    z.refine((s) => chars(s) >= min && chars(s) <= max, { error }),
  );
const wholeNumber = (max: number, error: string) =>
  z.pipe(
    z.string().check(
      z.trim(),
      z.refine((s) => /^\d{1,10}$/.test(s) && Number(s) <= max, { error }),
    ),
    z.transform((s) => Number(s)),
  );
const oneOf = <T extends readonly [string, ...string[]]>(values: T, error: string) => z.enum(values, { error });

export const regionSchema = z.object({
  name: boundedText(2, NAME_MAX, 'admin.catalog.error.name'),
  province: boundedText(2, NAME_MAX, 'admin.catalog.error.province'),
  timeZone: oneOf(TIME_ZONES, 'admin.catalog.error.timeZone'),
  kind: oneOf(REGION_KINDS, 'admin.catalog.error.kind'),
  proofOfWorkRequired: z.boolean(),
});
export type RegionField = keyof z.infer<typeof regionSchema>;
export const REGION_FIELDS: readonly RegionField[] = ['name', 'province', 'timeZone', 'kind', 'proofOfWorkRequired'];

export const unitSchema = z.object({
  name: boundedText(2, NAME_MAX, 'admin.catalog.error.name'),
  abbreviation: boundedText(0, ABBREVIATION_MAX, 'admin.catalog.error.abbreviation'),
  kind: oneOf(UNIT_KINDS, 'admin.catalog.error.kind'),
  // Empty: at the top of the region's tree.
  parentId: z.pipe(
    z.string().check(z.trim(), z.maxLength(100, { error: 'admin.catalog.error.parent' })),
    z.transform((s) => (s === '' ? null : s)),
  ),
});
export type UnitField = keyof z.infer<typeof unitSchema>;
export const UNIT_FIELDS: readonly UnitField[] = ['name', 'abbreviation', 'kind', 'parentId'];

export const serviceSchema = z.object({
  name: boundedText(2, NAME_MAX, 'admin.catalog.error.name'),
  category: oneOf(CATEGORIES, 'admin.catalog.error.category'),
  description: boundedText(0, LONG_TEXT_MAX, 'admin.catalog.error.description'),
  requirements: boundedText(0, LONG_TEXT_MAX, 'admin.catalog.error.requirements'),
  feeRupiah: wholeNumber(FEE_MAX, 'admin.catalog.error.fee'),
  promisedDays: wholeNumber(DAYS_MAX, 'admin.catalog.error.days'),
  channel: oneOf(CHANNELS, 'admin.catalog.error.channel'),
  expectedAnnualUsers: wholeNumber(USERS_MAX, 'admin.catalog.error.users'),
});
export type ServiceField = keyof z.infer<typeof serviceSchema>;
export const SERVICE_FIELDS: readonly ServiceField[] = ['name', 'category', 'description', 'requirements', 'feeRupiah', 'promisedDays', 'channel', 'expectedAnnualUsers'];

/** The HTML name of each field (Indonesian, as the other staff forms). */
export const FIELD_NAME = {
  name: 'nama',
  province: 'provinsi',
  timeZone: 'zona-waktu',
  kind: 'jenis',
  proofOfWorkRequired: 'bukti-kerja',
  abbreviation: 'singkatan',
  parentId: 'induk',
  category: 'kategori',
  description: 'deskripsi',
  requirements: 'persyaratan',
  feeRupiah: 'biaya',
  promisedDays: 'hari',
  channel: 'kanal',
  expectedAnnualUsers: 'pengguna',
} as const;
export type CatalogField = keyof typeof FIELD_NAME;

const text = (form: FormData, field: CatalogField) => {
  const value = form.get(FIELD_NAME[field]);
  return typeof value === 'string' ? value : '';
};

export type RegionValues = { name: string; province: string; timeZone: string; kind: string; proofOfWorkRequired: boolean };
export type UnitValues = { name: string; abbreviation: string; kind: string; parentId: string };
export type ServiceValues = Record<ServiceField, string>;

export function readRegion(form: FormData): RegionValues {
  return { name: text(form, 'name'), province: text(form, 'province'), timeZone: text(form, 'timeZone'), kind: text(form, 'kind'), proofOfWorkRequired: text(form, 'proofOfWorkRequired') === '1' };
}
export function readUnit(form: FormData): UnitValues {
  return { name: text(form, 'name'), abbreviation: text(form, 'abbreviation'), kind: text(form, 'kind'), parentId: text(form, 'parentId') };
}
export function readService(form: FormData): ServiceValues {
  return Object.fromEntries(SERVICE_FIELDS.map((f) => [f, text(form, f)])) as ServiceValues;
}

type Validated<T, F extends string> = { ok: true; value: T } | { ok: false; problems: FieldProblem<F>[] };

export function validateRegion(values: RegionValues): Validated<z.infer<typeof regionSchema>, RegionField> {
  const parsed = regionSchema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error.issues, REGION_FIELDS) };
}
export function validateUnit(values: UnitValues): Validated<z.infer<typeof unitSchema>, UnitField> {
  const parsed = unitSchema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error.issues, UNIT_FIELDS) };
}
export function validateService(values: ServiceValues): Validated<z.infer<typeof serviceSchema>, ServiceField> {
  const parsed = serviceSchema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error.issues, SERVICE_FIELDS) };
}

/**
 * The API's BAD_USER_INPUT field problems, each beside the form's field of that name (`input.name`
 * and `name` alike); one about a field the form does not have (a region's slug, made from its name)
 * goes beside the name, anything else to the summary only.
 */
export function apiFieldProblems<F extends string>(fields: readonly { field: string; message: string }[], known: readonly F[]): FieldProblem<F>[] {
  return fields.map((f) => {
    const last = f.field.split('.').pop() ?? '';
    const field = (known as readonly string[]).includes(last) ? (last as F) : last === 'slug' && (known as readonly string[]).includes('name') ? ('name' as F) : null;
    return { field, message: f.message };
  });
}
