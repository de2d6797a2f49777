import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { toCsv } from '../utils/csv';
import { openDataFileName, periodName, periodOption } from './periods';

describe('open data names and files', () => {
  it('names periods in words in both languages, and marks a running one', () => {
    const id = translator('id');
    const en = translator('en');
    expect(periodName(id, { key: '2026-S1', kind: 'SEMESTER' })).toBe('Semester 1 2026');
    expect(periodName(id, { key: '2026-Q3', kind: 'QUARTER' })).toBe('Triwulan 3 2026');
    expect(periodName(en, { key: '2026', kind: 'YEAR' })).toBe('Year 2026');
    expect(periodOption(id, { key: '2026-S2', kind: 'SEMESTER', from: '2026-07-01', to: '2026-12-31', state: 'RUNNING' })).toBe(
      'Semester 2 2026 (1 Juli 2026 – 31 Desember 2026), sedang berjalan',
    );
  });

  it('writes a CSV for programs with commas and no byte-order mark, formulas neutralised', () => {
    expect(toCsv(['unit', 'ikm'], [['=HYPERLINK("x")', 76.94]], { comma: true })).toBe('unit,ikm\r\n"\'=HYPERLINK(""x"")",76.94\r\n');
    expect(toCsv(['Unit', 'IKM'], [['Dinas, Kota', '76,94']])).toBe('\uFEFFUnit;IKM\r\n"Dinas, Kota";"76,94"\r\n');
    expect(openDataFileName('mataram', '2026-S1', true)).toBe('data-terbuka-mataram-2026-S1-koma.csv');
  });
});
