import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { EMPLOYEE_FIELDS, fieldId, readEmployee, validateEmployee, type EmployeeValues } from '../hr/people-forms';
import { employeeOf, hrPositionsQuery, hrRegionUnitsQuery, saveEmployeeMutation, setEmployeeActiveMutation } from '../hr/people.server';
import { EmployeeFields } from '../hr/people-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/** `/staf/sdm/pegawai/:id/ubah`: edit an employee (NIP, name, unit, position, type) and deactivate or reactivate them. */

const FORM = 'pegawai-ubah';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const employee = await employeeOf(request, staff, params.id);
  const slug = employee.unit.region.slug;
  const [region, positions] = await Promise.all([execute(staff.caller, hrRegionUnitsQuery, { slug }), execute(staff.caller, hrPositionsQuery, { regionSlug: slug, unitId: null })]);
  if (!region.ok) return apiProblem(region.error);
  if (!positions.ok) return apiProblem(positions.error);
  const { assessments: _assessments, ...rest } = employee;
  return data(
    {
      employee: rest,
      units: [...(region.data.region?.units ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      positions: positions.data.positions.map((p) => ({ id: p.id, title: p.title, unit: p.unit })),
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const employee = await employeeOf(request, staff, params.id);
  const here = `/staf/sdm/pegawai/${employee.id}/ubah`;
  const intent = posted(form, 'tindakan');
  if (intent === 'nonaktifkan' || intent === 'aktifkan') {
    const result = await execute(staff.caller, setEmployeeActiveMutation, { id: employee.id, active: intent === 'aktifkan' });
    if (!result.ok) return refusedByApi(request, staff, result.error, 'status', [], {});
    return redirect(`${here}?selesai=${intent}`, { status: 303, headers: STAFF_HEADERS });
  }
  if (intent !== 'simpan') return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
  const values = readEmployee(form);
  const checked = validateEmployee(values);
  if (!checked.ok) return refusedByForm(FORM, checked.problems, values);
  const { positionId, ...rest } = checked.value;
  const result = await execute(staff.caller, saveEmployeeMutation, { input: { ...rest, id: employee.id, positionId: positionId || null } });
  if (!result.ok) return refusedByApi(request, staff, result.error, FORM, EMPLOYEE_FIELDS, values);
  return redirect(`${here}?selesai=simpan`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded ? t('hrPeople.edit.title', { name: loaded.employee.name }) : t('hrPeople.employees.title') }) }, { name: 'robots', content: 'noindex' }];
};

const DONE = { simpan: 'hrPeople.edit.saved', nonaktifkan: 'hrPeople.edit.deactivated', aktifkan: 'hrPeople.edit.activated' } as const;

export default function EditEmployee() {
  const { employee, units, positions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<EmployeeValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const mine = answer?.form === FORM ? answer : undefined;
  const state = useFormProblems((f) => validateEmployee(readEmployee(f)), mine?.problems as FieldProblem<(typeof EMPLOYEE_FIELDS)[number]>[] | undefined);
  const values: EmployeeValues = mine?.values ?? {
    nip: employee.nip,
    name: employee.name,
    unitId: employee.unit.id,
    positionId: employee.position?.id ?? '',
    employmentType: employee.employmentType,
  };
  const statusProblems = answer && answer.form === 'status' ? answer.problems : [];
  return (
    <>
      <h1>{t('hrPeople.edit.title', { name: employee.name })}</h1>
      <p>
        <Link to="/staf/sdm/pegawai">{t('hrPeople.backToList')}</Link> · <Link to={`/staf/sdm/pegawai/${employee.id}`}>{t('hrPeople.profile')}</Link> ·{' '}
        <Link to={`/staf/sdm/pegawai/${employee.id}/penilaian`}>{t('hrPeople.assessments')}</Link>
      </p>
      {done && done in DONE ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      ) : null}
      <section aria-labelledby="ubah-data" className="narrow">
        <h2 id="ubah-data">{t('hrPeople.edit.data')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(FORM, f as (typeof EMPLOYEE_FIELDS)[number])} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="simpan" />
          <EmployeeFields t={t} form={FORM} values={values} fields={state.fields} units={units} positions={positions} />
          <button type="submit" className="button">
            {t('hrPeople.save')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="ubah-status" className="narrow">
        <h2 id="ubah-status">{t('hrPeople.edit.status')}</h2>
        <ErrorSummary t={t} problems={statusProblems} targetOf={() => 'ubah-status'} />
        <p>{employee.active ? t('hrPeople.edit.isActive') : t('hrPeople.edit.isInactive')}</p>
        <Form method="post" className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value={employee.active ? 'nonaktifkan' : 'aktifkan'} />
          <button type="submit" className={employee.active ? 'button button--secondary' : 'button'}>
            {employee.active ? t('hrPeople.edit.deactivate') : t('hrPeople.edit.activate')}
          </button>
        </Form>
      </section>
    </>
  );
}
