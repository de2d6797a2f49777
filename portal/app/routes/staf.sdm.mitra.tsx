import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { hrPartnersQuery, hrRegionSlug, savePartnerMutation } from '../hr/programs.server';
import { PARTNER_FIELDS, PARTNER_KINDS, readPartner, validatePartner, type PartnerField } from '../hr/program-forms';
import { fieldIdOf, SelectInput, TextInput } from '../hr/program-ui';
import { refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/** `/staf/sdm/mitra`: the region's training partners (universities, NGOs, firms, agencies); add one, or change one (`?ubah=<id>`). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const regionSlug = hrRegionSlug(staff, new URL(request.url));
  if (!regionSlug) return data({ regionSlug: null, partners: [] }, { headers: STAFF_HEADERS });
  const result = await execute(staff.caller, hrPartnersQuery, { regionSlug });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ regionSlug, partners: result.data.partners }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const regionSlug = hrRegionSlug(staff, new URL(request.url));
  const values = readPartner(form);
  const checked = validatePartner(values);
  if (!checked.ok) return refusedByForm('mitra', checked.problems, values);
  if (!regionSlug) return refusedByForm('mitra', [{ field: null, key: 'hrPrograms.noRegion' }], values);
  const result = await execute(staff.caller, savePartnerMutation, { input: { regionSlug, ...checked.value } });
  if (!result.ok) return refusedByApi(request, staff, result.error, 'mitra', PARTNER_FIELDS, values);
  return redirect('/staf/sdm/mitra?selesai=1', { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPrograms.partners.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function HrPartners() {
  const { regionSlug, partners } = useLoaderData<typeof loader>();
  const { csrf } = useStaff();
  const t = useT();
  const [search] = useSearchParams();
  const answer = useActionData<typeof action>() as CatalogAnswer<ReturnType<typeof readPartner>> | undefined;
  const state = useFormProblems<PartnerField>((f) => validatePartner(readPartner(f)), answer?.problems as FieldProblem<PartnerField>[] | undefined);
  const editing = partners.find((p) => p.id === search.get('ubah'));
  const values = answer?.values ?? (editing ? { id: editing.id, name: editing.name, kind: editing.kind, description: editing.description } : { id: '', name: '', kind: 'UNIVERSITY', description: '' });
  const F = 'mitra';
  if (!regionSlug) return <p className="notice">{t('hrPrograms.noRegion')}</p>;
  return (
    <>
      <h1>{t('hrPrograms.partners.title')}</h1>
      <p>{t('hrPrograms.partners.intro')}</p>
      {search.get('selesai') ? (
        <p className="notice notice--success" role="status">
          {t('hrPrograms.partners.saved')}
        </p>
      ) : null}
      {partners.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="mitra-caption">
          <table className="log-table">
            <caption id="mitra-caption">{t('hrPrograms.partners.caption', { count: partners.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrPrograms.partners.name')}</th>
                <th scope="col">{t('hrPrograms.partners.kind')}</th>
                <th scope="col">{t('hrPrograms.field.description')}</th>
                <th scope="col">{t('hrPrograms.partners.edit')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`hrPrograms.kind.${p.kind}`)}</td>
                  <td>{p.description || '—'}</td>
                  <td>
                    <Link to={`?ubah=${p.id}#ubah-mitra`} aria-label={t('hrPrograms.partners.editOne', { name: p.name })}>
                      {t('hrPrograms.partners.edit')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">{t('hrPrograms.partners.empty')}</p>
      )}
      <section aria-labelledby="ubah-mitra" className="narrow">
        <h2 id="ubah-mitra">{values.id ? t('hrPrograms.partners.editTitle') : t('hrPrograms.partners.addTitle')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldIdOf(F, f)} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form" key={values.id || 'baru'}>
          <CsrfField token={csrf} />
          <input type="hidden" name="id" value={values.id} />
          <TextInput t={t} form={F} name="name" label={t('hrPrograms.partners.name')} problem={state.fields.name} value={values.name} />
          <SelectInput
            t={t}
            form={F}
            name="kind"
            label={t('hrPrograms.partners.kind')}
            problem={state.fields.kind}
            value={values.kind}
            options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`hrPrograms.kind.${k}`) }))}
          />
          <TextInput t={t} form={F} name="description" label={t('hrPrograms.field.description')} problem={state.fields.description} value={values.description} long />
          <button type="submit" className="button">
            {values.id ? t('hrPrograms.partners.saveEdit') : t('hrPrograms.partners.saveNew')}
          </button>
        </Form>
      </section>
    </>
  );
}
