import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { z } from 'zod/mini';
import { AdminNav } from '../admin/admin-nav';
import { addSearchSynonymMutation, removeSearchSynonymMutation, searchSynonymsQuery } from '../admin/search-synonyms.server';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { byField, CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/admin/sinonim`: the words the public service search understands beyond the services' own
 * (KK = kartu keluarga, ijin = izin…). Admins add a term with what it stands for, or remove one; the
 * change reaches every search at once and is in the audit log.
 */

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const result = await execute(staff.caller, searchSynonymsQuery);
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ synonyms: result.data.searchSynonyms }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

type SynonymField = 'term' | 'expansion';
const addSchema = z.object({
  term: z.string().check(z.trim(), z.minLength(2, { error: 'admin.synonyms.error.term' }), z.maxLength(40, { error: 'admin.synonyms.error.term' })),
  expansion: z.string().check(z.trim(), z.minLength(2, { error: 'admin.synonyms.error.expansion' }), z.maxLength(120, { error: 'admin.synonyms.error.expansion' })),
});

interface SynonymAnswer {
  problems?: FieldProblem<SynonymField>[];
  values?: { term: string; expansion: string };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const form = await staffForm(request, staff);
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  const answer = (status: number, body: SynonymAnswer) => data<SynonymAnswer>(body, { status, headers: STAFF_HEADERS });
  const refused = async (error: Parameters<typeof unlessSignedOut>[2], values?: SynonymAnswer['values']) => {
    await unlessSignedOut(request, staff, error);
    const problems: FieldProblem<SynonymField>[] =
      (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT') && error.fields.length
        ? error.fields.map((f) => ({ field: f.field.endsWith('expansion') ? 'expansion' : 'term', message: f.message }))
        : [{ field: null, message: error.message || undefined, key: 'form.error.unexpected' }];
    return answer(error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'CONFLICT' ? 409 : error.code === 'FORBIDDEN' ? 403 : 500, { problems, values });
  };

  const intent = text('tindakan');
  if (intent === 'tambah') {
    const values = { term: text('istilah'), expansion: text('padanan') };
    const parsed = addSchema.safeParse(values);
    if (!parsed.success) return answer(400, { problems: parsed.error.issues.map((i) => ({ field: i.path[0] as SynonymField, key: i.message })), values });
    const result = await execute(staff.caller, addSearchSynonymMutation, parsed.data);
    if (!result.ok) return refused(result.error, values);
    return redirect('/staf/admin/sinonim?selesai=tambah', { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'hapus') {
    const id = text('sinonim');
    if (!id || id.length > 100) return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
    const result = await execute(staff.caller, removeSearchSynonymMutation, { id });
    if (!result.ok) return refused(result.error);
    return redirect('/staf/admin/sinonim?selesai=hapus', { status: 303, headers: STAFF_HEADERS });
  }
  return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('admin.synonyms.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function AdminSearchSynonyms() {
  const { synonyms } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const problems = answer?.problems ?? [];
  const fields = byField(problems);
  const done = params.get('selesai');
  return (
    <>
      <h1>{t('admin.synonyms.title')}</h1>
      <AdminNav t={t} />
      <p>{t('admin.synonyms.intro')}</p>
      {done === 'tambah' || done === 'hapus' ? (
        <p className="notice notice--success" role="status">
          {t(done === 'tambah' ? 'admin.synonyms.added' : 'admin.synonyms.removed')}
        </p>
      ) : null}
      <ErrorSummary t={t} problems={problems} targetOf={(f) => (f === 'term' ? 'istilah' : 'padanan')} attempt={answer} />
      <section aria-labelledby="tambah-sinonim" className="narrow">
        <h2 id="tambah-sinonim">{t('admin.synonyms.add')}</h2>
        <Form method="post" noValidate className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="tambah" />
          <Field t={t} id="istilah" label={t('admin.synonyms.term')} hint={t('admin.synonyms.termHint')} problem={fields.term}>
            {(aria) => <input {...aria} name="istilah" type="text" autoComplete="off" maxLength={40} defaultValue={answer?.values?.term} className="field__input" />}
          </Field>
          <Field t={t} id="padanan" label={t('admin.synonyms.expansion')} hint={t('admin.synonyms.expansionHint')} problem={fields.expansion}>
            {(aria) => <input {...aria} name="padanan" type="text" autoComplete="off" maxLength={120} defaultValue={answer?.values?.expansion} className="field__input" />}
          </Field>
          <button type="submit" className="button">
            {t('admin.synonyms.addSubmit')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="daftar-sinonim">
        <h2 id="daftar-sinonim">{t.plural('admin.synonyms.count', synonyms.length)}</h2>
        <table className="log-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.synonyms.term')}</th>
              <th scope="col">{t('admin.synonyms.expansion')}</th>
              <th scope="col">{t('admin.synonyms.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {synonyms.map((s) => (
              <tr key={s.id}>
                <td lang="id">{s.term}</td>
                <td lang="id">{s.expansion}</td>
                <td>
                  <Form method="post">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="sinonim" value={s.id} />
                    <button type="submit" name="tindakan" value="hapus" className="button button--quiet" aria-label={t('admin.synonyms.removeNamed', { term: s.term, expansion: s.expansion })}>
                      {t('admin.synonyms.remove')}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
