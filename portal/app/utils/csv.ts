/**
 * CSV files for a spreadsheet (decision record 0021): `;` between cells, because Excel set to
 * Indonesian uses the comma as its decimal mark and reads `;` as the list separator; a UTF-8
 * byte-order mark so that Excel reads names with accents as UTF-8; CRLF line ends (RFC 4180). A cell
 * a spreadsheet would run as a formula (= + - @, or a tab or carriage return first) gets a leading
 * apostrophe: names and titles come from people. `comma` is the plain RFC 4180 form for programs
 * (open data, decision record 0027): `,` between cells, no byte-order mark.
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>, options: { comma?: boolean } = {}): string {
  const separator = options.comma ? ',' : CSV_SEPARATOR;
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(separator));
  return `${options.comma ? '' : BOM}${lines.join('\r\n')}\r\n`;
}
