/**
 * Tables as CSV files, written once for every download of the portal (decision record 0021): for a
 * spreadsheet, `;` between cells, because Excel set to Indonesian uses the comma as its decimal mark
 * and reads `;` as the list separator; a UTF-8 byte-order mark so that Excel reads names with
 * accents as UTF-8; CRLF line ends (RFC 4180). A text cell a spreadsheet would run as a formula
 * (= + - @, or a tab or carriage return first) gets a leading apostrophe: names and titles come from
 * people. Numbers are given as numbers, so they are never mistaken for formulas, and written with
 * the file's decimal mark. `comma` is the plain RFC 4180 form for programs (open data, decision
 * record 0027): `,` between cells, decimal points, no byte-order mark.
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /** Write numbers with a decimal comma (`76,94`), as a spreadsheet set to Indonesian reads them. */
  decimalComma?: boolean;
  /** The plain form for programs: `,` between cells, decimal points, no byte-order mark. */
  comma?: boolean;
}

export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'number' && options.decimalComma && !options.comma) text = text.replace('.', ',');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options: CsvOptions = {}): string {
  const separator = options.comma ? ',' : CSV_SEPARATOR;
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, options)).join(separator));
  return `${options.comma ? '' : BOM}${lines.join('\r\n')}\r\n`;
}

/** The headers of a CSV download: a file, never cached by anyone (staff data). */
export function csvHeaders(fileName: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...extra,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '')}"`,
  };
}
