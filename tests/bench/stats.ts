/**
 * Small pure helpers of the bench: percentiles, the memory of a process, and the printed table.
 * Kept apart from run.ts so that their unit tests load nothing heavy.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The nearest-rank percentile (p in 0–100) of unsorted samples; NaN for none. Nearest rank rather than
 * interpolation: every figure printed is a latency that some request really had.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be between 0 and 100, not ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface Memory {
  /** Resident now (VmRSS), MB. */
  rssMb: number;
  /** Highest resident since start or since the last resetPeak() (VmHWM), MB. */
  peakMb: number;
}

/** Parses the VmRSS and VmHWM lines of a /proc/<pid>/status text; null when either is missing. */
export function parseProcStatus(text: string): Memory | null {
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    return match ? Number(match[1]) : null;
  };
  const rss = kb('VmRSS');
  const peak = kb('VmHWM');
  return rss === null || peak === null ? null : { rssMb: rss / 1024, peakMb: peak / 1024 };
}

export function memoryOf(pid: number | null): Memory | null {
  if (pid === null) return null;
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null; // gone, or not Linux
  }
}

/**
 * Starts a new peak (VmHWM := VmRSS) so that the next reading is the peak of one row, not of the
 * demo world's loading. Linux ≥ 4.0 (`clear_refs` value 5); false where it is not allowed.
 */
export function resetPeak(pid: number | null): boolean {
  if (pid === null) return false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** A number for a table cell: fixed decimals, thin grouping, '—' when there is no figure. */
export function fmt(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A plain-text table with a header rule; numbers (and '—') right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^(—|[-+]?[\d,.]+( ?%)?|[\d,.]+ \/ [\d,.]+)$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
