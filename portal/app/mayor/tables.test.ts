import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { BOM, toCsv } from '../utils/csv';
import { alertsTable, cellText, rankingTable, tableCsvRows, trendTable } from './tables';
import type { Alert, RankingRow, TrendPoint } from './types';

const id = translator('id');
const en = translator('en');

const point = (periodStart: string, periodEnd: string, responseCount: number, ikm: number | null, complete = true): TrendPoint => ({
  periodStart,
  periodEnd,
  complete,
  responseCount,
  ikm,
  grade: ikm === null ? null : ikm >= 88.31 ? 'A' : ikm >= 76.61 ? 'B' : 'C',
  elements: [
    { element: 'PERSYARATAN', average: 3.25 },
    { element: 'WAKTU_PENYELESAIAN', average: 2.8125 },
  ],
});

describe('the dashboard’s tables, on the page and as CSV', () => {
  it('writes the trend with its partial bucket marked and a bucket under 5 responses left blank, elements included', () => {
    const table = trendTable(id, [point('2026-10-01', '2026-10-31', 120, 81.5), point('2026-11-01', '2026-11-29', 3, null, false)], 'MONTH', ['WAKTU_PENYELESAIAN'], 'Tren');
    expect(table.header).toEqual(['Periode', 'Mulai', 'Sampai', 'Nilai', 'IKM', 'Mutu', 'Waktu Penyelesaian', 'Catatan']);
    expect(table.rows[0]!.map((c) => cellText(id, c))).toEqual(['Oktober 2026', '1 Oktober 2026', '31 Oktober 2026', '120', '81,50', 'B (Baik)', '2,81', '—']);
    expect(table.rows[1]!.map((c) => cellText(id, c))).toEqual(['November 2026', '1 November 2026', '29 November 2026', '3', '—', '—', '—', 'belum lengkap; kurang dari 5 nilai']);
    const csv = toCsv(table.header, tableCsvRows(table), { decimalComma: true });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('Oktober 2026;2026-10-01;2026-10-31;120;"81,5";B (Baik);"2,8125";');
  });

  it('names weeks and quarters the way each language does', () => {
    const week = trendTable(en, [point('2026-01-05', '2026-01-11', 10, 80)], 'WEEK', [], 'x');
    expect(cellText(en, week.rows[0]![0]!)).toMatch(/^Week 5.+11 Jan 2026$/);
    const quarter = trendTable(id, [point('2026-07-01', '2026-09-30', 10, 80)], 'QUARTER', [], 'x');
    expect(cellText(id, quarter.rows[0]![0]!)).toBe('Triwulan III 2026');
  });

  it('ranks with a bar, the change in words with its arrow, and a unit under 5 responses without a score', () => {
    const rows: RankingRow[] = [
      { unit: { id: 'a', name: 'DPMPTSP' }, responseCount: 900, ikm: 88.4, grade: 'A', change: 6.234, previousIkm: 82.17, previousResponseCount: 800 },
      { unit: { id: 'b', name: 'Dinas PUPR' }, responseCount: 400, ikm: 70, grade: 'C', change: -8.5, previousIkm: 78.5, previousResponseCount: 420 },
      { unit: { id: 'c', name: 'Kecamatan' }, responseCount: 2, ikm: null, grade: null, change: null, previousIkm: null, previousResponseCount: 0 },
    ];
    const table = rankingTable(id, rows, 'Peringkat', (ikm) => ikm - 25);
    expect(table.rows[0]![2]!.bar).toBeCloseTo(63.4);
    expect(table.rows.map((r) => cellText(id, r[6]!))).toEqual(['▲ naik 6,23', '▼ turun 8,50', '— tidak dapat dibandingkan']);
    expect(cellText(id, table.rows[2]![2]!)).toBe('kurang dari 5 nilai');
    // In the file the change is a signed number, never text a spreadsheet could run as a formula.
    expect(tableCsvRows(table)[1]).toEqual([2, 'Dinas PUPR', 70, 'C (Kurang Baik)', 400, 78.5, -8.5]);
    expect(toCsv(table.header, tableCsvRows(table), { decimalComma: true }).split('\r\n')[2]).toBe('2;Dinas PUPR;70;C (Kurang Baik);400;"78,5";"-8,5"');
  });

  it('keeps a unit name that looks like a formula from running in a spreadsheet', () => {
    const alert: Alert = {
      scope: 'UNIT',
      unit: { id: 'u', name: '=HYPERLINK("http://x")' },
      service: null,
      from: '2026-09-01',
      to: '2026-11-28',
      previousFrom: '2026-06-03',
      previousTo: '2026-08-31',
      responseCount: 300,
      previousResponseCount: 310,
      ikm: 70.1,
      previousIkm: 79.2,
      change: -9.1,
      grade: 'C',
      previousGrade: 'B',
      elements: [{ element: 'WAKTU_PENYELESAIAN', average: 2.4, previousAverage: 3.1, change: -0.7 }],
    };
    const table = alertsTable(id, [alert], 'Peringatan');
    const line = toCsv(table.header, tableCsvRows(table), { decimalComma: true }).split('\r\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(line).toContain('"-9,1"');
    expect(cellText(id, table.rows[0]![10]!)).toBe('Waktu Penyelesaian −0,70');
  });
});
