import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { addDays, daysInclusive } from '@suara/skm';
import { metaTranslator, useT } from '../i18n/use-t';
import { ikmBarPercent } from '../mayor/chart';
import { ElementChart, TrendChart } from '../mayor/charts';
import { AlertList, CsvLink, DataTableView, FilterForm, ImpactList, OverviewSection, ProblemSummary } from '../mayor/dashboard-ui';
import { loadDashboard } from '../mayor/dashboard.server';
import { ALERT_DAYS, filterParams, type DashboardFilters, type RangePreset } from '../mayor/filters';
import { elementName, formatDay, granularityWord } from '../mayor/format';
import { alertsTable, impactTable, rankingTable, trendTable, type TableName } from '../mayor/tables';
import { RegionPicker } from '../staff/region-picker';
import { STAFF_HEADERS, staffHeaders } from '../staff/guard.server';
import mayorCss from '../styles/mayor.css?url';
import { formatDecimal, gradeText } from '../utils/format';

/**
 * `/staf/pimpinan`: the head of region's weekly view of service quality (DESIGN.md, who uses it):
 * how it is moving, which units lead and which fall behind, what needs attention now, and whether
 * the training budget bought better service. MAYOR and HR of the region and ADMIN; ADMIN and
 * anyone with several regions pick one with `?wilayah=`, and another region's address is refused.
 * Filters are a GET form kept in the address; every table downloads as CSV
 * (`/staf/pimpinan.csv?tabel=…` with the same filters); the page prints without navigation or forms.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { regions, region, filters, problems, service, dashboard, isHr } = await loadDashboard(request, context);
  return data(
    {
      regions,
      pickRegion: regions.length > 1,
      region,
      filters,
      problems,
      service,
      dashboard,
      isHr,
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: mayorCss }];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  // The title names the head of region as the region calls them: Wali Kota of a city, Bupati of a regency (facts/REGIONS.md).
  const page = loaded ? t('mayor.metaTitle', { head: loaded.region.headTitle, region: loaded.region.name }) : t('staff.nav.mayor');
  return [{ title: t('meta.title', { page }) }, { name: 'robots', content: 'noindex' }];
};

const PAGE = '/staf/pimpinan';

export default function MayorDashboard() {
  const { regions, pickRegion, region, filters, problems, service, dashboard, isHr } = useLoaderData<typeof loader>();
  const t = useT();
  const regionSlug = pickRegion ? region.slug : null;
  const query = (f: DashboardFilters, override: { preset?: RangePreset } = {}) => filterParams(f, regionSlug, override).toString();
  const href = (f: DashboardFilters, override: { preset?: RangePreset } = {}) => {
    const q = query(f, override);
    return q ? `${PAGE}?${q}` : PAGE;
  };
  const csvHref = (table: TableName) => {
    const params = filterParams(filters, regionSlug);
    params.set('tabel', table);
    return `/staf/pimpinan.csv?${params}`;
  };

  const unit = region.units.find((u) => u.id === filters.unitId) ?? null;
  const scope = service && unit
    ? t('mayor.scope.service', { service: service.name, unit: unit.name })
    : unit
      ? t('mayor.scope.unit', { unit: unit.name })
      : t('mayor.scope.region', { region: region.name });
  const granularity = granularityWord(t, filters.granularity);
  const from = formatDay(t, filters.from);
  const to = formatDay(t, filters.to);

  // The range as a whole, for the scope shown: the same numbers the service pages and the region page show for these days.
  const rankingRow = unit ? dashboard.unitRanking.find((r) => r.unit.id === unit.id) : undefined;
  const summary = service ? dashboard.service?.satisfaction : unit ? rankingRow : dashboard.region?.satisfaction;

  const previousTo = addDays(filters.from, -1);
  const days = daysInclusive(filters.from, filters.to);
  const previousFrom = addDays(filters.from, -days);

  const trend = trendTable(t, dashboard.serviceQualityTrend, filters.granularity, filters.elements, t('mayor.trend.table.caption', { granularity, scope }));
  const ranking = rankingTable(t, dashboard.unitRanking, t('mayor.ranking.caption', { from, to }), ikmBarPercent);
  const alerts = alertsTable(t, dashboard.declineAlerts, t('mayor.alerts.table.caption', { days: ALERT_DAYS }));
  const impact = impactTable(t, dashboard.trainingImpactSummary, t('mayor.impact.table.caption'));

  return (
    <article className="mayor-dashboard">
      <h1>{t('mayor.title', { region: region.name })}</h1>
      <p className="lead">{t('mayor.lead', { head: region.headTitle })}</p>
      {pickRegion ? (
        <div className="no-print">
          <RegionPicker id="pimpinan-wilayah" label={t('mayor.region.label')} submit={t('mayor.region.submit')} regions={regions} current={region.slug} />
        </div>
      ) : null}
      <ProblemSummary t={t} problems={problems} />

      <OverviewSection t={t} overview={dashboard.regionOverview} />

      <section aria-labelledby="perhatian" className="dashboard-section">
        <h2 id="perhatian">{t('mayor.alerts.heading')}</h2>
        <p>{t('mayor.alerts.intro', { days: ALERT_DAYS })}</p>
        {dashboard.declineAlerts.length ? (
          <>
            <AlertList
              t={t}
              alerts={dashboard.declineAlerts}
              trendHref={(unitId) => `${href({ ...filters, unitId, serviceId: null })}#tren`}
              hrHref={isHr ? `/staf/sdm${regionSlug ? `?wilayah=${encodeURIComponent(regionSlug)}` : ''}` : null}
            />
            <DataTableView t={t} id="tabel-peringatan" table={alerts} />
            <CsvLink t={t} href={csvHref('peringatan')} caption={alerts.caption} />
          </>
        ) : (
          <p className="empty">{t('mayor.alerts.empty', { days: ALERT_DAYS })}</p>
        )}
      </section>

      <section aria-labelledby="tren" className="dashboard-section">
        <h2 id="tren">{t('mayor.trend.heading')}</h2>
        <FilterForm t={t} filters={filters} regionSlug={regionSlug} units={region.units} presetHref={(p) => `${href(filters, { preset: p })}#tren`} />
        <p className="filters-in-words" data-testid="filters-in-words">
          {filters.preset
            ? t('mayor.filters.wordsPreset', { scope, preset: t(`mayor.preset.${filters.preset}`), from, to, granularity })
            : t('mayor.filters.words', { scope, from, to, granularity })}
          {filters.elements.length ? ` ${t('mayor.filters.wordsElements', { elements: filters.elements.map((e) => elementName(t, e)).join(', ') })}` : ''}
        </p>
        <p className="range-summary" data-testid="range-summary">
          {summary && summary.ikm != null && summary.grade
            ? t('mayor.trend.summary', { ikm: formatDecimal(t, summary.ikm), grade: gradeText(t, summary.grade), count: t.number(summary.responseCount) })
            : t('mayor.trend.summaryTooFew', { count: t.number(summary?.responseCount ?? 0) })}
        </p>
        {dashboard.serviceQualityTrend.some((p) => p.responseCount > 0) ? (
          <>
            <figure className="chart-figure">
              <TrendChart t={t} points={dashboard.serviceQualityTrend} granularity={filters.granularity} title={t('mayor.trend.chartTitle', { granularity, scope })} />
              <figcaption className="field__hint">{t('mayor.trend.legend')}</figcaption>
            </figure>
            {filters.elements.length ? (
              <section aria-labelledby="tren-unsur">
                <h3 id="tren-unsur">{t('mayor.trend.elementsHeading')}</h3>
                <p className="field__hint">{t('mayor.trend.elementsIntro')}</p>
                <ul className="small-multiples">
                  {filters.elements.map((e) => (
                    <li key={e}>
                      <h4>{elementName(t, e)}</h4>
                      <ElementChart t={t} points={dashboard.serviceQualityTrend} granularity={filters.granularity} element={e} name={elementName(t, e)} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        ) : (
          <p className="empty">{t('mayor.trend.empty')}</p>
        )}
        <details className="data-details" open={dashboard.serviceQualityTrend.length <= 16}>
          <summary>{t('mayor.trend.table.show', { count: dashboard.serviceQualityTrend.length })}</summary>
          <DataTableView t={t} id="tabel-tren" table={trend} />
        </details>
        <CsvLink t={t} href={csvHref('trend')} caption={trend.caption} />
      </section>

      <section aria-labelledby="peringkat" className="dashboard-section">
        <h2 id="peringkat">{t('mayor.ranking.heading')}</h2>
        <p>{t('mayor.ranking.intro', { from, to, days, previousFrom: formatDay(t, previousFrom), previousTo: formatDay(t, previousTo) })}</p>
        {ranking.rows.length ? <DataTableView t={t} id="tabel-peringkat" table={ranking} className="ranking-table" /> : <p className="empty">{t('mayor.ranking.empty')}</p>}
        <CsvLink t={t} href={csvHref('peringkat')} caption={ranking.caption} />
      </section>

      <section aria-labelledby="dampak" className="dashboard-section">
        <h2 id="dampak">{t('mayor.impact.heading')}</h2>
        <p>{t('mayor.impact.intro')}</p>
        {dashboard.trainingImpactSummary.length ? (
          <>
            <ImpactList t={t} programs={dashboard.trainingImpactSummary} />
            <CsvLink t={t} href={csvHref('dampak')} caption={impact.caption} />
          </>
        ) : (
          <p className="empty">{t('mayor.impact.empty')}</p>
        )}
      </section>
      <p className="field__hint">{t('mayor.source')}</p>
      <p className="field__hint no-print">{t('mayor.print')}</p>
    </article>
  );
}
