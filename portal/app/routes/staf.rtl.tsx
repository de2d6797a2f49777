import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { parsePeriodKey, previousPeriod } from '@suara/skm';
import { execute } from '../graphql/client.server';
import { followUpFiguresQuery, followUpListQuery } from '../follow-up/follow-up.server';
import { followUpRegions, PERIOD_KEY } from '../follow-up/region.server';
import { days, percent } from '../follow-up/follow-up-ui';
import { HR_REGION_PARAM } from '../hr/region-param';
import { RegionPicker } from '../hr/region-picker';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/rtl`: follow-up plans (rencana tindak lanjut) of a period, one row per unit the staff member
 * reads — an officer's own unit(s); HR, the mayor and ADMIN every unit of the region — with each
 * plan's state and its completion and speed (facts/LAPORAN.md; decision record 0025).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'followUp');
  const { regions, region, readsRegion } = await followUpRegions(request, staff);
  if (!region) return data({ regions, region: null, plans: [], figures: null, periods: [] as string[], period: null }, { headers: STAFF_HEADERS });
  const asked = new URL(request.url).searchParams.get('periode');
  const period = asked && PERIOD_KEY.test(asked) ? asked : null;
  const [list, figures] = await Promise.all([
    execute(staff.caller, followUpListQuery, { regionSlug: region.slug, period }),
    readsRegion ? execute(staff.caller, followUpFiguresQuery, { regionSlug: region.slug, period }) : Promise.resolve(null),
  ]);
  for (const answer of [list, figures]) {
    if (answer && !answer.ok) {
      await unlessSignedOut(request, staff, answer.error);
      apiProblem(answer.error);
    }
  }
  const plans = list.ok ? list.data.followUpPlans : [];
  const shown = plans[0]?.period ?? (figures?.ok ? figures.data.followUpFigures.period : null);
  // The period shown and the five before it, for the picker.
  const periods: string[] = [];
  for (let p = shown ? parsePeriodKey(shown) : null; p && periods.length < 6; p = previousPeriod(p)) periods.push(p.key);
  return data(
    { regions, region, plans, figures: figures?.ok ? figures.data.followUpFigures : null, periods, period: shown },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('followUp.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function FollowUpList() {
  const { regions, region, plans, figures, periods, period } = useLoaderData<typeof loader>();
  const t = useT();
  if (!region) return <p className="notice">{t('followUp.noRegion')}</p>;
  const first = plans[0];
  return (
    <>
      <h1>{t('followUp.title')}</h1>
      <p>{t('followUp.intro')}</p>
      <RegionPicker t={t} regions={regions} current={region.slug} />
      <Form method="get" className="filters">
        {regions.length > 1 ? <input type="hidden" name={HR_REGION_PARAM} value={region.slug} /> : null}
        <label htmlFor="rtl-periode">{t('followUp.period')}</label>
        <select id="rtl-periode" name="periode" defaultValue={period ?? undefined}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--quiet">
          {t('followUp.show')}
        </button>
      </Form>
      {first ? <p>{t('followUp.periodLine', { period: first.period, from: first.periodStart, to: first.periodEnd })}</p> : null}

      {figures ? (
        <section aria-labelledby="rtl-capaian">
          <h2 id="rtl-capaian">{t('followUp.figures.title', { region: region.name })}</h2>
          <dl className="facts" data-testid="follow-up-figures">
            <div>
              <dt>{t('followUp.figures.completion')}</dt>
              <dd>{percent(t, figures.completion)}</dd>
            </div>
            <div>
              <dt>{t('followUp.figures.speed')}</dt>
              <dd>{days(t, figures.medianDaysToDone)}</dd>
            </div>
            <div>
              <dt>{t('followUp.figures.plans')}</dt>
              <dd>{t('followUp.figures.plansValue', { agreed: figures.agreedPlans, draft: figures.draftPlans })}</dd>
            </div>
            <div>
              <dt>{t('followUp.figures.actions')}</dt>
              <dd>{t('followUp.figures.actionsValue', { actions: figures.actions, onTime: figures.doneByDeadline, due: figures.due, overdue: figures.overdue, dropped: figures.dropped })}</dd>
            </div>
          </dl>
          <p className="field__hint">{t('followUp.figures.how')}</p>
        </section>
      ) : null}

      <section aria-labelledby="rtl-unit">
        <h2 id="rtl-unit">{t('followUp.units.title')}</h2>
        {plans.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="rtl-caption">
            <table className="log-table">
              <caption id="rtl-caption">{t('followUp.units.caption', { period: period ?? '' })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('followUp.units.unit')}</th>
                  <th scope="col">{t('followUp.units.state')}</th>
                  <th scope="col">{t('followUp.units.actions')}</th>
                  <th scope="col">{t('followUp.units.onTime')}</th>
                  <th scope="col">{t('followUp.figures.completion')}</th>
                  <th scope="col">{t('followUp.figures.speed')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.unit.id}>
                    <th scope="row">
                      <Link to={`/staf/rtl/${p.unit.id}/${p.period}`}>{p.unit.name}</Link>
                    </th>
                    <td>{t(`followUp.state.${p.state}`)}</td>
                    <td>{t.number(p.actions.length)}</td>
                    <td>{t('followUp.units.onTimeValue', { done: p.figures.doneByDeadline, due: p.figures.due })}</td>
                    <td>{percent(t, p.figures.completion)}</td>
                    <td>{days(t, p.figures.medianDaysToDone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="notice">{t('followUp.units.empty')}</p>
        )}
      </section>
    </>
  );
}
