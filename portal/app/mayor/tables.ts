import { GRADE_LABEL, type Granularity, type SkmElement } from '@suara/skm';
import type { Translator } from '../i18n';
import type { CsvValue } from '../utils/csv';
import { formatDecimal, formatRupiah } from '../utils/format';
import { bucketLabel, changeText, elementName, formatDay, signed } from './format';
import type { Alert, ProgramImpact, RankingRow, TrendPoint } from './types';

/**
 * Every table of the dashboard, written once: the page shows it (a real <table> behind each chart)
 * and the CSV download writes the same rows, so what one reads and what one downloads never differ.
 * A cell keeps its value (for the file: plain numbers, days as YYYY-MM-DD) and how it reads on the page.
 */

export type CellKind = 'text' | 'count' | 'score' | 'average' | 'change' | 'day' | 'rupiah';

export interface Cell {
  kind: CellKind;
  value: string | number | null;
  /** On the page, instead of the value (e.g. "fewer than 5 responses"). */
  text?: string;
  /** A horizontal bar drawn before the value, as a percentage of its track. */
  bar?: number;
}

export interface DataTable {
  caption: string;
  header: string[];
  /** The column whose cells are row headers (<th scope="row">). */
  rowHeader: number;
  /** Columns of long text (names, lists) that get room to breathe instead of a narrow tall column. */
  wide?: number[];
  rows: Cell[][];
}

export const TABLES = ['trend', 'peringkat', 'peringatan', 'dampak'] as const;
export type TableName = (typeof TABLES)[number];

const text = (value: string | null): Cell => ({ kind: 'text', value });
const count = (value: number): Cell => ({ kind: 'count', value });
const score = (value: number | null | undefined, fallback?: string): Cell => ({ kind: 'score', value: value ?? null, ...(value == null && fallback ? { text: fallback } : {}) });
const average = (value: number | null | undefined): Cell => ({ kind: 'average', value: value ?? null });
const change = (value: number | null | undefined): Cell => ({ kind: 'change', value: value ?? null });
const day = (value: string): Cell => ({ kind: 'day', value });

/** How a cell reads on the page, in the page's language. */
export function cellText(t: Translator, cell: Cell): string {
  if (cell.text !== undefined) return cell.text;
  if (cell.value === null) return cell.kind === 'change' ? changeText(t, null) : '—';
  if (typeof cell.value === 'string') return cell.kind === 'day' ? formatDay(t, cell.value) : cell.value;
  switch (cell.kind) {
    case 'count':
      return t.number(cell.value);
    case 'score':
    case 'average':
      return formatDecimal(t, cell.value);
    case 'change':
      return changeText(t, cell.value);
    case 'rupiah':
      return formatRupiah(cell.value);
    default:
      return String(cell.value);
  }
}

/** What a cell holds in the file: numbers as numbers (averages and changes to 4 decimals), the rest as text. */
export function cellCsv(cell: Cell): CsvValue {
  if (cell.value === null) return null;
  if (typeof cell.value === 'number') return cell.kind === 'change' || cell.kind === 'average' ? Math.round(cell.value * 10_000) / 10_000 : cell.value;
  return cell.value;
}

const gradeCell = (t: Translator, grade: string | null | undefined): Cell => text(grade ? `${grade} (${GRADE_LABEL[t.lang][grade as 'A']})` : null);

export function trendTable(t: Translator, points: readonly TrendPoint[], granularity: Granularity, elements: readonly SkmElement[], caption: string): DataTable {
  return {
    caption,
    header: [
      t('mayor.trend.table.period'),
      t('mayor.trend.table.start'),
      t('mayor.trend.table.end'),
      t('mayor.trend.table.responses'),
      t('mayor.trend.table.ikm'),
      t('mayor.trend.table.grade'),
      ...elements.map((e) => elementName(t, e)),
      t('mayor.trend.table.note'),
    ],
    rowHeader: 0,
    rows: points.map((p) => {
      const shown = p.ikm != null;
      const notes = [!p.complete ? t('mayor.trend.note.partial') : null, !shown && p.responseCount > 0 ? t('mayor.trend.note.tooFew') : null].filter(Boolean);
      return [
        text(bucketLabel(t, p.periodStart, granularity, p.periodEnd)),
        day(p.periodStart),
        day(p.periodEnd),
        count(p.responseCount),
        score(p.ikm),
        gradeCell(t, p.grade),
        // Element averages of a bucket under 5 responses are withheld like its IKM.
        ...elements.map((e) => average(shown ? p.elements.find((x) => x.element === e)?.average : null)),
        text(notes.join('; ') || null),
      ];
    }),
  };
}

