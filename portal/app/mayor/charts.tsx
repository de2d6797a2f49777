import { MAX_SCORE, MIN_SCORE, type Granularity, type SkmElement } from '@suara/skm';
import type { Translator } from '../i18n';
import { formatDecimal } from '../utils/format';
import { bandCentre, gappedPath, ikmDomain, labelEvery, linearScale, round, ticks } from './chart';
import { bucketLabel, bucketShortLabel } from './format';
import type { TrendPoint } from './types';

/**
 * The dashboard's charts: server-rendered SVG (decision record 0029), so they are on the page before
 * any JavaScript and print as they are. Each one is an image with a title and a description in
 * words; the numbers themselves are in the data table beside it. Sizes are a viewBox: the chart
 * scales to the screen, a phone included. Colours come from the stylesheet (no inline styles).
 */

/** The grade bands of facts/SKM.md on the IKM scale: where A, B and C begin. */
const GRADE_LINES = [
  { grade: 'A', from: 88.31 },
  { grade: 'B', from: 76.61 },
  { grade: 'C', from: 65 },
] as const;

interface Series {
  label: (index: number) => string;
  value: (point: TrendPoint) => number | null;
}

function LineChart({
  t,
  id,
  title,
  desc,
  points,
  granularity,
  domain,
  step,
  width,
  height,
  decimals,
  series,
  gradeLines,
  className = 'chart',
}: {
  t: Translator;
  id: string;
  className?: string;
  title: string;
  desc: string;
  points: readonly TrendPoint[];
  granularity: Granularity;
  domain: [number, number];
  step: number;
  width: number;
  height: number;
  decimals: number;
  series: Series;
  gradeLines: boolean;
}) {
  const box = { top: 14, right: 14, bottom: 34, left: 44 };
  const y = linearScale(domain, [height - box.bottom, box.top]);
  const x = (i: number) => bandCentre(i, points.length, box.left, width - box.right);
  const values = points.map((p) => series.value(p));
  const plotted = points.map((_, i) => ({ x: x(i), y: values[i] === null ? null : y(values[i]!) }));
  // Points shrink with their band, so 53 weeks stay points rather than a bead chain.
  const radius = round(Math.max(1.5, Math.min(4, (width - box.left - box.right) / Math.max(points.length, 1) / 3)));
  const showLabel = labelEvery(points.length, Math.max(2, Math.floor((width - box.left - box.right) / 64)));
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g className="chart__grid">
        {ticks(domain[0], domain[1], step).map((v) => (
          <g key={v}>
            <line x1={box.left} x2={width - box.right} y1={round(y(v))} y2={round(y(v))} />
            <text x={box.left - 6} y={round(y(v)) + 4} textAnchor="end" className="chart__tick">
              {decimals ? formatDecimal(t, v, decimals) : t.number(v)}
            </text>
          </g>
        ))}
      </g>
      {gradeLines ? (
        <g className="chart__grades">
          {GRADE_LINES.filter((g) => g.from > domain[0] && g.from < domain[1]).map((g) => (
            <g key={g.grade}>
              <line x1={box.left} x2={width - box.right} y1={round(y(g.from))} y2={round(y(g.from))} />
              <text x={width - box.right - 2} y={round(y(g.from)) - 3} textAnchor="end" className="chart__grade-label">
                {t('mayor.trend.band', { grade: g.grade })}
              </text>
            </g>
          ))}
        </g>
      ) : null}
      <g className="chart__axis">
        <line x1={box.left} x2={width - box.right} y1={height - box.bottom} y2={height - box.bottom} />
        {points.map((p, i) =>
          showLabel(i) ? (
            // The last label ends at the plot's edge instead of running off the drawing.
            <text
              key={p.periodStart}
              x={i === points.length - 1 ? width - 2 : round(x(i))}
              y={height - box.bottom + 18}
              textAnchor={i === points.length - 1 ? 'end' : 'middle'}
              className="chart__tick"
            >
              {bucketShortLabel(t, p.periodStart, granularity)}
            </text>
          ) : null,
        )}
      </g>
      <path className="chart__line" d={gappedPath(plotted)} fill="none" />
      <g className="chart__points">
        {plotted.map((p, i) =>
          p.y === null ? null : (
            <circle key={points[i]!.periodStart} cx={round(p.x)} cy={round(p.y)} r={radius} className={points[i]!.complete ? 'chart__point' : 'chart__point chart__point--partial'}>
              <title>{series.label(i)}</title>
            </circle>
          ),
        )}
      </g>
    </svg>
  );
}

