import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { enrolMutation, hrProgramQuery, hrRegionSlug, hrUnitPeopleQuery, updateEnrolmentMutation } from '../hr/programs.server';
import { NEXT_STEPS, OUTCOME_FIELDS, readEnrol, readOutcome, validateEnrol, validateOutcome, type OutcomeField } from '../hr/program-forms';
import { average, CheckboxGroup, fieldIdOf, rupiah, SelectInput, signedChange, TextInput } from '../hr/program-ui';
import { refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { byField, CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem, notFound } from '../utils/problems.server';

const ID = /^[0-9a-f-]{36}$/i;

/**
 * `/staf/sdm/program/<id>`: a program's details, its impact per unit, and (for HR of its own region)
 * its enrolments with a form per enrolment for the outcome, and a form to enrol a unit's employees.
 * A program another region shares shows its owner office as the contact and no enrolments.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const id = params.id ?? '';
  if (!ID.test(id)) notFound();
  const url = new URL(request.url);
  const result = await execute(staff.caller, hrProgramQuery, { id });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const program = result.data.trainingProgram;
  if (!program) notFound();
  const regionSlug = hrRegionSlug(staff, url);
  const own = program.region.slug === regionSlug || staff.user.roles.some((g) => g.role === 'ADMIN');
  const unitId = url.searchParams.get('unit') ?? '';
  let people: { year: number; employees: Array<{ id: string; nip: string; name: string; position?: string | null; jpThisYear: number; jpShortfall: number }> } | null = null;
  if (own && ID.test(unitId) && program.region.units.some((u) => u.id === unitId)) {
    const found = await execute(staff.caller, hrUnitPeopleQuery, { unitId });
    if (!found.ok) {
      await unlessSignedOut(request, staff, found.error);
      apiProblem(found.error);
    }
    people = found.data.unitCompetencyProfile;
  }
  return data({ program, impact: result.data.trainingImpact, own, unitId, people }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

type Answer = CatalogAnswer<Record<string, unknown>>;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const programId = params.id ?? '';
  if (!ID.test(programId)) notFound();
  const back = new URL(request.url);
  back.searchParams.delete('index');
  if (form.get('tindakan') === 'daftar') {
    const values = readEnrol(form);
    const checked = validateEnrol(values);
    if (!checked.ok) return refusedByForm('daftar', checked.problems, values);
    const result = await execute(staff.caller, enrolMutation, { programId, employeeIds: checked.value.employeeIds });
    if (!result.ok) return refusedByApi(request, staff, result.error, 'daftar', ['employeeIds'], values);
    back.searchParams.set('selesai', 'daftar');
    return redirect(`${back.pathname}${back.search}#peserta`, { status: 303, headers: STAFF_HEADERS });
  }
  const values = readOutcome(form);
  const formName = `hasil-${values.id.slice(0, 40)}`;
  const checked = validateOutcome(values);
  if (!checked.ok) return refusedByForm(formName, checked.problems, values);
  const result = await execute(staff.caller, updateEnrolmentMutation, { input: checked.value });
  if (!result.ok) return refusedByApi(request, staff, result.error, formName, OUTCOME_FIELDS, values);
  back.searchParams.set('selesai', 'hasil');
  return redirect(`${back.pathname}${back.search}#peserta`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded?.program.title ?? t('hrPrograms.list.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function HrProgramPage() {
  const { program, impact, own, unitId, people } = useLoaderData<typeof loader>();
  const { csrf } = useStaff();
  const t = useT();
  const [search] = useSearchParams();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const done = search.get('selesai');
  const enrolProblems = answer?.form === 'daftar' ? answer.problems : [];
  const enrolled = new Set(program.enrolments.map((e) => e.employee.id));
  return (
    <>
      <p>
        <Link to="/staf/sdm/program">← {t('hrPrograms.list.title')}</Link>
      </p>
      <h1>{program.title}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {t(done === 'daftar' ? 'hrPrograms.done.enrolled' : done === 'program' ? 'hrPrograms.done.program' : 'hrPrograms.done.outcome')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('hrPrograms.detail.owner')}</dt>
        <dd>
          {program.ownerOffice}
          {own ? null : <span> · {t('hrPrograms.detail.contactOffice')}</span>}
        </dd>
        <dt>{t('hrPrograms.field.form')}</dt>
        <dd>
          {t(`hrPrograms.form.${program.form}`)} · {t(`hrPrograms.mode.${program.mode}`)}
        </dd>
        <dt>{t('hrPrograms.field.jp')}</dt>
        <dd>{t.number(program.jp)}</dd>
        <dt>{t('hrPrograms.field.cost')}</dt>
        <dd>{rupiah(t, program.costPerParticipant)}</dd>
        <dt>{t('hrPrograms.field.partner')}</dt>
        <dd>{program.partner ? `${program.partner.name} (${t(`hrPrograms.kind.${program.partner.kind}`)})` : '—'}</dd>
        <dt>{t('hrPrograms.field.competencies')}</dt>
        <dd>{program.competencies.map((c) => c.name).join(', ')}</dd>
        {program.startsOn ? (
          <>
            <dt>{t('hrPrograms.detail.dates')}</dt>
            <dd>
              {program.startsOn} – {program.endsOn ?? '…'}
            </dd>
          </>
        ) : null}
        <dt>{t('hrPrograms.list.impact')}</dt>
        <dd>{program.measuredImpact === null ? t('hrPrograms.impact.notMeasured') : signedChange(t, program.measuredImpact)}</dd>
      </dl>
      {program.description ? <p>{program.description}</p> : null}
      <p>
        <Link to={`/staf/sdm/program/${program.id}/manfaat`}>{t('hrPrograms.detail.benefitsLink')}</Link>
      </p>

      <section aria-labelledby="dampak">
        <h2 id="dampak">{t('hrPrograms.detail.impactTitle')}</h2>
        {impact.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="dampak-caption">
            <table className="log-table">
              <caption id="dampak-caption">{t('hrPrograms.detail.impactCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hrPrograms.detail.unit')}</th>
                  <th scope="col">{t('hrPrograms.detail.competency')}</th>
                  <th scope="col">{t('hrPrograms.detail.completedAt')}</th>
                  <th scope="col">{t('hrPrograms.detail.before')}</th>
                  <th scope="col">{t('hrPrograms.detail.after')}</th>
                  <th scope="col">{t('hrPrograms.detail.change')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.map((i) => (
                  <tr key={`${i.unit.id}-${i.competency.code}`}>
                    <th scope="row">{i.unit.name}</th>
                    <td>{i.competency.name}</td>
                    <td>{i.completedAt}</td>
                    <td>{t('hrPrograms.detail.window', { average: average(t, i.before.average), count: i.before.responseCount })}</td>
                    <td>{t('hrPrograms.detail.window', { average: average(t, i.after.average), count: i.after.responseCount })}</td>
                    <td>{i.change === null ? t('hrPrograms.impact.tooFew') : signedChange(t, i.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="notice">{t('hrPrograms.impact.none')}</p>
        )}
      </section>

      <section aria-labelledby="peserta" id="peserta">
        <h2 id="peserta-judul">{t('hrPrograms.detail.enrolmentsTitle')}</h2>
        {!own ? (
          <p className="notice">{t('hrPrograms.detail.otherRegion')}</p>
        ) : program.enrolments.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="peserta-caption">
            <table className="log-table">
              <caption id="peserta-caption">{t('hrPrograms.detail.enrolmentsCaption', { count: program.enrolments.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hrPrograms.detail.employee')}</th>
                  <th scope="col">{t('hrPrograms.detail.unit')}</th>
                  <th scope="col">{t('hrPrograms.detail.status')}</th>
                  <th scope="col">{t('hrPrograms.detail.jpEarned')}</th>
                  <th scope="col">{t('hrPrograms.detail.reason')}</th>
                  <th scope="col">{t('hrPrograms.detail.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {program.enrolments.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      {e.employee.name}
                      <div className="field__hint">{e.employee.nip}</div>
                    </th>
                    <td>{e.employee.unit.name}</td>
                    <td>
                      {t(`hrPrograms.status.${e.status}`)}
                      {e.completedOn ? <div>{e.completedOn}</div> : null}
                    </td>
                    <td>{t.number(e.jpEarned)}</td>
                    <td>{e.reason ?? '—'}</td>
                    <td>
                      <OutcomeForm enrolment={e} jp={program.jp} csrf={csrf} answer={answer?.form === `hasil-${e.id}` ? answer : undefined} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="notice">{t('hrPrograms.detail.noEnrolments')}</p>
        )}
      </section>

      {own ? (
        <section aria-labelledby="daftarkan" className="narrow">
          <h2 id="daftarkan">{t('hrPrograms.enrol.title')}</h2>
          <Form method="get" className="staff-form staff-form--inline">
            <SelectInput
              t={t}
              form="pilih-unit"
              name="unit"
              label={t('hrPrograms.enrol.unit')}
              value={unitId}
              options={[{ value: '', label: t('hrPrograms.enrol.chooseUnit') }, ...program.region.units.map((u) => ({ value: u.id, label: u.name }))]}
            />
            <button type="submit" className="button button--quiet">
              {t('hrPrograms.enrol.showPeople')}
            </button>
          </Form>
          {people ? (
            <>
              <ErrorSummary t={t} problems={enrolProblems} targetOf={() => fieldIdOf('daftar', 'employeeIds')} />
              <Form method="post" className="staff-form">
                <CsrfField token={csrf} />
                <input type="hidden" name="tindakan" value="daftar" />
                <CheckboxGroup t={t} id={fieldIdOf('daftar', 'employeeIds')} legend={t('hrPrograms.enrol.people', { year: people.year })} problem={byField(enrolProblems).employeeIds}>
                  <ul className="checkbox-list">
                    {people.employees.map((p) => (
                      <li key={p.id}>
                        <label>
                          <input type="checkbox" name="employeeIds" value={p.id} disabled={enrolled.has(p.id)} /> {p.name} — {t('hrPrograms.enrol.jp', { jp: p.jpThisYear })}
                          {p.jpThisYear < 20 ? <strong> · {t('hrPrograms.enrol.below20')}</strong> : null}
                          {enrolled.has(p.id) ? <span> · {t('hrPrograms.enrol.already')}</span> : null}
                        </label>
                      </li>
                    ))}
                  </ul>
                </CheckboxGroup>
                <button type="submit" className="button">
                  {t('hrPrograms.enrol.submit')}
                </button>
              </Form>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function OutcomeForm({
  enrolment,
  jp,
  csrf,
  answer,
}: {
  enrolment: { id: string; status: string };
  jp: number;
  csrf: string;
  answer: Answer | undefined;
}) {
  const t = useT();
  const steps = NEXT_STEPS[enrolment.status] ?? [];
  if (!steps.length) return <span>{t('hrPrograms.detail.final')}</span>;
  const F = `hasil-${enrolment.id}`;
  const problems = (answer?.problems ?? []) as FieldProblem<OutcomeField>[];
  const fields = byField(problems);
  const values = answer?.values as Record<string, string> | undefined;
  return (
    <Form method="post" className="staff-form staff-form--compact" aria-label={t('hrPrograms.detail.outcome')}>
      <CsrfField token={csrf} />
      <input type="hidden" name="id" value={enrolment.id} />
      <ErrorSummary t={t} problems={problems as FieldProblem<string>[]} targetOf={(f) => fieldIdOf(F, f)} />
      <SelectInput
        t={t}
        form={F}
        name="status"
        label={t('hrPrograms.detail.newStatus')}
        problem={fields.status}
        value={values?.status}
        options={steps.map((s) => ({ value: s, label: t(`hrPrograms.status.${s}`) }))}
      />
      <TextInput t={t} form={F} name="completedOn" type="date" label={t('hrPrograms.detail.completedOn')} problem={fields.completedOn} value={values?.completedOn} />
      <TextInput t={t} form={F} name="jpEarned" label={t('hrPrograms.detail.jpEarnedInput', { jp })} problem={fields.jpEarned} value={values?.jpEarned} inputMode="numeric" />
      <TextInput t={t} form={F} name="reason" label={t('hrPrograms.detail.reasonInput')} problem={fields.reason} value={values?.reason} />
      <button type="submit" className="button button--quiet">
        {t('hrPrograms.detail.save')}
      </button>
    </Form>
  );
}
