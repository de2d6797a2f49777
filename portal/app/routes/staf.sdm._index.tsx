import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { hrNeedsQuery } from '../hr/plan.server';
import { hrRegions } from '../hr/region.server';
import { ScrollTable } from '../hr/scroll-table';
import type { Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm`: the development needs of HR's region for a year, highest priority first, each with
 * its evidence (citizens' signal, gap, JP shortfall, participation), the priority in one sentence
 * and suggested programs with their owner and measured impact; then the facilities issues, which
 * are never a people need. ADMIN picks the region with `?wilayah=`; `?tahun=` and `?kompetensi=`
 * filter (a GET form: it works without JavaScript and the address can be shared).
 */

const UUID = /^[0-9a-f-]{36}$/i;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const params = new URL(request.url).searchParams;
  const { regions, region } = await hrRegions(request, staff);
  // ADMIN, or HR of several regions: the page shows a region picker and keeps the choice in its links.
  const isAdmin = regions.length > 1;
  const currentYear = new Date().getFullYear();
  const askedYear = Number(params.get('tahun'));
  const year = Number.isInteger(askedYear) && askedYear >= 2000 && askedYear <= currentYear + 1 ? askedYear : currentYear;
  const competencyParam = params.get('kompetensi') ?? '';
  const competencyId = UUID.test(competencyParam) ? competencyParam : null;
  if (!region) return data({ region: null, regions, isAdmin, year, competencyId, result: null }, { headers: STAFF_HEADERS });
  const result = await execute(staff.caller, hrNeedsQuery, { regionSlug: region.slug, year, competencyId });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ region, regions, isAdmin, year, competencyId, result: result.data }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrNeeds.title') }) }, { name: 'robots', content: 'noindex' }];
};

const one = (n: number) => Math.round(n * 10) / 10;
const two = (n: number) => Math.round(n * 100) / 100;

type Need = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['result']>['developmentNeeds'][number];

function Evidence({ t, need }: { t: Translator; need: Need }) {
  const e = need.evidence;
  const p = need.participation;
  return (
    <dl className="need-evidence">
      <div>
        <dt>{t('hrNeeds.evidence.signal')}</dt>
        <dd>
          {t('hrNeeds.evidence.signalValue', {
            percent: one(e.feedbackSignal * 100),
            low: e.lowScoreCount,
            scores: e.scoreCount,
            tagged: e.taggedCount,
          })}
        </dd>
      </div>
      <div>
        <dt>{t('hrNeeds.evidence.gap')}</dt>
        <dd>{e.competencyGap === null ? t('hrNeeds.evidence.none') : t('hrNeeds.evidence.gapValue', { gap: two(e.competencyGap) })}</dd>
      </div>
      <div>
        <dt>{t('hrNeeds.evidence.jp')}</dt>
        <dd>{e.jpShortfall === null ? t('hrNeeds.evidence.none') : t('hrNeeds.evidence.jpValue', { jp: one(e.jpShortfall) })}</dd>
      </div>
      <div>
        <dt>{t('hrNeeds.evidence.participation')}</dt>
        <dd>
          {p.rate === null
            ? t('hrNeeds.evidence.participationNone')
            : t('hrNeeds.evidence.participationValue', {
                percent: Math.round(p.rate * 100),
                invited: p.invited,
                declined: p.declined,
                noShow: p.noShow,
                dropped: p.dropped,
              })}{' '}
          {p.low ? <strong className="badge badge--warning">{t('hrNeeds.evidence.lowParticipation')}</strong> : null}
        </dd>
      </div>
    </dl>
  );
}

function Programs({ t, need }: { t: Translator; need: Need }) {
  if (!need.suggestedPrograms.length) return <p className="field__hint">{t('hrNeeds.programs.none')}</p>;
  return (
    <ScrollTable id={`program-${need.unit.id}-${need.competency.id}`} caption={t('hrNeeds.programs.caption', { competency: need.competency.name, unit: need.unit.name })}>
      <thead>
        <tr>
          <th scope="col">{t('hrNeeds.programs.title')}</th>
          <th scope="col">{t('hrNeeds.programs.owner')}</th>
          <th scope="col">{t('hrNeeds.programs.partner')}</th>
          <th scope="col">{t('hrNeeds.programs.impact')}</th>
        </tr>
      </thead>
      <tbody>
        {need.suggestedPrograms.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link to={`/staf/sdm/program/${p.id}`}>{p.title}</Link>
              {p.shared ? <span className="badge"> {t('hrNeeds.programs.shared')}</span> : null}
            </th>
            <td>{p.ownerOffice}</td>
            <td>{p.partner?.name ?? '—'}</td>
            <td>
              {p.measuredImpact === null
                ? t('hrNeeds.programs.notMeasured')
                : t('hrNeeds.programs.impactValue', { change: `${p.measuredImpact > 0 ? '+' : ''}${t.number(two(p.measuredImpact))}` })}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export default function HrNeeds() {
  const { region, regions, isAdmin, year, competencyId, result } = useLoaderData<typeof loader>();
  const t = useT();
  if (!region || !result) {
    return (
      <>
        <h1>{t('hrNeeds.title')}</h1>
        <p className="notice">{t('hrNeeds.noRegion')}</p>
      </>
    );
  }
  const needs = result.developmentNeeds;
  const currentYear = new Date().getFullYear();
  const years = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];
  const competencies = [...result.competencies].sort((a, b) => a.name.localeCompare(b.name));
  const planQuery = new URLSearchParams(isAdmin ? { wilayah: region.slug } : {});
  return (
    <>
      <h1>{t('hrNeeds.title')}</h1>
      <p>{t('hrNeeds.intro', { region: region.name })}</p>
      <p className="field__hint">{t('hrNeeds.formula')}</p>
      <Form method="get" className="filters hr-filters" aria-label={t('hrNeeds.filter.legend')}>
        {isAdmin ? (
          <div className="field">
            <label htmlFor="wilayah" className="field__label">
              {t('hrNeeds.filter.region')}
            </label>
            <select id="wilayah" name="wilayah" defaultValue={region.slug} className="field__select">
              {regions.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="tahun" className="field__label">
            {t('hrNeeds.filter.year')}
          </label>
          <select id="tahun" name="tahun" defaultValue={String(year)} className="field__select">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kompetensi" className="field__label">
            {t('hrNeeds.filter.competency')}
          </label>
          <select id="kompetensi" name="kompetensi" defaultValue={competencyId ?? ''} className="field__select">
            <option value="">{t('hrNeeds.filter.allCompetencies')}</option>
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('hrNeeds.filter.submit')}
        </button>
      </Form>
      <p>
        {t.plural('hrNeeds.count', needs.length)} · <Link to={`/staf/sdm/rencana${planQuery.size ? `?${planQuery}` : ''}`}>{t('hrNeeds.planLink')}</Link>
      </p>
      {needs.length ? (
        <ol className="staff-cards development-needs">
          {needs.map((need) => (
            <li key={`${need.unit.id}-${need.competency.id}`} className="staff-card">
              <h2>{t('hrNeeds.need.heading', { unit: need.unit.name, competency: need.competency.name })}</h2>
              <p>
                <strong>{t('hrNeeds.need.priority', { priority: one(need.priority) })}</strong>
              </p>
              <p>
                {t('hrNeeds.need.sentence', {
                  priority: one(need.priority),
                  signal: one(need.evidence.feedbackSignal * 100),
                  gap: one(10 * (need.evidence.competencyGap ?? 0)),
                  jp: one(0.5 * (need.evidence.jpShortfall ?? 0)),
                })}
              </p>
              <h3>{t('hrNeeds.evidence.heading')}</h3>
              <Evidence t={t} need={need} />
              <h3>{t('hrNeeds.programs.heading')}</h3>
              <Programs t={t} need={need} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="notice">{t('hrNeeds.empty')}</p>
      )}
      <section aria-labelledby="sarana">
        <h2 id="sarana">{t('hrNeeds.facilities.heading')}</h2>
        <p>{t('hrNeeds.facilities.intro')}</p>
        {result.facilitiesIssues.length ? (
          <ScrollTable id="sarana-tabel" caption={t('hrNeeds.facilities.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('hrNeeds.facilities.unit')}</th>
                <th scope="col">{t('hrNeeds.facilities.responses')}</th>
                <th scope="col">{t('hrNeeds.facilities.average')}</th>
                <th scope="col">{t('hrNeeds.facilities.low')}</th>
              </tr>
            </thead>
            <tbody>
              {result.facilitiesIssues.map((f) => (
                <tr key={f.unit.id}>
                  <th scope="row">{f.unit.name}</th>
                  <td>{t.number(f.responseCount)}</td>
                  <td>{f.average === null ? '—' : t.number(two(f.average))}</td>
                  <td>
                    {t.number(f.lowScoreCount)} ({t.number(Math.round(f.lowShare * 100))}%)
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <p className="notice">{t('hrNeeds.facilities.empty')}</p>
        )}
      </section>
    </>
  );
}
