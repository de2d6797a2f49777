import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { heatmapQuery, hrRegion, loaded, unitEmployeesQuery } from '../hr/insight.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { gapText, heatLevel, RegionPicker } from '../hr/insight-ui';
import { requirePage, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';
import insightCss from '../styles/hr-insight.css?url';

/**
 * `/staf/sdm/peta`: the region's competency heatmap — units × competencies, the average gap in each
 * cell as a colour AND as a number, in a real table — and, for a chosen unit, its employees with a
 * link to each one's profile.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { regions, region } = await hrRegion(request, staff);
  const map = await loaded(request, staff, await execute(staff.caller, heatmapQuery, { region: region.slug }));
  const unitId = new URL(request.url).searchParams.get('unit');
  const inRegion = unitId && UUID.test(unitId) && map.competencyHeatmap.units.some((u) => u.unit.id === unitId);
  const unit = inRegion ? (await loaded(request, staff, await execute(staff.caller, unitEmployeesQuery, { unit: unitId }))).unitCompetencyProfile : null;
  return data({ regions, region, heatmap: map.competencyHeatmap, unit }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrInsight.heatmap.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function Heatmap() {
  const { regions, region, heatmap, unit } = useLoaderData<typeof loader>();
  const t = useT();
  const q = (extra: string) => `?wilayah=${encodeURIComponent(region.slug)}${extra}`;
  return (
    <>
      <h1>{t('hrInsight.heatmap.title')}</h1>
      <p>{t('hrInsight.heatmap.intro', { region: region.name })}</p>
      <RegionPicker t={t} regions={regions} region={region} />
      <h2 id="legenda">{t('hrInsight.heatmap.legend')}</h2>
      <ul className="heat-legend" aria-labelledby="legenda">
        <li className="heat-0">{t('hrInsight.heatmap.level0')}</li>
        <li className="heat-1">{t('hrInsight.heatmap.level1')}</li>
        <li className="heat-2">{t('hrInsight.heatmap.level2')}</li>
        <li className="heat-3">{t('hrInsight.heatmap.level3')}</li>
        <li className="heat-4">{t('hrInsight.heatmap.level4')}</li>
        <li className="heat-none">{t('hrInsight.heatmap.none')}</li>
      </ul>
      {heatmap.units.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="peta-caption">
          <table className="heat-table">
            <caption id="peta-caption">{t('hrInsight.heatmap.caption', { region: region.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrInsight.unit')}</th>
                {heatmap.competencies.map((c) => (
                  <th scope="col" key={c.id}>
                    <abbr title={c.name}>{c.code.replace(/^[A-Z]-/, '')}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {heatmap.units.map((row) => (
                <tr key={row.unit.id}>
                  <th scope="row">
                    <Link to={`${q(`&unit=${row.unit.id}`)}#pegawai`}>{row.unit.name}</Link>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={heatmap.competencies[i]!.id} className={`heat-${heatLevel(cell.averageGap)}`}>
                      {cell.averageGap === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('hrInsight.heatmap.none')}</span>
                        </>
                      ) : (
                        <>
                          {gapText(t, cell.averageGap)}
                          <small>{t('hrInsight.heatmap.below', { below: cell.employeesBelowStandard, assessed: cell.employeesAssessed })}</small>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('hrInsight.heatmap.empty')}</p>
      )}
      <p className="field__hint">{t('hrInsight.heatmap.how')}</p>

      {unit ? (
        <section aria-labelledby="pegawai" id="pegawai-bagian">
          <h2 id="pegawai">{t('hrInsight.heatmap.employeesOf', { unit: unit.unit.name })}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="pegawai-caption">
            <table>
              <caption id="pegawai-caption" className="visually-hidden">
                {t('hrInsight.heatmap.employeesOf', { unit: unit.unit.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('hrInsight.name')}</th>
                  <th scope="col">{t('hrInsight.nip')}</th>
                  <th scope="col">{t('hrInsight.position')}</th>
                  <th scope="col">{t('hrInsight.jpm')}</th>
                  <th scope="col">{t('hrInsight.jpYear')}</th>
                </tr>
              </thead>
              <tbody>
                {unit.employees.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/staf/sdm/pegawai/${e.id}`}>{e.name}</Link>
                    </th>
                    <td>{e.nip}</td>
                    <td>{e.position ?? '–'}</td>
                    <td>{e.jobPersonMatch === null ? '–' : `${t.number(Math.round(e.jobPersonMatch))} %`}</td>
                    <td>{t.number(Math.round(e.jpThisYear))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
