import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { EMPLOYEE_FIELDS, fieldId, readEmployee, validateEmployee, type EmployeeValues } from '../hr/people-forms';
import { hrEmployeesQuery, hrPositionsQuery, hrRegion, saveEmployeeMutation } from '../hr/people.server';
import { REGION_PARAM, regionQuery } from '../hr/people-region';
import { EmployeeFields } from '../hr/people-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/pegawai`: the region's employees — unit filter and search in the address (a GET form),
 * pages of 20, each linking to the profile, its edit page and its assessments — and the form that
 * adds an employee. Works without JavaScript.
 */

export const PARAM = { unit: 'unit', search: 'cari', after: 'setelah' } as const;
const PAGE_SIZE = 20;
const FORM = 'pegawai-baru';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { region, regions } = await hrRegion(request, staff);
  const params = new URL(request.url).searchParams;
  const unit = region.units.find((u) => u.id === params.get(PARAM.unit)) ?? null;
  const search = (params.get(PARAM.search) ?? '').trim().slice(0, 100);
  const after = params.get(PARAM.after)?.slice(0, 1024) || null;
  const [employees, positions] = await Promise.all([
    execute(staff.caller, hrEmployeesQuery, { regionSlug: region.slug, unitId: unit?.id ?? null, search: search || null, first: PAGE_SIZE, after }),
    execute(staff.caller, hrPositionsQuery, { regionSlug: region.slug, unitId: null }),
  ]);
  for (const result of [employees, positions]) {
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      // A stale page cursor is not worth an error page: start from the first page.
      if (result.error.code === 'BAD_USER_INPUT' && after) {
        const again = new URL(request.url);
        again.searchParams.delete(PARAM.after);
        throw redirect(`${again.pathname}${again.search}`, { status: 303, headers: STAFF_HEADERS });
      }
      apiProblem(result.error);
    }
  }
  return data(
    {
      region,
      regions,
      filters: { unitId: unit?.id ?? '', search, after },
      employees: employees.ok ? employees.data.employees : null,
      positions: positions.ok ? positions.data.positions.map((p) => ({ id: p.id, title: p.title, unit: p.unit })) : [],
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region, regions } = await hrRegion(request, staff);
  if (posted(form, 'tindakan') !== 'tambah-pegawai') return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
  const values = readEmployee(form);
  const checked = validateEmployee(values);
  if (!checked.ok) return refusedByForm(FORM, checked.problems, values);
  const { positionId, ...rest } = checked.value;
  const result = await execute(staff.caller, saveEmployeeMutation, { input: { ...rest, positionId: positionId || null } });
  if (!result.ok) return refusedByApi(request, staff, result.error, FORM, EMPLOYEE_FIELDS, values);
  const query = new URLSearchParams(regionQuery(regions, region.slug));
  query.set(PARAM.search, checked.value.nip.replace(/[\s.]/g, ''));
  query.set('selesai', 'baru');
  return redirect(`/staf/sdm/pegawai?${query}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPeople.employees.title') }) }, { name: 'robots', content: 'noindex' }];
};

const EMPTY: EmployeeValues = { nip: '', name: '', unitId: '', positionId: '', employmentType: 'PNS' };

export default function Employees() {
  const { region, regions, filters, employees, positions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<EmployeeValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const mine = answer?.form === FORM ? answer : undefined;
  const state = useFormProblems((f) => validateEmployee(readEmployee(f)), mine?.problems as FieldProblem<(typeof EMPLOYEE_FIELDS)[number]>[] | undefined);
  const values = mine?.values ?? { ...EMPTY, unitId: filters.unitId };
  const regionParam = regionQuery(regions, region.slug);
  const withRegion = (path: string) => (regionParam ? `${path}?${regionParam}` : path);
  const next = new URLSearchParams(params);
  next.delete('selesai');
  if (employees?.pageInfo.endCursor) next.set(PARAM.after, employees.pageInfo.endCursor);
  const first = new URLSearchParams(params);
  first.delete(PARAM.after);
  first.delete('selesai');

  return (
    <>
      <h1>{t('hrPeople.employees.heading', { region: region.name })}</h1>
      {params.get('selesai') === 'baru' ? (
        <p className="notice notice--success" role="status">
          {t('hrPeople.employees.added')}
        </p>
      ) : null}
      <Form method="get" className="staff-form staff-form--inline" aria-label={t('hrPeople.employees.filter')}>
        {regions.length > 1 ? (
          <div className="field">
            <label htmlFor="pegawai-wilayah" className="field__label">
              {t('hrPeople.region')}
            </label>
            <select id="pegawai-wilayah" name={REGION_PARAM} defaultValue={region.slug} className="field__select">
              {regions.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="pegawai-unit" className="field__label">
            {t('hrPeople.unit')}
          </label>
          <select id="pegawai-unit" name={PARAM.unit} defaultValue={filters.unitId} className="field__select">
            <option value="">{t('hrPeople.allUnits')}</option>
            {region.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pegawai-cari" className="field__label">
            {t('hrPeople.employees.search')}
          </label>
          <input id="pegawai-cari" name={PARAM.search} type="search" defaultValue={filters.search} maxLength={100} className="field__input" />
        </div>
        <button type="submit" className="button">
          {t('hrPeople.employees.show')}
        </button>
      </Form>

      {employees ? (
        <section aria-labelledby="pegawai-daftar">
          <h2 id="pegawai-daftar">{t('hrPeople.employees.count', { count: t.number(employees.totalCount) })}</h2>
          {employees.edges.length ? (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="pegawai-caption">
              <table className="log-table">
                <caption id="pegawai-caption">{t('hrPeople.employees.caption', { region: region.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hrPeople.name')}</th>
                    <th scope="col">{t('hrPeople.nip')}</th>
                    <th scope="col">{t('hrPeople.unit')}</th>
                    <th scope="col">{t('hrPeople.position')}</th>
                    <th scope="col">{t('hrPeople.status')}</th>
                    <th scope="col">{t('hrPeople.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {employees.edges.map(({ node: e }) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link to={`/staf/sdm/pegawai/${e.id}`}>{e.name}</Link>
                      </th>
                      <td>{e.nip}</td>
                      <td>{e.unit.name}</td>
                      <td>{e.position?.title ?? t('hrPeople.noPosition')}</td>
                      <td>{e.active ? t('hrPeople.active') : t('hrPeople.inactive')}</td>
                      <td>
                        <Link to={`/staf/sdm/pegawai/${e.id}/ubah`} aria-label={t('hrPeople.editOf', { name: e.name })}>
                          {t('hrPeople.edit')}
                        </Link>{' '}
                        ·{' '}
                        <Link to={`/staf/sdm/pegawai/${e.id}/penilaian`} aria-label={t('hrPeople.assessmentsOf', { name: e.name })}>
                          {t('hrPeople.assessments')}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('hrPeople.employees.none')}</p>
          )}
          <p>
            {filters.after ? <Link to={`?${first}`}>{t('hrPeople.firstPage')}</Link> : null}
            {filters.after && employees.pageInfo.hasNextPage ? ' · ' : null}
            {employees.pageInfo.hasNextPage ? <Link to={`?${next}`}>{t('hrPeople.nextPage')}</Link> : null}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="pegawai-tambah" className="narrow" id="tambah">
        <h2 id="pegawai-tambah">{t('hrPeople.employees.add')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(FORM, f as (typeof EMPLOYEE_FIELDS)[number])} attempt={state.attempt} />
        <Form method="post" action={withRegion('/staf/sdm/pegawai')} noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="tambah-pegawai" />
          <EmployeeFields t={t} form={FORM} values={values} fields={state.fields} units={region.units} positions={positions} />
          <button type="submit" className="button">
            {t('hrPeople.employees.addSubmit')}
          </button>
        </Form>
      </section>
    </>
  );
}
