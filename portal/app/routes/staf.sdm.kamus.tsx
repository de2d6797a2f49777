import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { COMPETENCY_FIELDS, fieldId, LEVEL_NAMES, readCompetency, validateCompetency, type CompetencyValues } from '../hr/people-forms';
import { createCompetencyMutation, hrDictionaryQuery, hrRegion, updateCompetencyMutation } from '../hr/people.server';
import { regionQuery } from '../hr/people-region';
import { TextInput } from '../hr/people-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/kamus`: the competency dictionary with its level descriptors. The national competencies
 * (8 managerial, Perekat Bangsa) are read-only; HR adds and edits the region's own technical ones.
 */

const FORM = 'kompetensi';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { region, regions } = await hrRegion(request, staff);
  const result = await execute(staff.caller, hrDictionaryQuery, { regionSlug: region.slug });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    return apiProblem(result.error);
  }
  return data({ region: { slug: region.slug, name: region.name }, regions, competencies: result.data.competencies }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region, regions } = await hrRegion(request, staff);
  const intent = posted(form, 'tindakan');
  const values = readCompetency(form);
  const checked = validateCompetency(values);
  if (!checked.ok) return refusedByForm(FORM, checked.problems, values);
  const input = { ...checked.value, regionSlug: region.slug };
  const back = (done: string) => {
    const q = new URLSearchParams(regionQuery(regions, region.slug));
    q.set('selesai', done);
    return redirect(`/staf/sdm/kamus?${q}`, { status: 303, headers: STAFF_HEADERS });
  };
  if (intent === 'tambah') {
    const result = await execute(staff.caller, createCompetencyMutation, { input });
    if (!result.ok) return refusedByApi(request, staff, result.error, FORM, COMPETENCY_FIELDS, values);
    return back('baru');
  }
  if (intent === 'ubah') {
    const id = posted(form, 'kompetensi-id');
    const result = await execute(staff.caller, updateCompetencyMutation, { id, input });
    if (!result.ok) return refusedByApi(request, staff, result.error, FORM, COMPETENCY_FIELDS, values);
    return back('ubah');
  }
  return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPeople.dictionary.title') }) }, { name: 'robots', content: 'noindex' }];
};

const KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const;
const DONE = { baru: 'hrPeople.dictionary.added', ubah: 'hrPeople.dictionary.saved' } as const;
const EMPTY: CompetencyValues = { code: 'T-', name: '', description: '', levels: ['', '', '', '', ''] };

export default function Dictionary() {
  const { region, regions, competencies } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<CompetencyValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const editing = competencies.find((c) => c.id === params.get('ubah') && c.region?.slug === region.slug) ?? null;
  const mine = answer?.form === FORM ? answer : undefined;
  const state = useFormProblems((f) => validateCompetency(readCompetency(f)), mine?.problems as FieldProblem<(typeof COMPETENCY_FIELDS)[number]>[] | undefined);
  const values: CompetencyValues = mine?.values ?? (editing ? { code: editing.code, name: editing.name, description: editing.description, levels: [...editing.levels] } : EMPTY);
  const regionParam = regionQuery(regions, region.slug);
  const editLink = (id: string) => `?${new URLSearchParams([...(regionParam ? [['wilayah', region.slug]] : []), ['ubah', id]])}#kompetensi-form`;

  return (
    <>
      <h1>{t('hrPeople.dictionary.heading', { region: region.name })}</h1>
      <p>{t('hrPeople.dictionary.intro')}</p>
      {done && done in DONE ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      ) : null}
      {KINDS.map((kind) => {
        const list = competencies.filter((c) => c.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kamus-${kind}`}>
            <h2 id={`kamus-${kind}`}>{t(`hrPeople.kind.${kind}`)}</h2>
            {list.length ? (
              <ul className="staff-cards">
                {list.map((c) => (
                  <li key={c.id} className="staff-card">
                    <h3 className="staff-card__link">
                      {c.name} <span className="muted">({c.code})</span>
                    </h3>
                    <p>{c.region ? t('hrPeople.dictionary.own', { region: region.name }) : t('hrPeople.dictionary.national')}</p>
                    {c.description ? <p>{c.description}</p> : null}
                    <details>
                      <summary>{t('hrPeople.dictionary.levels')}</summary>
                      <ol>
                        {c.levels.map((l, i) => (
                          <li key={i}>{l}</li>
                        ))}
                      </ol>
                    </details>
                    {c.region?.slug === region.slug ? (
                      <p>
                        <Link to={editLink(c.id)} aria-label={t('hrPeople.editOf', { name: c.name })}>
                          {t('hrPeople.edit')}
                        </Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('hrPeople.dictionary.none')}</p>
            )}
          </section>
        );
      })}
      <section aria-labelledby="kompetensi-formulir" className="narrow" id="kompetensi-form">
        <h2 id="kompetensi-formulir">{editing ? t('hrPeople.editOf', { name: editing.name }) : t('hrPeople.dictionary.add')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(FORM, f as (typeof COMPETENCY_FIELDS)[number])} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form" key={editing?.id ?? 'baru'}>
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value={editing ? 'ubah' : 'tambah'} />
          {editing ? <input type="hidden" name="kompetensi-id" value={editing.id} /> : null}
          {editing ? (
            <>
              <input type="hidden" name="kode" value={editing.code} />
              <p>
                {t('hrPeople.dictionary.code')}: <code>{editing.code}</code> — {t('hrPeople.dictionary.codeFixed')}
              </p>
            </>
          ) : (
            <TextInput t={t} form={FORM} field="code" label={t('hrPeople.dictionary.code')} hint={t('hrPeople.dictionary.codeHint')} problem={state.fields.code} value={values.code} />
          )}
          <TextInput t={t} form={FORM} field="name" label={t('hrPeople.dictionary.name')} problem={state.fields.name} value={values.name} />
          <TextInput t={t} form={FORM} field="description" label={t('hrPeople.dictionary.description')} problem={state.fields.description} value={values.description} long />
          {LEVEL_NAMES.map((name, i) => (
            <TextInput
              key={name}
              t={t}
              form={FORM}
              field="levels"
              name={name}
              idSuffix={i === 0 ? '' : `-${i + 1}`}
              label={t('hrPeople.dictionary.level', { level: i + 1 })}
              problem={i === 0 ? state.fields.levels : undefined}
              value={values.levels[i] ?? ''}
              long
            />
          ))}
          <button type="submit" className="button">
            {editing ? t('hrPeople.save') : t('hrPeople.dictionary.addSubmit')}
          </button>
          {editing ? (
            <p>
              <Link to={regionParam ? `?${regionParam}` : '.'}>{t('hrPeople.cancel')}</Link>
            </p>
          ) : null}
        </Form>
      </section>
    </>
  );
}
