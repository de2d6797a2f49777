/**
 * The development plan as a CSV file for a spreadsheet (decision record 0021), written with the
 * portal's one CSV helper (utils/csv.ts).
 */
export { BOM, CSV_SEPARATOR, csvCell, toCsv } from '../utils/csv';

/** A file name without anything a header or a file system would trip on. */
export function csvFileName(regionSlug: string, year: number): string {
  return `rencana-pengembangan-${regionSlug.replace(/[^a-z0-9-]/g, '')}-${year}.csv`;
}
