import type { hrImportId } from './hr-import.id';

/** The HR import page (`/staf/sdm/impor`), in English. */
export const hrImportEn: { readonly [K in keyof typeof hrImportId]: string } = {
  'hr.import.title': 'Import HR data',
  'hr.import.intro':
    'Upload a CSV file of employees (a SIASN export), competency assessments, or paper SKM questionnaires. Every row is checked; bad rows are reported by line and column, good rows are stored. Importing the same file again changes nothing.',
  'hr.import.kind.label': 'Kind of data',
  'hr.import.kind.EMPLOYEES': 'Employees',
  'hr.import.kind.ASSESSMENTS': 'Competency assessments',
  'hr.import.kind.SKM': 'Paper SKM questionnaires',
  'hr.import.region': 'Region',
  'hr.import.file': 'CSV file',
  'hr.import.fileHint': 'The first line names the columns; comma or semicolon separated; at most {size} KB. Larger files are imported with the pnpm suara import command.',
  'hr.import.dryRun': 'Dry run only (check without storing)',
  'hr.import.dryRunHint': 'Untick to store the good rows.',
  'hr.import.submit': 'Check the file',
  'hr.import.busy': 'Checking…',
  'hr.import.error.kind': 'Choose the kind of data.',
  'hr.import.error.region': 'Choose the region.',
  'hr.import.error.fileMissing': 'Choose a CSV file.',
  'hr.import.error.fileTooLarge': 'The file is too large to upload here. Split it, or import it with the pnpm suara import command.',
  'hr.import.report.title': 'Import result',
  'hr.import.report.dryTitle': 'Dry run result (nothing stored)',
  'hr.import.report.rowsRead': 'Rows read',
  'hr.import.report.imported': 'Stored',
  'hr.import.report.wouldImport': 'Would be stored',
  'hr.import.report.unchanged': 'Already there, unchanged',
  'hr.import.report.rejected': 'Rejected',
  'hr.import.report.problems': 'Problems by line',
  'hr.import.report.problemsSome': 'The first {shown} problems of {count}',
  'hr.import.report.noProblems': 'No problems.',
  'hr.import.report.line': 'Line',
  'hr.import.report.column': 'Column',
  'hr.import.report.message': 'Problem',
  'hr.import.columns.title': 'The columns of each kind of file',
  'hr.import.columns.EMPLOYEES':
    'nip (18 digits), nama (name), unit (the unit’s code), jabatan (a position title of that unit, may be empty), jenis_pegawai (PNS or PPPK, default PNS). Employees are known by their NIP.',
  'hr.import.columns.ASSESSMENTS':
    'nip, kompetensi (code, e.g. M-PELAYANAN-PUBLIK), level (1–5), tanggal (date, YYYY-MM-DD), metode (ASSESSMENT_CENTER, UJI_KOMPETENSI, SUPERVISOR, SELF, MULTI_RATER). One assessment per employee, competency and day. The example assesses the employees of the employees example: import that first.',
  'hr.import.columns.SKM':
    'layanan (the service’s code), tanggal (the day the questionnaire was filled, YYYY-MM-DD, from 1 January last year to today), u1–u9 (the nine elements in the order of PermenPANRB 14/2017, scores 1–4), no_kuesioner (the questionnaire’s number, unique per service); optional: komentar (comment, moderated like an online one), umur, jenis_kelamin (L/P), pendidikan, pekerjaan.',
  'hr.import.example': 'Download an example CSV: {kind}',
};
