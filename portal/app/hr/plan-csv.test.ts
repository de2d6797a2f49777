import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvFileName, toCsv } from './plan-csv';

describe('the development plan as CSV', () => {
  it('starts with a byte-order mark and separates cells with ; and lines with CRLF', () => {
    const csv = toCsv(['Peringkat', 'Nama'], [[1, 'Andi'], [2, 'Budi']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}Peringkat;Nama\r\n1;Andi\r\n2;Budi\r\n`);
  });

  it('quotes cells with separators, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Dinas; Kesehatan')).toBe('"Dinas; Kesehatan"');
    expect(csvCell('Pelatihan "Prima"')).toBe('"Pelatihan ""Prima"""');
    expect(csvCell('baris\nkedua')).toBe('"baris\nkedua"');
    expect(csvCell('1,5')).toBe('"1,5"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(14_400_000)).toBe('14400000');
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // Numbers the plan itself computes are numbers, not text that could be a formula.
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Andi')).toBe('Andi');
  });

  it('names the file after the region and year only', () => {
    expect(csvFileName('mamuju', 2027)).toBe('rencana-pengembangan-mamuju-2027.csv');
    expect(csvFileName('../"x\r\n', 2027)).toBe('rencana-pengembangan-x-2027.csv');
  });
});
