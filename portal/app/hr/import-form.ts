import { z } from 'zod/mini';
import type { FieldProblem } from '../staff/forms';
import { problemsOf } from '../staff/forms';

/**
 * The HR import form (`/staf/sdm/impor`): checked in the browser before sending and again in the
 * action; the API checks every row and has the last word (decision record 0022).
 */
export const IMPORT_KINDS = ['EMPLOYEES', 'ASSESSMENTS', 'SKM'] as const;
export type ImportKindValue = (typeof IMPORT_KINDS)[number];

/** The API's limit on a CSV (api: IMPORT_CSV_MAX_BYTES); the command line takes larger files. */
export const IMPORT_FILE_MAX_BYTES = 800_000;

export const IMPORT_FIELD = { kind: 'jenis', region: 'wilayah', file: 'berkas', dryRun: 'uji-coba' } as const;
export type ImportField = 'kind' | 'region' | 'file';
const FIELDS: readonly ImportField[] = ['kind', 'region', 'file'];

/** The example file of each kind: `/staf/sdm/impor/contoh/<name>.csv`. */
export const EXAMPLE_FILE: Record<ImportKindValue, string> = { EMPLOYEES: 'pegawai', ASSESSMENTS: 'penilaian', SKM: 'skm' };

export const importSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: 'hr.import.error.kind' }),
  region: z.string().check(z.minLength(1, { error: 'hr.import.error.region' }), z.maxLength(80, { error: 'hr.import.error.region' })),
  file: z.object({
    size: z.number().check(
      z.minimum(1, { error: 'hr.import.error.fileMissing' }),
      z.maximum(IMPORT_FILE_MAX_BYTES, { error: 'hr.import.error.fileTooLarge' }),
    ),
  }),
  dryRun: z.boolean(),
});

export interface ImportValues {
  kind: string;
  region: string;
  file: { size: number };
  dryRun: boolean;
}

export function readImport(form: FormData): ImportValues {
  const file = form.get(IMPORT_FIELD.file);
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    kind: text(IMPORT_FIELD.kind),
    region: text(IMPORT_FIELD.region),
    // A file input left empty still sends a part, of size 0 and without a name.
    file: { size: file && typeof file !== 'string' && file.name ? file.size : 0 },
    dryRun: form.get(IMPORT_FIELD.dryRun) === '1',
  };
}

export function validateImport(values: ImportValues): { ok: true; value: ImportValues } | { ok: false; problems: FieldProblem<ImportField>[] } {
  const parsed = importSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: values };
  return {
    ok: false,
    problems: problemsOf<ImportField>(
      parsed.error.issues.map((i) => ({ ...i, path: i.path[0] === 'file' ? ['file'] : i.path })),
      FIELDS,
    ),
  };
}
