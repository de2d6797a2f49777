import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { ELEMENT_TEXT, type Grade } from '@suara/skm';
import { Breadcrumbs } from '../components/breadcrumbs';
import type { Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { loadOpenData, loadPublishedReports } from '../open-data/load.server';
import { periodName, periodOption } from '../open-data/periods';
import openDataCss from '../styles/open-data.css?url';
import { formatDateIn, formatDecimal, gradeText, unitLabel } from '../utils/format';

/**
 * `/wilayah/<slug>/data`: the region's published SKM results per service and survey period (issue 10,
 * point 4; decision record 0027). For everyone; nothing personal; fewer than 5 responses show only
 * their count. A period picker (GET, works without JavaScript), a table per unit with its total,
 * element averages behind a `<details>`, revisions dated and numbered, and the CSV download.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const data = await loadOpenData(request, context, params.slug);
  return { data, reports: await loadPublishedReports(request, context, data) };
}

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: openDataCss }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  const region = data.data.region.name;
  return [{ title: t('meta.title', { page: t('openData.metaTitle', { region }) }) }, { name: 'description', content: t('openData.description', { region }) }];
};

type OpenData = Awaited<ReturnType<typeof loadOpenData>>;
type Row = OpenData['rows'][number];

function scoreCells(t: Translator, score: { ikm?: number | null; grade?: Grade | null; responseCount: number }) {
  const scored = score.ikm != null && score.grade != null;
  return (
    <>
      <td className="num">{scored ? formatDecimal(t, score.ikm!) : <span className="muted">{t('openData.tooFew')}</span>}</td>
      <td>{scored ? gradeText(t, score.grade!) : '—'}</td>
      <td className="num">{t.number(score.responseCount)}</td>
    </>
  );
}

function VersionCell({ t, row, timeZone }: { t: Translator; row: Row; timeZone: string }) {
  if (row.version == null) return <td>{t('openData.running')}</td>;
  if (row.version === 1 || !row.publishedAt) return <td className="num">1</td>;
  return (
    <td>
      <p className="revised">
        {t('openData.revised', { date: formatDateIn(t, row.publishedAt, timeZone), version: row.version })}
        {row.lateResponses != null && row.lateResponses > 0 ? ` (${t.plural('openData.revisedReason', row.lateResponses)})` : null}
      </p>
      {row.revisions.length > 0 ? (
        <details>
          <summary>{t('openData.revisions.summary')}</summary>
          <ul>
            {row.revisions.map((r) => (
              <li key={r.version ?? 0}>
                {r.ikm != null
                  ? t('openData.revisions.item', { version: r.version ?? '', date: formatDateIn(t, r.publishedAt!, timeZone), count: r.responseCount, ikm: formatDecimal(t, r.ikm) })
                  : t('openData.revisions.itemTooFew', { version: r.version ?? '', date: formatDateIn(t, r.publishedAt!, timeZone), count: r.responseCount })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </td>
  );
}

export default function OpenDataPage() {
  const { data, reports } = useLoaderData<typeof loader>();
  const t = useT();
  const { region, period } = data;
  const zone = region.timeZone;
  const name = periodName(t, period);
  const units = data.units.map((total) => ({ total, rows: data.rows.filter((r) => r.unit.id === total.unit?.id) }));
  const csv = (comma: boolean) => `/wilayah/${region.slug}/data.csv?periode=${encodeURIComponent(period.key)}${comma ? '&format=comma' : ''}`;
  return (
    <>
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: region.name, to: `/wilayah/${region.slug}` }, { label: t('openData.title') }]} />
      <h1>
        {t('openData.title')}: {region.name}
      </h1>
      <p>{t('openData.intro', { region: region.name })}</p>

      <Form method="get" className="open-data__picker no-print">
        <fieldset>
          <legend>{t('openData.period.legend')}</legend>
          <div className="field">
            <label htmlFor="periode">{t('openData.period.label')}</label>
            <select id="periode" name="periode" defaultValue={period.key}>
              {data.periods.some((p) => p.key === period.key) ? null : <option value={period.key}>{periodOption(t, period)}</option>}
              {data.periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {periodOption(t, p)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('openData.period.submit')}
          </button>
        </fieldset>
      </Form>

      <section aria-labelledby="periode-terpilih">
        <h2 id="periode-terpilih">{periodOption(t, period)}</h2>
        {period.state === 'PUBLISHED' ? (
          <p>
            {t('openData.state.PUBLISHED', { date: formatDateIn(t, period.publishedAt!, zone) })}
            {period.revisedAt ? ` ${t('openData.state.revised', { date: formatDateIn(t, period.revisedAt, zone) })}` : null}
          </p>
        ) : (
          <p className="notice">{t(`openData.state.${period.state}`)}</p>
        )}
        {period.state === 'PUBLISHED' && data.rows.length > 0 ? (
          <div className="open-data__download no-print">
            <h3>{t('openData.download.heading')}</h3>
            <ul>
              <li>
                <a href={csv(false)} download>
                  {t('openData.download.csv')}
                </a>
              </li>
              <li>
                <a href={csv(true)} download>
                  {t('openData.download.comma')}
                </a>
              </li>
            </ul>
          </div>
        ) : null}
        {data.rows.length > 0 ? (
          <p className="open-data__total">
            <strong>{t('openData.total.heading', { region: region.name })}: </strong>
            {data.total.ikm != null && data.total.grade != null
              ? t('openData.total.summary', { ikm: formatDecimal(t, data.total.ikm), grade: gradeText(t, data.total.grade), count: data.total.responseCount })
              : t('openData.total.tooFew', { count: data.total.responseCount })}
          </p>
        ) : (
          <p className="empty">{t('openData.empty')}</p>
        )}
      </section>

      {units.map(({ total, rows }, index) => {
        const unit = total.unit!;
        const captionId = `unit-${index}`;
        return (
          <section key={unit.id} className="open-data__unit" aria-labelledby={`${captionId}-h`}>
            <h2 id={`${captionId}-h`}>{unitLabel(unit)}</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
              <table className="data-table open-data__table">
                <caption id={captionId}>{t('openData.unit.caption', { unit: unitLabel(unit), period: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('openData.col.service')}</th>
                    <th scope="col">{t('openData.col.ikm')}</th>
                    <th scope="col">{t('openData.col.grade')}</th>
                    <th scope="col">{t('openData.col.responses')}</th>
                    <th scope="col">{t('openData.col.version')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.service.slug}>
                      <th scope="row">
                        <Link to={`/layanan/${row.service.slug}`}>{row.service.name}</Link>
                        {row.elements.length > 0 ? (
                          <details className="open-data__elements">
                            <summary>{t('openData.elements.summary', { service: row.service.name })}</summary>
                            <table className="data-table">
                              <caption>{t('openData.elements.caption', { service: row.service.name })}</caption>
                              <thead>
                                <tr>
                                  <th scope="col">{t('openData.elements.element')}</th>
                                  <th scope="col">{t('openData.elements.average')}</th>
                                </tr>
                              </thead>
                              <tbody>
                                {row.elements.map((e) => (
                                  <tr key={e.element}>
                                    <th scope="row">{ELEMENT_TEXT[t.lang][e.element].name}</th>
                                    <td className="num">{formatDecimal(t, e.average)}</td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                        ) : null}
                      </th>
                      {scoreCells(t, row)}
                      <VersionCell t={t} row={row} timeZone={zone} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('openData.unit.total')}</th>
                    {scoreCells(t, total)}
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            {reports[unit.id] ? (
              <p className="open-data__report">
                <a href={`/laporan/${reports[unit.id]!.id}.pdf`} download>
                  {t('openData.report.link', { unit: unitLabel(unit), period: name })}
                </a>{' '}
                {t('openData.report.version', {
                  version: reports[unit.id]!.version,
                  date: formatDateIn(t, reports[unit.id]!.publishedAt, zone),
                })}
              </p>
            ) : null}
          </section>
        );
      })}

      <section aria-labelledby="cara-membaca" className="open-data__explain">
        <h2 id="cara-membaca">{t('openData.explain.heading')}</h2>
        <p>{t('openData.explain.ikm')}</p>
        <p>{t('openData.explain.grades')}</p>
        <p>{t('openData.explain.tooFew')}</p>
        <p>{t('openData.explain.revised')}</p>
      </section>
    </>
  );
}
