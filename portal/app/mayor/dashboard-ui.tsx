import { Form, Link } from '@remix-run/react';
import { GRADE_LABEL, GRANULARITIES, SKM_ELEMENTS, type Grade } from '@suara/skm';
import { ScrollTable } from '../hr/scroll-table';
import type { Translator } from '../i18n';
import { REGION_PARAM } from '../staff/region-param';
import { formatDecimal, formatRupiah, gradeText } from '../utils/format';
import { changeText, elementName, formatDay, signed, shortDay } from './format';
import { FILTER_PARAM, GRANULARITY_PARAM, RANGE_PRESETS, type DashboardFilters, type FilterProblem, type RangePreset } from './filters';
import { cellText, type DataTable } from './tables';
import type { Alert, Overview, PeriodScore, ProgramImpact } from './types';

/** The parts of the head of region's dashboard (/staf/pimpinan); the route puts them together. */

const NUMERIC = new Set(['count', 'score', 'average', 'change', 'rupiah']);

/** A table of the dashboard: the accessible data behind a chart, the same rows as its CSV. */
export function DataTableView({ t, id, table, className }: { t: Translator; id: string; table: DataTable; className?: string }) {
  return (
    <ScrollTable id={id} caption={table.caption} className={className}>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => {
              const content = (
                <>
                  {cell.bar !== undefined ? (
                    // A bar's width is an SVG attribute, not a style: the Content-Security-Policy allows no inline styles.
                    <svg className="cell-bar" aria-hidden="true" focusable="false">
                      <rect width={`${cell.bar}%`} height="100%" />
                    </svg>
                  ) : null}
                  {cellText(t, cell)}
                </>
              );
              const className = NUMERIC.has(cell.kind) ? 'num' : cell.kind === 'day' ? 'nowrap' : table.wide?.includes(c) ? 'wide' : undefined;
              return c === table.rowHeader ? (
                <th key={c} scope="row" className={className}>
                  {content}
                </th>
              ) : (
                <td key={c} className={className}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The CSV download of one table, with the page's filters; its name says which table for a screen reader. */
export function CsvLink({ t, href, caption }: { t: Translator; href: string; caption: string }) {
  return (
    <p className="csv-link no-print">
      <a href={href} download>
        {t('mayor.csv.link')}
        <span className="visually-hidden">: {caption}</span>
      </a>
    </p>
  );
}

export function ProblemSummary({ t, problems }: { t: Translator; problems: readonly FilterProblem[] }) {
  if (!problems.length) return null;
  return (
    <div className="notice notice--error" role="alert">
      <h2>{t('mayor.problems.heading')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p}>{t(`mayor.problem.${p}`)}</li>
        ))}
      </ul>
      <p>{t('mayor.problems.fallback')}</p>
    </div>
  );
}

function scoreLine(t: Translator, score: PeriodScore) {
  if (score.ikm == null || score.grade == null) return <p className="overview-card__value">{t.plural('mayor.overview.tooFew', score.responseCount)}</p>;
  return (
    <>
      <p className="overview-card__value">{t('mayor.overview.ikmGrade', { ikm: formatDecimal(t, score.ikm), grade: gradeText(t, score.grade) })}</p>
      <p>{t.plural('mayor.overview.responses', score.responseCount)}</p>
    </>
  );
}

/** IKM now (running, "so far"), in the last complete period, and the change between the two complete periods (facts/LAPORAN.md, Periods). */
export function OverviewSection({ t, overview }: { t: Translator; overview: Overview }) {
  const { current, previous, beforePrevious, feedback } = overview;
  const change = previous.ikm != null && beforePrevious.ikm != null ? previous.ikm - beforePrevious.ikm : null;
  const grades: Array<Grade | null> = ['A', 'B', 'C', 'D', null];
  const servicesOf = (grade: Grade | null) => overview.gradeDistribution.find((g) => (g.grade ?? null) === grade)?.services ?? 0;
  return (
    <section aria-labelledby="sekilas" className="dashboard-section">
      <h2 id="sekilas">{t('mayor.overview.heading')}</h2>
      <ul className="overview-cards">
        <li className="overview-card" data-testid="overview-current">
          <h3>{t('mayor.overview.current', { period: current.key })}</h3>
          <p>
            <strong className="badge">{t('mayor.overview.currentNote', { from: shortDay(t, current.from) })}</strong>
          </p>
          {scoreLine(t, current)}
        </li>
        <li className="overview-card" data-testid="overview-previous">
          <h3>{t('mayor.overview.previous', { period: previous.key })}</h3>
          <p>
            {shortDay(t, previous.from)} – {shortDay(t, previous.to)}
          </p>
          {scoreLine(t, previous)}
        </li>
        <li className="overview-card" data-testid="overview-change">
          <h3>{t('mayor.overview.change', { before: beforePrevious.key, after: previous.key })}</h3>
          <p className="overview-card__value">{change === null ? t('mayor.overview.changeNone') : changeText(t, change)}</p>
        </li>
      </ul>
      <div className="overview-tables">
        <ScrollTable id="sebaran-mutu" caption={t('mayor.overview.grades.caption', { period: previous.key })}>
          <thead>
            <tr>
              <th scope="col">{t('mayor.overview.grades.grade')}</th>
              <th scope="col">{t('mayor.overview.grades.services')}</th>
            </tr>
          </thead>
          <tbody>
            {grades.map((g) => (
              <tr key={g ?? 'none'}>
                <th scope="row">{g ? `${g} (${GRADE_LABEL[t.lang][g]})` : t('mayor.overview.grades.none')}</th>
                <td className="num">{t.number(servicesOf(g))}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <ScrollTable id="jawaban-komentar" caption={t('mayor.overview.feedback.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('mayor.overview.feedback.state')}</th>
              <th scope="col">{t('mayor.overview.feedback.count')}</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['onTime', feedback.answeredOnTime],
                ['late', feedback.answeredLate],
                ['overdue', feedback.overdue],
                ['awaiting', feedback.awaitingAnswer],
              ] as const
            ).map(([key, n]) => (
              <tr key={key} className={key === 'overdue' && n > 0 ? 'row--attention' : undefined}>
                <th scope="row">{t(`mayor.overview.feedback.${key}`)}</th>
                <td className="num">{t.number(n)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
    </section>
  );
}

/** Each decline in one sentence: what fell, by how much, on how many responses, which elements fell most; with where to look next. */
export function AlertList({ t, alerts, trendHref, hrHref }: { t: Translator; alerts: readonly Alert[]; trendHref: (unitId: string) => string; hrHref: string | null }) {
  return (
    <ol className="alerts">
      {alerts.map((a) => (
        <li key={`${a.scope}-${a.service?.id ?? a.unit.id}`} className="alert-card">
          <h3>{a.service ? t('mayor.alerts.service', { service: a.service.name, unit: a.unit.name }) : t('mayor.alerts.unit', { unit: a.unit.name })}</h3>
          <p>
            {t('mayor.alerts.sentence', {
              change: formatDecimal(t, Math.abs(a.change)),
              previousIkm: formatDecimal(t, a.previousIkm),
              previousGrade: gradeText(t, a.previousGrade),
              ikm: formatDecimal(t, a.ikm),
              grade: gradeText(t, a.grade),
              previousFrom: shortDay(t, a.previousFrom),
              previousTo: shortDay(t, a.previousTo),
              from: shortDay(t, a.from),
              to: shortDay(t, a.to),
              previousCount: t.number(a.previousResponseCount),
              count: t.number(a.responseCount),
            })}
          </p>
          {a.elements.length ? (
            <p>
              {t('mayor.alerts.elements', {
                elements: a.elements
                  .map((e) => t('mayor.alerts.element', { element: elementName(t, e.element), from: formatDecimal(t, e.previousAverage), to: formatDecimal(t, e.average), change: signed(t, e.change) }))
                  .join('; '),
              })}
            </p>
          ) : null}
          <ul className="alert-card__links no-print">
            <li>
              <Link to={trendHref(a.unit.id)}>{t('mayor.alerts.trend')}</Link>
            </li>
            {a.service ? (
              <li>
                <Link to={`/layanan/${a.service.slug}`}>{t('mayor.alerts.servicePage')}</Link>
              </li>
            ) : null}
            {hrHref ? (
              <li>
                <Link to={hrHref}>{t('mayor.alerts.hr')}</Link>
              </li>
            ) : null}
          </ul>
        </li>
      ))}
    </ol>
  );
}

interface FilterUnit {
  id: string;
  name: string;
  services: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The filters as a GET form (works without JavaScript; the address keeps them). Range presets are
 * links that keep the other choices; the days below always show the range in use, so sending the
 * form unchanged keeps it. Services are those of the chosen unit (all, by unit, when none is chosen).
 */
export function FilterForm({
  t,
  filters,
  regionSlug,
  units,
  presetHref,
}: {
  t: Translator;
  filters: DashboardFilters;
  regionSlug: string | null;
  units: readonly FilterUnit[];
  presetHref: (preset: RangePreset) => string;
}) {
  const unit = units.find((u) => u.id === filters.unitId) ?? null;
  return (
    <div className="dashboard-filters no-print">
      <nav aria-labelledby="rentang-cepat" className="presets">
        <h3 id="rentang-cepat">{t('mayor.filters.presets')}</h3>
        <ul>
          {RANGE_PRESETS.map((p) => (
            <li key={p}>
              <Link to={presetHref(p)} aria-current={filters.preset === p ? 'true' : undefined}>
                {t(`mayor.preset.${p}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="filters dashboard-form" aria-labelledby="pilihan-tampilan">
        <h3 id="pilihan-tampilan" className="visually-hidden">
          {t('mayor.filters.heading')}
        </h3>
        {regionSlug ? <input type="hidden" name={REGION_PARAM} value={regionSlug} /> : null}
        <div className="field">
          <label htmlFor="f-dari">{t('mayor.filters.from')}</label>
          <input id="f-dari" type="date" name={FILTER_PARAM.from} defaultValue={filters.from} aria-describedby="f-tanggal-hint" />
        </div>
        <div className="field">
          <label htmlFor="f-sampai">{t('mayor.filters.to')}</label>
          <input id="f-sampai" type="date" name={FILTER_PARAM.to} defaultValue={filters.to} aria-describedby="f-tanggal-hint" />
        </div>
        <p id="f-tanggal-hint" className="field__hint">
          {t('mayor.filters.dateHint')}
        </p>
        <div className="field">
          <label htmlFor="f-per">{t('mayor.filters.granularity')}</label>
          <select id="f-per" name={FILTER_PARAM.granularity} defaultValue={GRANULARITY_PARAM[filters.granularity]}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={GRANULARITY_PARAM[g]}>
                {t(`mayor.granularity.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-unit">{t('mayor.filters.unit')}</label>
          <select id="f-unit" name={FILTER_PARAM.unit} defaultValue={filters.unitId ?? ''}>
            <option value="">{t('mayor.filters.allUnits')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-layanan">{t('mayor.filters.service')}</label>
          <select id="f-layanan" name={FILTER_PARAM.service} defaultValue={filters.serviceId ?? ''} aria-describedby="f-layanan-hint">
            <option value="">{t('mayor.filters.allServices')}</option>
            {unit
              ? unit.services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))
              : units.map((u) => (
                  <optgroup key={u.id} label={u.name}>
                    {u.services.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
          </select>
          <p id="f-layanan-hint" className="field__hint">
            {t('mayor.filters.serviceHint')}
          </p>
        </div>
        <fieldset className="field element-choice">
          <legend>{t('mayor.filters.elements')}</legend>
          <ul className="checkbox-list">
            {SKM_ELEMENTS.map((e) => (
              <li key={e}>
                <input id={`f-unsur-${e}`} type="checkbox" name={FILTER_PARAM.element} value={e} defaultChecked={filters.elements.includes(e)} />{' '}
                <label htmlFor={`f-unsur-${e}`}>{elementName(t, e)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="button">
          {t('mayor.filters.submit')}
        </button>
      </Form>
    </div>
  );
}

/** Which programs improved which unit's scores: before → after with response counts, cost where known. */
export function ImpactList({ t, programs }: { t: Translator; programs: readonly ProgramImpact[] }) {
  return (
    <ol className="impact-programs">
      {programs.map((p, index) => {
        // Measured pairs, largest rise first; the unmeasured ones are counted here and listed in the CSV.
        const measured = p.impacts.filter((i) => i.change != null).sort((a, b) => (b.change ?? 0) - (a.change ?? 0));
        const unmeasured = p.impacts.length - measured.length;
        return (
          <li key={p.program.id} className="impact-program">
            <h3>{p.program.title}</h3>
            <p>
              {t('mayor.impact.facts', { completions: t.number(p.completions), units: t.number(p.units), measured: t.number(p.measuredUnits) })} ·{' '}
              {p.cost != null ? t('mayor.impact.cost', { cost: formatRupiah(p.cost) }) : t('mayor.impact.costUnknown')}
              {p.averageChange != null ? ` · ${t('mayor.impact.average', { change: changeText(t, p.averageChange) })}` : ''}
            </p>
            {measured.length ? (
              <ScrollTable id={`dampak-${index}`} caption={t('mayor.impact.caption', { program: p.program.title })}>
                <thead>
                  <tr>
                    <th scope="col">{t('mayor.impact.unit')}</th>
                    <th scope="col">{t('mayor.impact.competency')}</th>
                    <th scope="col">{t('mayor.impact.completedAt')}</th>
                    <th scope="col">{t('mayor.impact.before')}</th>
                    <th scope="col">{t('mayor.impact.after')}</th>
                    <th scope="col">{t('mayor.impact.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {measured.map((i) => (
                    <tr key={`${i.unit.id}-${i.competency.name}`}>
                      <th scope="row">{i.unit.name}</th>
                      <td className="wide">{i.competency.name}</td>
                      <td className="nowrap">{formatDay(t, i.completedAt)}</td>
                      <td className="num">{windowText(t, i.before)}</td>
                      <td className="num">{windowText(t, i.after)}</td>
                      <td className="num">{changeText(t, i.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : null}
            {unmeasured ? <p className="field__hint">{t.plural('mayor.impact.unmeasured', unmeasured)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

function windowText(t: Translator, w: { responseCount: number; average?: number | null }): string {
  return w.average == null ? t('mayor.impact.windowNone', { count: t.number(w.responseCount) }) : t('mayor.impact.window', { average: formatDecimal(t, w.average), count: t.number(w.responseCount) });
}