export function rankingTable(t: Translator, rows: readonly RankingRow[], caption: string, bar: (ikm: number) => number): DataTable {
  return {
    caption,
    header: [t('mayor.ranking.rank'), t('mayor.ranking.unit'), t('mayor.ranking.ikm'), t('mayor.ranking.grade'), t('mayor.ranking.responses'), t('mayor.ranking.previousIkm'), t('mayor.ranking.change')],
    rowHeader: 1,
    wide: [1],
    rows: rows.map((r, i) => [
      count(i + 1),
      text(r.unit.name),
      r.ikm != null ? { ...score(r.ikm), bar: bar(r.ikm) } : score(null, t('mayor.ranking.tooFew')),
      gradeCell(t, r.grade),
      count(r.responseCount),
      score(r.previousIkm),
      change(r.change),
    ]),
  };
}

export function alertsTable(t: Translator, alerts: readonly Alert[], caption: string): DataTable {
  return {
    caption,
    header: [
      t('mayor.alerts.table.name'),
      t('mayor.alerts.table.scope'),
      t('mayor.alerts.table.unit'),
      t('mayor.alerts.table.previousIkm'),
      t('mayor.alerts.table.ikm'),
      t('mayor.alerts.table.change'),
      t('mayor.alerts.table.previousGrade'),
      t('mayor.alerts.table.grade'),
      t('mayor.alerts.table.previousCount'),
      t('mayor.alerts.table.count'),
      t('mayor.alerts.table.elements'),
      t('mayor.alerts.table.from'),
      t('mayor.alerts.table.to'),
    ],
    rowHeader: 0,
    wide: [0, 2, 10],
    rows: alerts.map((a) => [
      text(a.service?.name ?? a.unit.name),
      text(t(a.scope === 'UNIT' ? 'mayor.alerts.table.scopeUnit' : 'mayor.alerts.table.scopeService')),
      text(a.unit.name),
      score(a.previousIkm),
      score(a.ikm),
      change(a.change),
      gradeCell(t, a.previousGrade),
      gradeCell(t, a.grade),
      count(a.previousResponseCount),
      count(a.responseCount),
      text(a.elements.map((e) => `${elementName(t, e.element)} ${signed(t, e.change)}`).join(', ') || null),
      day(a.from),
      day(a.to),
    ]),
  };
}

export function impactTable(t: Translator, programs: readonly ProgramImpact[], caption: string): DataTable {
  return {
    caption,
    header: [
      t('mayor.impact.table.program'),
      t('mayor.impact.unit'),
      t('mayor.impact.competency'),
      t('mayor.impact.completedAt'),
      t('mayor.impact.table.beforeAverage'),
      t('mayor.impact.table.beforeCount'),
      t('mayor.impact.table.afterAverage'),
      t('mayor.impact.table.afterCount'),
      t('mayor.impact.change'),
      t('mayor.impact.table.completions'),
      t('mayor.impact.table.cost'),
    ],
    rowHeader: 0,
    wide: [0, 1, 2],
    rows: programs.flatMap((p) =>
      p.impacts.map((i) => [
        text(p.program.title),
        text(i.unit.name),
        text(i.competency.name),
        day(i.completedAt),
        average(i.before.average),
        count(i.before.responseCount),
        average(i.after.average),
        count(i.after.responseCount),
        change(i.change),
        count(p.completions),
        { kind: 'rupiah' as const, value: p.cost ?? null },
      ]),
    ),
  };
}

/** A table as the rows of a CSV file (utils/csv.ts writes them). */
export function tableCsvRows(table: DataTable): CsvValue[][] {
  return table.rows.map((row) => row.map(cellCsv));
}
