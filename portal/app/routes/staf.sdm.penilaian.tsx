import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { coverageQuery, hrRegion, loaded, setAssessmentCycleMutation } from '../hr/insight.server';
import { hrRegionUnitsQuery } from '../hr/people.server';
import { readCycle, validateCycle, CYCLE_MAX, CYCLE_MIN } from '../hr/insight-forms';
import { RegionPicker } from '../hr/insight-ui';
import { refusedByApi, refusedByForm } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';
import { CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { useStaff } from '../staff/use-staff';

/**
 * `/staf/sdm/penilaian`: the region's assessment cycle (a form) and, per unit, who is assessed
 * within it and who is overdue (never assessed first, then the longest overdue).
 */

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { regions, region } = await hrRegion(request, staff);
  const found = await loaded(request, staff, await execute(staff.caller, hrRegionUnitsQuery, { slug: region.slug }));
  const units = [...(found.region?.units ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  // One request per unit, side by side: a region has tens of units, not thousands.
  const coverage = (
    await Promise.all(units.map(async (u) => (await loaded(request, staff, await execute(staff.caller, coverageQuery, { unit: u.id }))).assessmentCoverage))
  ).filter((c) => c.employeeCount > 0);
  return data({ regions, region, coverage, cycleMonths: coverage[0]?.cycleMonths ?? null }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region } = await hrRegion(request, staff);
  const values = readCycle(form);
  const checked = validateCycle(values);
  if (!checked.ok) return refusedByForm('cycle', checked.problems, values);
  const result = await execute(staff.caller, setAssessmentCycleMutation, { region: region.slug, months: checked.value.months });
  if (!result.ok) return refusedByApi(request, staff, result.error, 'cycle', ['months'], values);
  return redirect(`/staf/sdm/penilaian?wilayah=${encodeURIComponent(region.slug)}&selesai=siklus`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrInsight.coverage.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function Coverage() {
  const { regions, region, coverage, cycleMonths } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as { problems: FieldProblem<'months'>[]; values: { months: string } } | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const state = useFormProblems((f) => validateCycle(readCycle(f)), answer?.problems);
  const total = coverage.reduce((s, c) => s + c.employeeCount, 0);
  const upToDate = coverage.reduce((s, c) => s + c.upToDate, 0);
  return (
    <>
      <h1>{t('hrInsight.coverage.title')}</h1>
      <p>{t('hrInsight.coverage.intro', { region: region.name })}</p>
      <RegionPicker t={t} regions={regions} region={region} />
      {params.get('selesai') === 'siklus' ? (
        <p className="notice notice--success" role="status">
          {t('hrInsight.coverage.saved', { months: cycleMonths ?? '' })}
        </p>
      ) : null}
      <ErrorSummary t={t} problems={state.problems} targetOf={() => 'siklus-bulan'} attempt={state.attempt} />

      <section aria-labelledby="siklus" className="narrow">
        <h2 id="siklus">{t('hrInsight.coverage.cycleHeading')}</h2>
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <Field t={t} id="siklus-bulan" label={t('hrInsight.coverage.cycleLabel')} hint={t('hrInsight.coverage.cycleHint', { min: CYCLE_MIN, max: CYCLE_MAX })} problem={state.fields.months}>
            {(aria) => (
              <input {...aria} name="months" type="number" min={CYCLE_MIN} max={CYCLE_MAX} inputMode="numeric" defaultValue={answer?.values.months ?? String(cycleMonths ?? 24)} className="field__input" />
            )}
          </Field>
          <button type="submit" className="button">
            {t('hrInsight.coverage.cycleSave')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="cakupan">
        <h2 id="cakupan">{t('hrInsight.coverage.heading')}</h2>
        <p>{t('hrInsight.coverage.total', { upToDate, total })}</p>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="cakupan-caption">
          <table>
            <caption id="cakupan-caption">{t('hrInsight.coverage.caption', { months: cycleMonths ?? 24 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrInsight.unit')}</th>
                <th scope="col">{t('hrInsight.coverage.employees')}</th>
                <th scope="col">{t('hrInsight.coverage.upToDate')}</th>
                <th scope="col">{t('hrInsight.coverage.percent')}</th>
                <th scope="col">{t('hrInsight.coverage.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.map((c) => (
                <tr key={c.unit.id}>
                  <th scope="row">{c.unit.name}</th>
                  <td>{t.number(c.employeeCount)}</td>
                  <td>{t.number(c.upToDate)}</td>
                  <td>{c.coverage === null ? '–' : `${t.number(Math.round(c.coverage))} %`}</td>
                  <td>
                    {c.overdue.length ? (
                      <details>
                        <summary>{t.plural('hrInsight.coverage.overdueCount', c.overdue.length)}</summary>
                        <ul>
                          {c.overdue.map((o) => (
                            <li key={o.employeeId}>
                              <Link to={`/staf/sdm/pegawai/${o.employeeId}`}>{o.name}</Link> ({o.nip}) —{' '}
                              {o.lastAssessedOn
                                ? t('hrInsight.coverage.since', { date: o.lastAssessedOn, months: t.number(Math.round(o.monthsSince ?? 0)) })
                                : t('hrInsight.coverage.never')}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      t('hrInsight.coverage.none')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