/** A sentence on the first and last point shown, for the chart's description. */
function ends(t: Translator, points: readonly TrendPoint[], granularity: Granularity, value: (p: TrendPoint) => number | null, firstKey: 'mayor.trend.chartFirst', lastKey: 'mayor.trend.chartLast', digits: number) {
  const shown = points.filter((p) => value(p) !== null);
  if (!shown.length) return { first: t('mayor.trend.noPoints'), last: '' };
  const a = shown[0]!;
  const b = shown[shown.length - 1]!;
  return {
    first: t(firstKey, { label: bucketLabel(t, a.periodStart, granularity, a.periodEnd), ikm: formatDecimal(t, value(a)!, digits) }),
    last: shown.length > 1 ? t(lastKey, { label: bucketLabel(t, b.periodStart, granularity, b.periodEnd), ikm: formatDecimal(t, value(b)!, digits) }) : '',
  };
}

/**
 * The IKM over time on its own 25–100 axis, with the grade bands; buckets under 5 responses are gaps,
 * partial ones hollow. Drawn twice, for a desk and for a phone (the stylesheet shows one): a viewBox
 * scales everything, its text too, so one drawing cannot be legible at both widths.
 */
export function TrendChart({ t, points, granularity, title }: { t: Translator; points: readonly TrendPoint[]; granularity: Granularity; title: string }) {
  const value = (p: TrendPoint) => p.ikm ?? null;
  const { first, last } = ends(t, points, granularity, value, 'mayor.trend.chartFirst', 'mayor.trend.chartLast', 2);
  const common = {
    t,
    title,
    desc: t('mayor.trend.chartDesc', { first, last }),
    points,
    granularity,
    domain: ikmDomain(points.map(value)),
    step: 10,
    decimals: 0,
    gradeLines: true,
    series: {
      value,
      label: (i: number) => `${bucketLabel(t, points[i]!.periodStart, granularity, points[i]!.periodEnd)}: IKM ${formatDecimal(t, points[i]!.ikm ?? 0)}`,
    },
  };
  return (
    <>
      <LineChart {...common} id="tren-ikm" className="chart chart--wide" width={640} height={280} />
      <LineChart {...common} id="tren-ikm-hp" className="chart chart--narrow" width={360} height={260} />
    </>
  );
}

/**
 * One element's average over the same buckets, on the 1–4 scale of the questionnaire. A small chart
 * per element rather than a second axis on the IKM chart: two scales on one chart invite reading a
 * crossing of lines as meaningful (decision record 0029).
 */
export function ElementChart({ t, points, granularity, element, name }: { t: Translator; points: readonly TrendPoint[]; granularity: Granularity; element: SkmElement; name: string }) {
  // Withheld with the IKM when a bucket has fewer than 5 responses.
  const value = (p: TrendPoint) => (p.ikm == null ? null : (p.elements.find((e) => e.element === element)?.average ?? null));
  const { first, last } = ends(t, points, granularity, value, 'mayor.trend.chartFirst', 'mayor.trend.chartLast', 2);
  return (
    <LineChart
      t={t}
      id={`tren-${element.toLowerCase()}`}
      title={t('mayor.trend.elementChartTitle', { element: name, granularity: t(`mayor.granularity.${granularity}`).toLowerCase() })}
      desc={t('mayor.trend.elementChartDesc', { first, last })}
      points={points}
      granularity={granularity}
      domain={[MIN_SCORE, MAX_SCORE]}
      step={0.5}
      width={420}
      height={180}
      decimals={1}
      gradeLines={false}
      series={{
        value,
        label: (i) => `${bucketLabel(t, points[i]!.periodStart, granularity, points[i]!.periodEnd)}: ${formatDecimal(t, value(points[i]!) ?? 0)}`,
      }}
    />
  );
}
