import type { ImportKindValue } from './import-form';

/**
 * Example CSV files HR can download, one per kind, that import cleanly into the demo world's region
 * (README, "Importing HR data"). Employees first: the assessments are of the example employees.
 * The SKM example's questionnaires are dated in the last weeks, so that they always fall in the
 * accepted range (last year and this year, not in the future).
 */
const EMPLOYEE_ROWS = [
  ['199203152020031901', 'Andi Rahmawati', 'dpmptsp', 'Petugas Pelayanan (Front Office)', 'PNS'],
  ['199407222021092902', 'Muh. Fadli Arsyad', 'dpmptsp', 'Analis Pelayanan Publik', 'PPPK'],
  ['198811092014031903', 'Nurhayati, S.Kep', 'puskesmas-1', '', 'PNS'],
];

/** [nip, competency, level, days before today, method]. */
const ASSESSMENT_ROWS: Array<[string, string, string, number, string]> = [
  ['199203152020031901', 'M-PELAYANAN-PUBLIK', '2', 60, 'UJI_KOMPETENSI'],
  ['199203152020031901', 'M-KOMUNIKASI', '3', 60, 'UJI_KOMPETENSI'],
  ['199407222021092902', 'M-PELAYANAN-PUBLIK', '3', 59, 'ASSESSMENT_CENTER'],
  ['198811092014031903', 'M-INTEGRITAS', '3', 30, 'SUPERVISOR'],
];

const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;

/** The day `days` before `today` (YYYY-MM-DD, the region's time zone). */
function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export function exampleCsv(kind: ImportKindValue, region: string, today: string): string {
  if (kind === 'EMPLOYEES') return csv([['nip', 'nama', 'unit', 'jabatan', 'jenis_pegawai'], ...EMPLOYEE_ROWS]);
  if (kind === 'ASSESSMENTS') {
    return csv([['nip', 'kompetensi', 'level', 'tanggal', 'metode'], ...ASSESSMENT_ROWS.map(([nip, code, level, days, method]) => [nip, code, level, daysBefore(today, days), method])]);
  }
  const service = `${region}-ktp-el`;
  return csv([
    ['layanan', 'tanggal', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'komentar', 'umur', 'jenis_kelamin', 'pendidikan', 'pekerjaan', 'no_kuesioner'],
    [service, daysBefore(today, 14), '4', '3', '3', '4', '3', '3', '4', '3', '3', '', '30-39', 'P', 'SMA', 'WIRAUSAHA', 'KTP-001'],
    [service, daysBefore(today, 14), '3', '3', '2', '4', '3', '3', '3', '2', '3', 'Antrean panjang, tetapi petugas sopan.', '40-49', 'L', 'D4-S1', 'PNS', 'KTP-002'],
    [service, daysBefore(today, 13), '4', '4', '4', '4', '4', '4', '4', '4', '3', '', '20-29', 'P', 'SMA', 'PELAJAR_MAHASISWA', 'KTP-003'],
  ]);
}
