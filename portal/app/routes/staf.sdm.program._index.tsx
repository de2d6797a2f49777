import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { hrProgramsQuery, hrRegionSlug, saveProgramMutation } from '../hr/programs.server';
import { PROGRAM_FIELDS, readProgram, TRAINING_FORMS, TRAINING_MODES, validateProgram, type ProgramField } from '../hr/program-forms';
import { CheckboxGroup, fieldIdOf, rupiah, SelectInput, signedChange, TextInput } from '../hr/program-ui';
import { refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/** `?asal=`: the region's own programs, those other regions share, or both. */
const ORIGINS = ['semua', 'sendiri', 'bagi'] as const;
type Origin = (typeof ORIGINS)[number];

/** `/staf/sdm/program`: the region's programs and those other regions share, with impact and cost; a form to add one. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const url = new URL(request.url);
  const regionSlug = hrRegionSlug(staff, url);
  if (!regionSlug) return data({ regionSlug: null, origin: 'semua' as Origin, competencyId: '', programs: [], partners: [], competencies: [] }, { headers: STAFF_HEADERS });
  const asked = url.searchParams.get('asal');
  const origin: Origin = (ORIGINS as readonly string[]).includes(asked ?? '') ? (asked as Origin) : 'semua';
  const competency = url.searchParams.get('kompetensi') ?? '';
  const competencyId = /^[0-9a-f-]{36}$/i.test(competency) ? competency : '';
  const result = await execute(staff.caller, hrProgramsQuery, { regionSlug, includeShared: origin !== 'sendiri', competencyId: competencyId || null });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const programs = result.data.trainingPrograms.filter((p) => origin !== 'bagi' || p.region.slug !== regionSlug);
  return data({ regionSlug, origin, competencyId, programs, partners: result.data.partners, competencies: result.data.competencies }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const regionSlug = hrRegionSlug(staff, new URL(request.url));
  const values = readProgram(form);
  const checked = validateProgram(values);
  if (!checked.ok) return refusedByForm('program-baru', checked.problems, values);
  if (!regionSlug) return refusedByForm('program-baru', [{ field: null, key: 'hrPrograms.noRegion' }], values);
  const result = await execute(staff.caller, saveProgramMutation, { input: { regionSlug, ...checked.value } });
  if (!result.ok) return refusedByApi(request, staff, result.error, 'program-baru', PROGRAM_FIELDS, values);
  return redirect(`/staf/sdm/program/${result.data.saveTrainingProgram.id}?selesai=program`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPrograms.list.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function HrProgramList() {
  const { regionSlug, origin, competencyId, programs, partners, competencies } = useLoaderData<typeof loader>();
  const { csrf } = useStaff();
  const t = useT();
  const answer = useActionData<typeof action>() as CatalogAnswer<ReturnType<typeof readProgram>> | undefined;
  const state = useFormProblems<ProgramField>((f) => validateProgram(readProgram(f)), answer?.problems as FieldProblem<ProgramField>[] | undefined);
  const values = answer?.values;
  const F = 'program-baru';
  if (!regionSlug) {
    return (
      <>
        <h1>{t('hrPrograms.list.title')}</h1>
        <p className="notice">{t('hrPrograms.noRegion')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('hrPrograms.list.title')}</h1>
      <p>{t('hrPrograms.list.intro')}</p>
      <Form method="get" className="staff-form staff-form--inline" aria-label={t('hrPrograms.list.filter')}>
        <SelectInput
          t={t}
          form="saring"
          name="asal"
          label={t('hrPrograms.list.origin')}
          value={origin}
          options={ORIGINS.map((o) => ({ value: o, label: t(`hrPrograms.origin.${o}`) }))}
        />
        <SelectInput
          t={t}
          form="saring"
          name="kompetensi"
          label={t('hrPrograms.list.competency')}
          value={competencyId}
          options={[{ value: '', label: t('hrPrograms.list.anyCompetency') }, ...competencies.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <button type="submit" className="button button--quiet">
          {t('hrPrograms.list.apply')}
        </button>
      </Form>
      {programs.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="program-caption">
          <table className="log-table">
            <caption id="program-caption">{t('hrPrograms.list.caption', { count: programs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrPrograms.field.title')}</th>
                <th scope="col">{t('hrPrograms.list.owner')}</th>
                <th scope="col">{t('hrPrograms.field.form')}</th>
                <th scope="col">{t('hrPrograms.field.jp')}</th>
                <th scope="col">{t('hrPrograms.field.cost')}</th>
                <th scope="col">{t('hrPrograms.field.competencies')}</th>
                <th scope="col">{t('hrPrograms.list.impact')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/staf/sdm/program/${p.id}`}>{p.title}</Link>
                    {p.shared ? <span className="badge"> {t('hrPrograms.shared')}</span> : null}
                  </th>
                  <td>{p.region.slug === regionSlug ? t('hrPrograms.list.own') : p.ownerOffice}</td>
                  <td>
                    {t(`hrPrograms.form.${p.form}`)} · {t(`hrPrograms.mode.${p.mode}`)}
                    {p.partner ? <div>{p.partner.name}</div> : null}
                  </td>
                  <td>{t.number(p.jp)}</td>
                  <td>{rupiah(t, p.costPerParticipant)}</td>
                  <td>{p.competencies.map((c) => c.name).join(', ')}</td>
                  <td>{p.measuredImpact === null ? t('hrPrograms.impact.notMeasured') : signedChange(t, p.measuredImpact)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">{t('hrPrograms.list.empty')}</p>
      )}

      <section aria-labelledby="tambah-program" className="narrow">
        <h2 id="tambah-program">{t('hrPrograms.add.title')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldIdOf(F, f)} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <TextInput t={t} form={F} name="title" label={t('hrPrograms.field.title')} problem={state.fields.title} value={values?.title} />
          <TextInput t={t} form={F} name="description" label={t('hrPrograms.field.description')} problem={state.fields.description} value={values?.description} long />
          <SelectInput
            t={t}
            form={F}
            name="mode"
            label={t('hrPrograms.field.mode')}
            problem={state.fields.mode}
            value={values?.mode}
            options={TRAINING_MODES.map((m) => ({ value: m, label: t(`hrPrograms.mode.${m}`) }))}
          />
          <SelectInput
            t={t}
            form={F}
            name="form"
            label={t('hrPrograms.field.form')}
            hint={t('hrPrograms.field.formHint')}
            problem={state.fields.form}
            value={values?.form}
            options={TRAINING_FORMS.map((m) => ({ value: m, label: t(`hrPrograms.form.${m}`) }))}
          />
          <TextInput t={t} form={F} name="jp" label={t('hrPrograms.field.jp')} hint={t('hrPrograms.field.jpHint')} problem={state.fields.jp} value={values?.jp} inputMode="numeric" />
          <TextInput
            t={t}
            form={F}
            name="costPerParticipant"
            label={t('hrPrograms.field.cost')}
            hint={t('hrPrograms.field.costHint')}
            problem={state.fields.costPerParticipant}
            value={values?.costPerParticipant ?? '0'}
            inputMode="numeric"
          />
          <SelectInput
            t={t}
            form={F}
            name="partnerId"
            label={t('hrPrograms.field.partner')}
            problem={state.fields.partnerId}
            value={values?.partnerId}
            options={[{ value: '', label: t('hrPrograms.field.noPartner') }, ...partners.map((p) => ({ value: p.id, label: `${p.name} (${t(`hrPrograms.kind.${p.kind}`)})` }))]}
          />
          <CheckboxGroup t={t} id={fieldIdOf(F, 'competencyIds')} legend={t('hrPrograms.field.competencies')} problem={state.fields.competencyIds}>
            <ul className="checkbox-list">
              {competencies.map((c) => (
                <li key={c.id}>
                  <label>
                    <input type="checkbox" name="competencyIds" value={c.id} defaultChecked={values?.competencyIds.includes(c.id)} /> {c.name}
                  </label>
                </li>
              ))}
            </ul>
          </CheckboxGroup>
          <TextInput t={t} form={F} name="startsOn" type="date" label={t('hrPrograms.field.startsOn')} problem={state.fields.startsOn} value={values?.startsOn} />
          <TextInput t={t} form={F} name="endsOn" type="date" label={t('hrPrograms.field.endsOn')} problem={state.fields.endsOn} value={values?.endsOn} />
          <div className="field">
            <label>
              <input type="checkbox" name="shared" value="1" defaultChecked={values?.shared} /> {t('hrPrograms.field.shared')}
            </label>
            <p className="field__hint">{t('hrPrograms.field.sharedHint')}</p>
          </div>
          <button type="submit" className="button">
            {t('hrPrograms.add.submit')}
          </button>
        </Form>
      </section>
    </>
  );
}
