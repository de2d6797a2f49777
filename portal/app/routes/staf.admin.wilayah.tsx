import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData, useSearchParams } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { adminRegionsQuery, updateRegionMutation } from '../admin/admin.server';
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
  const id = form.get('wilayah');
  const on = form.get('pow') === '1';
  if (typeof id !== 'string' || !id || id.length > 100) badRequest();
  const result = await execute(staff.caller, updateRegionMutation, { id, input: { proofOfWorkRequired: on } });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
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
  return (
    <>
      <h1>{t('admin.regions.title')}</h1>
      <AdminNav t={t} />
      {params.get('selesai') ? (
        <p className="notice notice--success" role="status">
          {t('admin.accounts.done')}
        </p>
      ) : null}
      <ul className="staff-cards">
        {regions.map((region) => (
          <li key={region.id} className="staff-card">
            <h2 className="staff-card__link">{region.name}</h2>
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
    </>
  );
}
