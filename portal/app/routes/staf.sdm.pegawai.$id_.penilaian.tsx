import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { ASSESSMENT_FIELDS, ASSESSMENT_METHODS, fieldId, readAssessment, validateAssessment, type AssessmentValues } from '../hr/people-forms';
import { employeeOf, hrDictionaryQuery, recordAssessmentMutation } from '../hr/people.server';
import { SelectInput, TextInput } from '../hr/people-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/** `/staf/sdm/pegawai/:id/penilaian`: record an assessment of the employee; every assessment, newest first. */

const FORM = 'penilaian-baru';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const employee = await employeeOf(request, staff, params.id);
  const dictionary = await execute(staff.caller, hrDictionaryQuery, { regionSlug: employee.unit.region.slug });
  if (!dictionary.ok) return apiProblem(dictionary.error);
  const competencies = dictionary.data.competencies.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind }));
  return data({ employee, competencies, today: new Date().toISOString().slice(0, 10) }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const employee = await employeeOf(request, staff, params.id);
  if (posted(form, 'tindakan') !== 'catat') return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
  const values = readAssessment(form);
  const checked = validateAssessment(values);
  if (!checked.ok) return refusedByForm(FORM, checked.problems, values);
  const { level, assessor, ...rest } = checked.value;
  const result = await execute(staff.caller, recordAssessmentMutation, { input: { ...rest, employeeId: employee.id, level: Number(level), assessor: assessor || null } });
  if (!result.ok) return refusedByApi(request, staff, result.error, FORM, ASSESSMENT_FIELDS, values);
  return redirect(`/staf/sdm/pegawai/${employee.id}/penilaian?selesai=catat`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded ? t('hrPeople.assess.title', { name: loaded.employee.name }) : t('hrPeople.employees.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function EmployeeAssessments() {
  const { employee, competencies, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<AssessmentValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const mine = answer?.form === FORM ? answer : undefined;
  const state = useFormProblems((f) => validateAssessment(readAssessment(f)), mine?.problems as FieldProblem<(typeof ASSESSMENT_FIELDS)[number]>[] | undefined);
  const values: AssessmentValues = mine?.values ?? { competencyId: '', level: '', assessedOn: today, method: 'UJI_KOMPETENSI', assessor: '' };
  const byKind = (kind: string) => competencies.filter((c) => c.kind === kind).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }));
  return (
    <>
      <h1>{t('hrPeople.assess.title', { name: employee.name })}</h1>
      <p>
        <Link to="/staf/sdm/pegawai">{t('hrPeople.backToList')}</Link> · <Link to={`/staf/sdm/pegawai/${employee.id}`}>{t('hrPeople.profile')}</Link> ·{' '}
        <Link to={`/staf/sdm/pegawai/${employee.id}/ubah`}>{t('hrPeople.edit')}</Link>
      </p>
      <p>
        {t('hrPeople.nip')}: {employee.nip} · {employee.unit.name} · {employee.position?.title ?? t('hrPeople.noPosition')}
      </p>
      {params.get('selesai') === 'catat' ? (
        <p className="notice notice--success" role="status">
          {t('hrPeople.assess.recorded')}
        </p>
      ) : null}
      <section aria-labelledby="penilaian-daftar">
        <h2 id="penilaian-daftar">{t('hrPeople.assessments')}</h2>
        {employee.assessments.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="penilaian-caption">
            <table className="log-table">
              <caption id="penilaian-caption">{t('hrPeople.assess.caption', { name: employee.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hrPeople.assess.date')}</th>
                  <th scope="col">{t('hrPeople.competency')}</th>
                  <th scope="col">{t('hrPeople.level')}</th>
                  <th scope="col">{t('hrPeople.assess.method')}</th>
                  <th scope="col">{t('hrPeople.assess.assessor')}</th>
                </tr>
              </thead>
              <tbody>
                {employee.assessments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.assessedOn}</th>
                    <td>
                      {a.competency.name} <span className="muted">({a.competency.code})</span>
                    </td>
                    <td>{a.level}</td>
                    <td>{t(`hrPeople.method.${a.method}`)}</td>
                    <td>{a.assessor ?? t('hrPeople.assess.noAssessor')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('hrPeople.assess.none')}</p>
        )}
      </section>
      <section aria-labelledby="penilaian-catat" className="narrow">
        <h2 id="penilaian-catat">{t('hrPeople.assess.record')}</h2>
        <p className="field__hint">{t('hrPeople.assess.latestCounts')}</p>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(FORM, f as (typeof ASSESSMENT_FIELDS)[number])} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="catat" />
          <SelectInput
            t={t}
            form={FORM}
            field="competencyId"
            label={t('hrPeople.competency')}
            problem={state.fields.competencyId}
            value={values.competencyId}
            options={[{ value: '', label: t('hrPeople.pickCompetency') }]}
            groups={(['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const).map((k) => ({ label: t(`hrPeople.kind.${k}`), options: byKind(k) }))}
          />
          <SelectInput
            t={t}
            form={FORM}
            field="level"
            label={t('hrPeople.level')}
            problem={state.fields.level}
            value={values.level}
            options={[{ value: '', label: t('hrPeople.pickLevel') }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))]}
          />
          <TextInput t={t} form={FORM} field="assessedOn" type="date" label={t('hrPeople.assess.date')} hint={t('hrPeople.assess.dateHint')} problem={state.fields.assessedOn} value={values.assessedOn} />
          <SelectInput
            t={t}
            form={FORM}
            field="method"
            label={t('hrPeople.assess.method')}
            problem={state.fields.method}
            value={values.method}
            options={ASSESSMENT_METHODS.map((m) => ({ value: m, label: t(`hrPeople.method.${m}`) }))}
          />
          <TextInput t={t} form={FORM} field="assessor" label={t('hrPeople.assess.assessor')} hint={t('hrPeople.assess.assessorHint')} problem={state.fields.assessor} value={values.assessor} />
          <button type="submit" className="button">
            {t('hrPeople.assess.submit')}
          </button>
        </Form>
      </section>
    </>
  );
}
