import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { ELEMENT_TEXT, SKM_ELEMENTS, isSkmElement, lowScoreReasonLabel, type SkmElement } from '@suara/skm';
import { execute } from '../graphql/client.server';
import { hrRegions } from '../hr/region.server';
import { HR_REGION_PARAM } from '../hr/region-param';
import { RegionPicker } from '../hr/region-picker';
import { citizenVoicesQuery } from '../hr/voices.server';
import type { Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { CompetencyTags } from '../staff/competency-tags';
import { dateText } from '../staff/format';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/suara-warga`: citizens' published comments and forum posts of the region, as the public
 * sees them, for HR to read and tag with competencies (issue 9, point 4). Filters are a GET form, so
 * the address is the filter and the tagging form comes back to it; it all works without JavaScript.
 * What citizens said went wrong (issue 13) sits beside each comment's low scores, and the counts of
 * the region's (or the chosen unit's) reasons in a table that opens without JavaScript (`<details>`).
 */

export const VOICES_PARAM = { region: HR_REGION_PARAM, unit: 'unit', competency: 'kompetensi', low: 'rendah', after: 'setelah' } as const;
const PAGE_SIZE = 20;
const ID = /^[0-9a-f-]{36}$/i;

function idParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return ID.test(value) ? value.toLowerCase() : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { regions, region } = await hrRegions(request, staff);
  const params = new URL(request.url).searchParams;
  const after = params.get(VOICES_PARAM.after);
  const filters = {
    unitId: idParam(params, VOICES_PARAM.unit),
    competencyId: idParam(params, VOICES_PARAM.competency),
    lowScoresOnly: params.get(VOICES_PARAM.low) === '1',
    after: after && after.length <= 1024 ? after : null,
  };
  if (!region) return data({ regions, region: null, filters, voices: null, units: [], competencies: [], timeZone: 'Asia/Makassar', refused: null as string | null }, { headers: STAFF_HEADERS });
  const found = await execute(staff.caller, citizenVoicesQuery, { regionSlug: region.slug, ...filters, first: PAGE_SIZE });
  if (!found.ok) {
    await unlessSignedOut(request, staff, found.error);
    // A unit, competency or page cursor that is not (or no longer) the region's: say so, keep the page.
    if (found.error.code !== 'BAD_USER_INPUT') apiProblem(found.error);
    return data(
      { regions, region, filters, voices: null, units: [], competencies: [], timeZone: 'Asia/Makassar', refused: found.error.message },
      { status: 400, headers: STAFF_HEADERS },
    );
  }
  const units = [...(found.data.region?.units ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const competencies = [...found.data.competencies].sort((a, b) => a.name.localeCompare(b.name));
  return data(
    { regions, region, filters, voices: found.data.citizenVoices, units, competencies, timeZone: found.data.region?.timeZone ?? 'Asia/Makassar', refused: null as string | null },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrVoices.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function CitizenVoices() {
  const t = useT();
  const { csrf } = useStaff();
  const { regions, region, filters, voices, units, competencies, timeZone, refused } = useLoaderData<typeof loader>();
  const location = useLocation();
  const back = `${location.pathname}${location.search || '?'}`;
  const params = new URLSearchParams(location.search);
  const nextParams = new URLSearchParams(params);
  if (voices?.pageInfo.endCursor) nextParams.set(VOICES_PARAM.after, voices.pageInfo.endCursor);
  const firstParams = new URLSearchParams(params);
  firstParams.delete(VOICES_PARAM.after);
  const items = voices?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1>{t('hrVoices.title')}</h1>
      <p>{t('hrVoices.intro')}</p>
      <RegionPicker t={t} regions={regions} current={region?.slug ?? null} />
      {!region ? <p className="notice">{t('hrVoices.noRegion')}</p> : null}
      {region ? (
        <Form method="get" className="filters" aria-label={t('hrVoices.filter')}>
          <input type="hidden" name={VOICES_PARAM.region} value={region.slug} />
          <label htmlFor="suara-unit">{t('hrVoices.unit')}</label>
          <select id="suara-unit" name={VOICES_PARAM.unit} defaultValue={filters.unitId ?? ''}>
            <option value="">{t('hrVoices.anyUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <label htmlFor="suara-kompetensi">{t('hrVoices.competency')}</label>
          <select id="suara-kompetensi" name={VOICES_PARAM.competency} defaultValue={filters.competencyId ?? ''}>
            <option value="">{t('hrVoices.anyCompetency')}</option>
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <div className="checkbox">
            <input id="suara-rendah" type="checkbox" name={VOICES_PARAM.low} value="1" defaultChecked={filters.lowScoresOnly} />
            <label htmlFor="suara-rendah">{t('hrVoices.lowOnly')}</label>
          </div>
          <button type="submit" className="button button--quiet">
            {t('hrVoices.apply')}
          </button>
        </Form>
      ) : null}
      {refused ? (
        <p className="notice notice--error" role="alert">
          {refused}
        </p>
      ) : null}
      {voices ? (
        <>
          <p role="status">{t.plural('hrVoices.count', voices.totalCount)}</p>
          <ReasonCounts t={t} counts={voices.reasonCounts} scope={units.find((u) => u.id === filters.unitId)?.name ?? region?.name ?? ''} />
          {items.length ? (
            <ol className="voices">
              {items.map((v) => (
                <li key={v.id} id={`kiriman-${v.id}`} className="card">
                  <p className="voice__meta">
                    <strong>{v.kind === 'FORUM_POST' ? t('hrVoices.kind.forum') : t('hrVoices.kind.comment')}</strong>
                    {' · '}
                    {v.service ? `${v.service.name} · ` : ''}
                    {v.unit.name}
                    {' · '}
                    <time dateTime={v.submittedAt}>{dateText(t, v.submittedAt, timeZone)}</time>
                  </p>
                  <blockquote className="voice__text">{v.text}</blockquote>
                  {v.lowElements.length ? (
                    <p className="voice__low">
                      {t('hrVoices.low')} {lowScoresText(t, v.lowElements, v.lowScoreReasons)}
                    </p>
                  ) : null}
                  <CompetencyTags t={t} itemId={v.id} tags={v.competencyTags} competencies={competencies} csrf={csrf} back={back} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="notice">{t('hrVoices.empty')}</p>
          )}
          {voices.pageInfo.hasNextPage ? (
            <nav className="pagination" aria-label={t('search.pagination')}>
              <Link to={`?${nextParams}`}>{t('hrVoices.next')}</Link>
            </nav>
          ) : null}
        </>
      ) : null}
      {filters.after ? (
        <p>
          <Link to={`?${firstParams}`}>{t('hrVoices.first')}</Link>
        </p>
      ) : null}
    </>
  );
}

type ReasonPick = { element: SkmElement; reason: string };

/** "Perilaku Pelaksana (Tidak ramah atau kasar; Meminta uang di luar tarif), Biaya/Tarif": each low element with the reasons picked for it. */
function lowScoresText(t: Translator, elements: readonly string[], picks: readonly ReasonPick[]): string {
  return elements
    .filter(isSkmElement)
    .map((e) => {
      const reasons = picks.filter((p) => p.element === e).map((p) => lowScoreReasonLabel(e, p.reason, t.lang));
      return reasons.length ? `${ELEMENT_TEXT[t.lang][e].name} (${reasons.join('; ')})` : ELEMENT_TEXT[t.lang][e].name;
    })
    .join(', ');
}

/**
 * How often each reason was given on scores of 1–2 in the region or the chosen unit over 12 months
 * (the API's `reasonCounts`: every rating, with or without a comment, whatever the other filters);
 * one row group per element, in the order of the SKM, most given first. The element heads its group
 * in a row of its own rather than a column, so the reasons keep the width of a 360 px phone.
 */
function ReasonCounts({ t, counts, scope }: { t: Translator; counts: ReadonlyArray<ReasonPick & { count: number }>; scope: string }) {
  if (!counts.length) return null;
  const groups = SKM_ELEMENTS.map((element) => ({ element, rows: counts.filter((c) => c.element === element) })).filter((g) => g.rows.length);
  return (
    <details className="voice-reasons" data-testid="reason-counts">
      <summary>{t('hrVoices.reasons.summary', { scope })}</summary>
      <p className="field__hint">{t('hrVoices.reasons.note')}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="alasan-judul">
        <table className="log-table">
          <caption id="alasan-judul">{t('hrVoices.reasons.caption', { scope })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hrVoices.reasons.reason')}</th>
              <th scope="col" className="num">
                {t('hrVoices.reasons.count')}
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.element}>
              <tr>
                <th scope="rowgroup" colSpan={2}>
                  {ELEMENT_TEXT[t.lang][g.element].name}
                </th>
              </tr>
              {g.rows.map((c) => (
                <tr key={c.reason}>
                  <th scope="row">{lowScoreReasonLabel(g.element, c.reason, t.lang)}</th>
                  <td className="num">{t.number(c.count)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </details>
  );
}
