/**
 * The arithmetic of the dashboard's server-rendered SVG charts (decision record 0029): scales,
 * ticks and the line through a series with gaps. Pure, so it is tested without a browser.
 */

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A linear map from data to drawing units; values outside the domain are clamped to its edges. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => {
    const clamped = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
    return r0 + ((clamped - d0) / span) * (r1 - r0);
  };
}

/** IKM is on 25–100 (facts/SKM.md: 25 × the mean of averages on 1–4). */
export const IKM_MIN = 25;
export const IKM_MAX = 100;

/**
 * The IKM axis: up to 100, down to a round ten below the lowest value, never below 25; at least 30
 * points tall so that a flat line does not look like a cliff. Grade bands (88.31, 76.61, 65) are
 * drawn where they fall inside.
 */
export function ikmDomain(values: ReadonlyArray<number | null>): [number, number] {
  const shown = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lowest = shown.length ? Math.min(...shown) : 60;
  const floor = Math.floor((lowest - 2) / 10) * 10;
  return [Math.max(IKM_MIN, Math.min(floor, IKM_MAX - 30)), IKM_MAX];
}

/** Round tick values from `min` to `max` every `step`. */
export function ticks(min: number, max: number, step: number): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

/** The centre of band `index` of `count` equal bands across [left, right]. */
export function bandCentre(index: number, count: number, left: number, right: number): number {
  const step = (right - left) / Math.max(count, 1);
  return left + step * (index + 0.5);
}

export interface PlotPoint {
  x: number;
  /** null: no value (fewer than 5 responses) — the line breaks here. */
  y: number | null;
}

/**
 * SVG path data for a series with gaps: one `M … L …` run per stretch of consecutive values, so a
 * bucket under 5 responses shows as a break in the line, never as a line drawn through it.
 */
export function gappedPath(points: readonly PlotPoint[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const p of points) {
    if (p.y === null) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`);
    drawing = true;
  }
  return parts.join(' ');
}

/** Which of `count` labels to print so that at most `max` fit: every n-th, always the last. */
export function labelEvery(count: number, max: number): (index: number) => boolean {
  const every = Math.max(1, Math.ceil(count / Math.max(max, 1)));
  return (index) => index === count - 1 || (index % every === 0 && count - 1 - index >= every);
}

/** Drawing units with one decimal: enough for a crisp line, short markup. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A bar's length in percent of the track for an IKM, measured from the axis' true start (25), never a cut axis. */
export function ikmBarPercent(ikm: number): number {
  return round(Math.min(100, Math.max(0, ((ikm - IKM_MIN) / (IKM_MAX - IKM_MIN)) * 100)));
}
