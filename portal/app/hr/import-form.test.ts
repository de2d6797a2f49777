import { describe, expect, it } from 'vitest';
import { exampleCsv } from './import-examples';
import { IMPORT_FILE_MAX_BYTES, readImport, validateImport } from './import-form';

describe('the HR import form', () => {
  it('needs a kind, a region and a file no larger than the API takes', () => {
    expect(validateImport({ kind: 'SKM', region: 'mamuju', file: { size: 120 }, dryRun: true }).ok).toBe(true);
    const empty = validateImport({ kind: '', region: '', file: { size: 0 }, dryRun: true });
    expect(!empty.ok && empty.problems.map((p) => [p.field, p.key])).toEqual([
      ['kind', 'hr.import.error.kind'],
      ['region', 'hr.import.error.region'],
      ['file', 'hr.import.error.fileMissing'],
    ]);
    const big = validateImport({ kind: 'EMPLOYEES', region: 'mamuju', file: { size: IMPORT_FILE_MAX_BYTES + 1 }, dryRun: false });
    expect(!big.ok && big.problems).toEqual([{ field: 'file', key: 'hr.import.error.fileTooLarge' }]);
  });

  it('reads an empty file input as no file, and the dry run only when ticked', () => {
    const form = new FormData();
    form.set('jenis', 'SKM');
    form.set('wilayah', 'mamuju');
    form.set('berkas', new File([], ''));
    expect(readImport(form)).toEqual({ kind: 'SKM', region: 'mamuju', file: { size: 0 }, dryRun: false });
    form.set('uji-coba', '1');
    form.set('berkas', new File(['nip\n'], 'pegawai.csv'));
    expect(readImport(form)).toMatchObject({ file: { size: 4 }, dryRun: true });
  });
});

describe('the example files', () => {
  it('date paper questionnaires in the last weeks, so they are always accepted', () => {
    const csv = exampleCsv('SKM', 'mamuju', '2027-01-05');
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.every((r) => r.startsWith('mamuju-ktp-el,2026-12-2'))).toBe(true);
    expect(exampleCsv('ASSESSMENTS', 'mamuju', '2027-01-05')).toContain(',2026-11-06,');
  });
});
