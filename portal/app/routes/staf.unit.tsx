import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { unitOverviewQuery } from '../hr/programs.server';
import { average, signedChange } from '../hr/program-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { officerUnits } from '../staff/roles';
import { dateText } from '../staff/format';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { apiProblem } from '../utils/problems.server';

const ELEMENTS = ['PERSYARATAN', 'SISTEM_MEKANISME_PROSEDUR', 'WAKTU_PENYELESAIAN', 'BIAYA_TARIF', 'PRODUK_SPESIFIKASI', 'KOMPETENSI_PELAKSANA', 'PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN', 'SARANA_PRASARANA'] as const;

/**
 * `/staf/unit`: the read-only page of a unit's officers (issue 9, 12c): their unit's scores per
 * service over 12 months, recent published comments, and the measured impact of programs their
 * colleagues completed. No employee is named and no assessment is shown: the API gives none.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'unit');
  const units = officerUnits(staff.user.roles);
  const asked = new URL(request.url).searchParams.get('unit');
  const unit = units.find((u) => u.id === asked) ?? units[0]!;
  const result = await execute(staff.caller, unitOverviewQuery, { unitId: unit.id });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ units, overview: result.data.unitOverview }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('unitPage.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function UnitOverviewPage() {
  const { units, overview } = useLoaderData<typeof loader>();
  const t = useT();
  const known = new Set<string>(ELEMENTS);
  return (
    <>
      <h1>{t('unitPage.heading', { unit: overview.unit.name })}</h1>
      <p>{t('unitPage.intro', { from: overview.periodStart, to: overview.periodEnd })}</p>
      {units.length > 1 ? (
        <nav aria-label={t('unitPage.otherUnits')}>
          <ul className="tabs">
            {units.map((u) => (
              <li key={u.id}>
                <Link to={`?unit=${u.id}`} aria-current={u.id === overview.unit.id ? 'page' : undefined}>
                  {u.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p>
        {overview.satisfaction.ikm === null || overview.satisfaction.ikm === undefined
          ? t('unitPage.noIkm', { count: overview.satisfaction.responseCount })
          : t('unitPage.ikm', { ikm: t.number(Math.round(overview.satisfaction.ikm * 100) / 100), count: overview.satisfaction.responseCount })}
      </p>

      <section aria-labelledby="nilai-layanan">
        <h2 id="nilai-layanan">{t('unitPage.scoresTitle')}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="nilai-caption">
          <table className="log-table">
            <caption id="nilai-caption">{t('unitPage.scoresCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unitPage.service')}</th>
                <th scope="col">{t('unitPage.responses')}</th>
                {ELEMENTS.map((e) => (
                  <th scope="col" key={e}>
                    {t(`unitPage.element.${e}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.services.map((s) => {
                const byElement = new Map(s.satisfaction.elements.filter((e) => known.has(e.element)).map((e) => [e.element, e.average]));
                return (
                  <tr key={s.service.id}>
                    <th scope="row">{s.service.name}</th>
                    <td>{t.number(s.satisfaction.responseCount)}</td>
                    {ELEMENTS.map((e) => (
                      <td key={e}>{average(t, byElement.get(e))}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="field__hint">{t('unitPage.scoresHint')}</p>
      </section>

      <section aria-labelledby="komentar">
        <h2 id="komentar">{t('unitPage.commentsTitle')}</h2>
        {overview.recentComments.length ? (
          <ul className="comment-list">
            {overview.recentComments.map((c) => (
              <li key={c.feedback.id}>
                <p>{c.feedback.comment}</p>
                <p className="field__hint">
                  {c.service.name} · <time dateTime={String(c.feedback.submittedAt)}>{dateText(t, String(c.feedback.submittedAt))}</time>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice">{t('unitPage.noComments')}</p>
        )}
      </section>

      <section aria-labelledby="program-unit">
        <h2 id="program-unit">{t('unitPage.programsTitle')}</h2>
        {overview.completedPrograms.length ? (
          <ul className="staff-cards">
            {overview.completedPrograms.map((p) => (
              <li key={p.programId} className="staff-card">
                <h3>{p.title}</h3>
                <p>{t('unitPage.completions', { count: p.completions })}</p>
                {p.impact.some((i) => i.change !== null) ? (
                  <ul>
                    {p.impact
                      .filter((i) => i.change !== null)
                      .map((i) => (
                        <li key={i.competency.code}>
                          {t('unitPage.impactLine', {
                            competency: i.competency.name,
                            before: average(t, i.before.average),
                            after: average(t, i.after.average),
                            change: signedChange(t, i.change!),
                            count: i.before.responseCount + i.after.responseCount,
                          })}
                        </li>
                      ))}
                  </ul>
                ) : (
                  <p>{t('unitPage.notMeasured')}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice">{t('unitPage.noPrograms')}</p>
        )}
      </section>
    </>
  );
}
