import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import { formatRupiahInput, PLAN_FIELD, validatePlanForm, type PlanField } from '@suara/hr';
import { execute } from '../graphql/client.server';
import { hrPlanQuery } from '../hr/plan.server';
import { hrRegions } from '../hr/region.server';
import { ScrollTable } from '../hr/scroll-table';
import { metaTranslator, useT } from '../i18n/use-t';
import type { FieldProblem } from '../staff/forms';
import { byField, ErrorSummary, Field } from '../staff/form-ui';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/rencana?tahun=2027&anggaran=50.000.000`: a development plan within a budget. A GET
 * form (the plan changes nothing, and its address can be shared and opened again); the same schema
 * (@suara/hr) checks it in the browser and here. Next year by default.
 */

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const params = new URL(request.url).searchParams;
  const { regions, region } = await hrRegions(request, staff);
  const isAdmin = regions.length > 1;
  const values = { year: params.get(PLAN_FIELD.year) ?? String(new Date().getFullYear() + 1), budget: params.get(PLAN_FIELD.budget) ?? '' };
  const base = { region, regions, isAdmin, values, problems: [] as FieldProblem<PlanField>[], plan: null };
  if (!region || !params.has(PLAN_FIELD.budget)) return data(base, { headers: STAFF_HEADERS });
  const checked = validatePlanForm(values);
  if (!checked.ok) return data({ ...base, problems: checked.problems }, { status: 400, headers: STAFF_HEADERS });
  const result = await execute(staff.caller, hrPlanQuery, { regionSlug: region.slug, year: checked.value.year, budget: checked.value.budget });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    if (result.error.code === 'BAD_USER_INPUT') {
      const problems: FieldProblem<PlanField>[] = [{ field: /year|tahun/i.test(result.error.message) ? 'year' : 'budget', message: result.error.message }];
      return data({ ...base, problems }, { status: 400, headers: STAFF_HEADERS });
    }
    apiProblem(result.error);
  }
  return data({ ...base, values: { year: String(checked.value.year), budget: formatRupiahInput(checked.value.budget) }, plan: result.data.developmentPlan }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPlan.title') }) }, { name: 'robots', content: 'noindex' }];
};

const rupiah = (lang: string, n: number) => `Rp ${Math.round(n).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}`;

export default function HrPlan() {
  const loaded = useLoaderData<typeof loader>();
  const { region, regions, isAdmin, values, plan } = loaded;
  const t = useT();
  const [problems, setProblems] = useState<FieldProblem<PlanField>[]>(loaded.problems);
  const [attempt, setAttempt] = useState(0);
  const shown = problems.length ? problems : loaded.problems;
  const fields = byField(shown);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const checked = validatePlanForm({ year: String(form.get(PLAN_FIELD.year) ?? ''), budget: String(form.get(PLAN_FIELD.budget) ?? '') });
    setAttempt((n) => n + 1);
    if (!checked.ok) {
      event.preventDefault();
      setProblems(checked.problems);
    } else setProblems([]);
  };
  if (!region) {
    return (
      <>
        <h1>{t('hrPlan.title')}</h1>
        <p className="notice">{t('hrNeeds.noRegion')}</p>
      </>
    );
  }
  const csvQuery = new URLSearchParams({ [PLAN_FIELD.year]: values.year, [PLAN_FIELD.budget]: values.budget });
  if (isAdmin) csvQuery.set('wilayah', region.slug);
  const participants = plan ? plan.items.reduce((s, i) => s + i.participantCount, 0) : 0;
  const jp = plan ? plan.items.reduce((s, i) => s + i.jpAdded, 0) : 0;
  const en = t.lang === 'en';
  return (
    <>
      <h1>{t('hrPlan.title')}</h1>
      <p>{t('hrPlan.intro')}</p>
      <ErrorSummary t={t} problems={shown} targetOf={(f) => PLAN_FIELD[f]} attempt={attempt} />
      <Form method="get" className="filters hr-filters" noValidate onSubmit={onSubmit}>
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
        <Field t={t} id={PLAN_FIELD.year} label={t('hrPlan.form.year')} problem={fields.year}>
          {(aria) => <input {...aria} name={PLAN_FIELD.year} defaultValue={values.year} inputMode="numeric" autoComplete="off" className="field__input" size={6} />}
        </Field>
        <Field t={t} id={PLAN_FIELD.budget} label={t('hrPlan.form.budget')} hint={t('hrPlan.form.budgetHint')} problem={fields.budget}>
          {(aria) => <input {...aria} name={PLAN_FIELD.budget} defaultValue={values.budget} inputMode="numeric" autoComplete="off" className="field__input" />}
        </Field>
        <button type="submit" className="button">
          {t('hrPlan.form.submit')}
        </button>
      </Form>
      {plan ? (
        <>
          <ScrollTable id="ringkasan-anggaran" caption={t('hrPlan.summary.caption')}>
            <tbody>
              <tr>
                <th scope="row">{t('hrPlan.summary.budget')}</th>
                <td>{rupiah(t.lang, plan.budget)}</td>
              </tr>
              <tr>
                <th scope="row">{t('hrPlan.summary.spent')}</th>
                <td data-testid="plan-spent">{rupiah(t.lang, plan.spent)}</td>
              </tr>
              <tr>
                <th scope="row">{t('hrPlan.summary.remaining')}</th>
                <td>{rupiah(t.lang, plan.remaining)}</td>
              </tr>
              <tr>
                <th scope="row">{t('hrPlan.summary.participants')}</th>
                <td>{t.number(participants)}</td>
              </tr>
              <tr>
                <th scope="row">{t('hrPlan.summary.jp')}</th>
                <td>{t.number(jp)}</td>
              </tr>
            </tbody>
          </ScrollTable>
          <p>
            <a href={`/staf/sdm/rencana.csv?${csvQuery}`} download>
              {t('hrPlan.csv.link')}
            </a>
          </p>
          {plan.items.length ? (
            <ScrollTable id="butir-rencana" className="plan-items" caption={t('hrPlan.items.caption', { year: String(plan.year) })}>
              <thead>
                <tr>
                  <th scope="col">{t('hrPlan.items.rank')}</th>
                  <th scope="col">{t('hrPlan.items.need')}</th>
                  <th scope="col">{t('hrPlan.items.program')}</th>
                  <th scope="col">{t('hrPlan.items.participants')}</th>
                  <th scope="col">{t('hrPlan.items.cost')}</th>
                  <th scope="col">{t('hrPlan.items.why')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.items.map((item) => (
                  <tr key={`${item.rank}`}>
                    <td>{item.rank}</td>
                    <th scope="row">
                      {item.need.unit.name}: {item.need.competency.name}
                    </th>
                    <td>{item.program.title}</td>
                    <td>
                      <ul className="plain-list">
                        {item.participants.map((p) => (
                          <li key={p.employeeId}>
                            {p.name} <span className="field__hint">({en ? p.reasonEn : p.reason})</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {rupiah(t.lang, item.cost)}
                      <br />
                      <span className="field__hint">{t('hrPlan.items.perParticipant', { cost: rupiah(t.lang, item.costPerParticipant) })}</span>
                    </td>
                    <td>{en ? item.explanationEn : item.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          ) : (
            <p className="notice">{t('hrPlan.items.empty')}</p>
          )}
          <h2>{t('hrPlan.uncovered.heading')}</h2>
          {plan.uncovered.length ? (
            <ScrollTable id="belum-tercakup" caption={t('hrPlan.uncovered.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('hrPlan.uncovered.need')}</th>
                  <th scope="col">{t('hrPlan.uncovered.why')}</th>
                  <th scope="col">{t('hrPlan.uncovered.cost')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.uncovered.map((u) => (
                  <tr key={`${u.need.unit.id}-${u.need.competency.code}`}>
                    <th scope="row">
                      {u.need.unit.name}: {u.need.competency.name}
                    </th>
                    <td>{en ? u.explanationEn : u.explanation}</td>
                    <td>{u.costToCover === null ? '—' : rupiah(t.lang, u.costToCover)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          ) : (
            <p className="notice">{t('hrPlan.uncovered.none')}</p>
          )}
        </>
      ) : null}
    </>
  );
}
