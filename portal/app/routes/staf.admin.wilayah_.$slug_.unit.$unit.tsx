import { redirect, data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { readService, SERVICE_FIELDS, validateService, type CatalogField, type ServiceValues } from '../admin/catalog-forms';
import { catalogUnitQuery, createServiceMutation, updateServiceMutation } from '../admin/catalog.server';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { fieldId, ServiceFields, useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut, type Staff } from '../staff/guard.server';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { useStaff } from '../staff/use-staff';
import { apiProblem, notFound } from '../utils/problems.server';

/** `/staf/admin/wilayah/:slug/unit/:unit`: the services one unit delivers (create, edit; the slug never changes). */

async function unitOf(request: Request, staff: Staff, slug: string | undefined, unitId: string | undefined) {
  if (!slug || !/^[a-z0-9-]{1,100}$/.test(slug) || !unitId || unitId.length > 100) notFound('page');
  const result = await execute(staff.caller, catalogUnitQuery, { id: unitId });
  if (!result.ok) {
    // A mangled unit id in the address is a page that does not exist.
    if (result.error.code === 'BAD_USER_INPUT') notFound('page');
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const unit = result.data.unit;
  if (!unit || unit.region.slug !== slug) notFound('page');
  const { region, ...rest } = unit;
  return { region: { id: region.id, slug: region.slug, name: region.name }, unit: rest };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  return data(await unitOf(request, staff, params.slug, params.unit), { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const form = await staffForm(request, staff);
  const { region, unit } = await unitOf(request, staff, params.slug, params.unit);
  const intent = posted(form, 'tindakan');
  const here = `/staf/admin/wilayah/${region.slug}/unit/${unit.id}`;
  const values = readService(form);
  const formName = intent === 'ubah-layanan' ? 'layanan-ubah' : 'layanan-baru';
  const checked = validateService(values);
  if (!checked.ok) return refusedByForm(formName, checked.problems, values);
  const { description, requirements, ...rest } = checked.value;
  const input = { ...rest, description: description, requirements: requirements };
  // What shows a service: its own pages, its region's page and the list of services.
  const pagesOf = (slug: string) => ['/', '/layanan', `/wilayah/${region.slug}`, `/layanan/${slug}`, `/layanan/${slug}/poster`, `/layanan/${slug}/nilai`, `/layanan/${slug}/forum`];

  if (intent === 'buat-layanan') {
    const result = await execute(staff.caller, createServiceMutation, { input: { ...input, unitId: unit.id } });
    if (!result.ok) return refusedByApi(request, staff, result.error, formName, SERVICE_FIELDS, values);
    context.purgePages?.(pagesOf(result.data.createService.slug));
    return redirect(`${here}?selesai=baru`, { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'ubah-layanan') {
    const service = unit.services.find((s) => s.id === posted(form, 'layanan'));
    if (!service) return refusedByForm(formName, [{ field: null, key: 'admin.catalog.error.serviceGone' }], values);
    const result = await execute(staff.caller, updateServiceMutation, { id: service.id, input });
    if (!result.ok) return refusedByApi(request, staff, result.error, formName, SERVICE_FIELDS, values);
    context.purgePages?.(pagesOf(result.data.updateService.slug));
    return redirect(`${here}?selesai=ubah`, { status: 303, headers: STAFF_HEADERS });
  }
  return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded ? t('admin.catalog.servicesOf', { name: loaded.unit.name }) : t('admin.regions.title') }) }, { name: 'robots', content: 'noindex' }];
};

const DONE = { baru: 'admin.catalog.done.serviceCreated', ubah: 'admin.catalog.done.service' } as const;
const EMPTY: ServiceValues = { name: '', category: 'PERIZINAN', description: '', requirements: '', feeRupiah: '0', promisedDays: '', channel: 'OFFLINE', expectedAnnualUsers: '' };

export default function AdminUnitServices() {
  const { region, unit } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<ServiceValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const editing = unit.services.find((s) => s.id === params.get('ubah')) ?? null;
  const formName = editing ? 'layanan-ubah' : 'layanan-baru';
  const mine = answer?.form === formName ? answer : undefined;
  const state = useFormProblems((f) => validateService(readService(f)), mine?.problems as FieldProblem<'name'>[] | undefined);
  const values: ServiceValues =
    mine?.values ??
    (editing
      ? {
          name: editing.name,
          category: editing.category,
          description: editing.description,
          requirements: editing.requirements,
          feeRupiah: String(editing.feeRupiah),
          promisedDays: String(editing.promisedDays),
          channel: editing.channel,
          expectedAnnualUsers: String(editing.expectedAnnualUsers),
        }
      : EMPTY);
  const services = [...unit.services].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <h1>{t('admin.catalog.servicesOf', { name: unit.name })}</h1>
      <AdminNav t={t} />
      <p>
        <Link to={`/staf/admin/wilayah/${region.slug}`}>{t('admin.catalog.backToRegion', { name: region.name })}</Link>
      </p>
      {done && done in DONE ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      ) : null}
      <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(formName, f as CatalogField)} attempt={state.attempt} />
      <section aria-labelledby="daftar-layanan">
        <h2 id="daftar-layanan">{t('admin.catalog.services')}</h2>
        {services.length ? (
          <ul className="staff-cards">
            {services.map((s) => (
              <li key={s.id} className="staff-card">
                <h3 className="staff-card__link">{s.name}</h3>
                <p>
                  {t(`category.${s.category as 'PERIZINAN'}`)} · {t('admin.catalog.slug')}: <code>{s.slug}</code>
                </p>
                <p>
                  <Link to={`/layanan/${s.slug}`}>{t('admin.catalog.publicPage')}</Link> · <Link to={`/layanan/${s.slug}/poster`}>{t('admin.catalog.poster')}</Link> ·{' '}
                  <Link to={`?ubah=${s.id}#layanan-form`} aria-label={t('admin.catalog.editService', { name: s.name })}>
                    {t('admin.catalog.edit')}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('admin.catalog.noServices')}</p>
        )}
      </section>
      <section aria-labelledby="layanan-formulir" className="narrow" id="layanan-form">
        <h2 id="layanan-formulir">{editing ? t('admin.catalog.editService', { name: editing.name }) : t('admin.catalog.createService')}</h2>
        {editing ? (
          <div className="field">
            <p className="field__label" id="layanan-slug">
              {t('admin.catalog.slug')}
            </p>
            <p>
              <code aria-labelledby="layanan-slug">{editing.slug}</code>
            </p>
            <p className="field__hint">{t('admin.catalog.slugFixed')}</p>
          </div>
        ) : (
          <p className="field__hint">{t('admin.catalog.slugMade')}</p>
        )}
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form" key={editing?.id ?? 'baru'}>
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value={editing ? 'ubah-layanan' : 'buat-layanan'} />
          {editing ? <input type="hidden" name="layanan" value={editing.id} /> : null}
          <ServiceFields t={t} form={formName} values={values} fields={state.fields} />
          <button type="submit" className="button">
            {editing ? t('admin.catalog.save') : t('admin.catalog.createServiceSubmit')}
          </button>
          {editing ? (
            <p>
              <Link to=".">{t('admin.catalog.cancel')}</Link>
            </p>
          ) : null}
        </Form>
      </section>
    </>
  );
}
