import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { adminRegionsQuery, updateRegionMutation } from '../admin/admin.server';
import { readRegion, REGION_FIELDS, validateRegion, type CatalogField, type RegionValues } from '../admin/catalog-forms';
import { createRegionMutation } from '../admin/catalog.server';
import { refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { fieldId, RegionFields, useFormProblems } from '../admin/catalog-ui';
import { ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { CsrfField } from '../staff/form-ui';
import { useStaff } from '../staff/use-staff';
import { apiProblem, badRequest } from '../utils/problems.server';

/** `/staf/admin/wilayah`: regions, with the switch for the rating form's proof of work. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const result = await execute(staff.caller, adminRegionsQuery);
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ regions: result.data.regions }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const form = await staffForm(request, staff);
  if (form.get('tindakan') === 'buat-wilayah') {
    const values = readRegion(form);
    const checked = validateRegion(values);
    if (!checked.ok) return refusedByForm('wilayah-baru', checked.problems, values);
    const result = await execute(staff.caller, createRegionMutation, { input: checked.value });
    if (!result.ok) return refusedByApi(request, staff, result.error, 'wilayah-baru', REGION_FIELDS, values);
    // The home page and the service list name every region.
    context.purgePages?.(['/', '/layanan']);
    return redirect(`/staf/admin/wilayah/${result.data.createRegion.slug}?selesai=wilayah-baru`, { status: 303, headers: STAFF_HEADERS });
  }
  const id = form.get('wilayah');
  const on = form.get('pow') === '1';
  if (typeof id !== 'string' || !id || id.length > 100) badRequest();
  const result = await execute(staff.caller, updateRegionMutation, { id, input: { proofOfWorkRequired: on } });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  // The rating form of each service of the region asks for the check, or no longer does.
  context.purgePages?.(['/', '/layanan']);
  return redirect('/staf/admin/wilayah?selesai=1', { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('admin.regions.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function AdminRegions() {
  const { regions } = useLoaderData<typeof loader>();
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const answer = useActionData<typeof action>() as CatalogAnswer<RegionValues> | undefined;
  const state = useFormProblems((f) => validateRegion(readRegion(f)), answer?.problems as FieldProblem<'name'>[] | undefined);
  const values: RegionValues = answer?.values ?? { name: '', province: '', timeZone: 'Asia/Makassar', kind: 'KOTA', proofOfWorkRequired: false };
  return (
    <>
      <h1>{t('admin.regions.title')}</h1>
      <AdminNav t={t} />
      {params.get('selesai') ? (
        <p className="notice notice--success" role="status">
          {t('admin.accounts.done')}
        </p>
      ) : null}
      <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId('wilayah-baru', f as CatalogField)} attempt={state.attempt} />
      <ul className="staff-cards">
        {regions.map((region) => (
          <li key={region.id} className="staff-card">
            <h2 className="staff-card__link">
              <Link to={`/staf/admin/wilayah/${region.slug}`}>{region.name}</Link>
            </h2>
            <p>{t.plural('admin.catalog.unitCount', region.units.length)}</p>
            <p>
              {t('admin.regions.pow')}: <strong>{region.proofOfWorkRequired ? t('admin.regions.powOn') : t('admin.regions.powOff')}</strong>
            </p>
            <Form method="post">
              <CsrfField token={csrf} />
              <input type="hidden" name="wilayah" value={region.id} />
              <button type="submit" name="pow" value={region.proofOfWorkRequired ? '0' : '1'} className="button button--quiet">
                {region.proofOfWorkRequired ? t('admin.regions.turnOff') : t('admin.regions.turnOn')}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section aria-labelledby="buat-wilayah" className="narrow">
        <h2 id="buat-wilayah">{t('admin.catalog.createRegion')}</h2>
        <p className="field__hint">{t('admin.catalog.regionSlugMade')}</p>
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="buat-wilayah" />
          <RegionFields t={t} form="wilayah-baru" values={values} fields={state.fields} />
          <button type="submit" className="button">
            {t('admin.catalog.createRegionSubmit')}
          </button>
        </Form>
      </section>
    </>
  );
}
