import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { hrRegion, loaded, potentialQuery, recordActivityMutation } from '../hr/insight.server';
import { ACTIVITY_FIELDS, ACTIVITY_KINDS, readActivity, validateActivity, type ActivityField, type ActivityValues } from '../hr/insight-forms';
import { RegionPicker } from '../hr/insight-ui';
import { refusedByApi, refusedByForm } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';
import { CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { useStaff } from '../staff/use-staff';

/**
 * `/staf/sdm/potensi`: employees assessed above their position's standard, per competency (filter by
 * competency), with their development activities, and a form to record a new activity.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { regions, region } = await hrRegion(request, staff);
  const asked = new URL(request.url).searchParams.get('kompetensi');
  const competency = asked && UUID.test(asked) ? asked : null;
  const found = await loaded(request, staff, await execute(staff.caller, potentialQuery, { region: region.slug, competency, first: 100 }));
  return data({ regions, region, competency, entries: found.potentialEmployees, competencies: found.competencies }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region } = await hrRegion(request, staff);
  const values = readActivity(form);
  const checked = validateActivity(values);
  if (!checked.ok) return refusedByForm('activity', checked.problems, values);
  const result = await execute(staff.caller, recordActivityMutation, { input: checked.value as never });
  if (!result.ok) return refusedByApi(request, staff, result.error, 'activity', ACTIVITY_FIELDS, values);
  return redirect(`/staf/sdm/potensi?wilayah=${encodeURIComponent(region.slug)}&selesai=kegiatan`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrInsight.potential.title') }) }, { name: 'robots', content: 'noindex' }];
};

const fieldId = (f: ActivityField) => `kegiatan-${f}`;

export default function Potential() {
  const { regions, region, competency, entries, competencies } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as { problems: FieldProblem<ActivityField>[]; values: ActivityValues } | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const state = useFormProblems((f) => validateActivity(readActivity(f)), answer?.problems);
  const values: ActivityValues = answer?.values ?? { employeeId: '', kind: 'ADVANCED_COURSE', title: '', competencyId: '', startedOn: '', endedOn: '', note: '' };
  const people = [...new Map(entries.map((e) => [e.employee.id, e.employee])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <h1>{t('hrInsight.potential.title')}</h1>
      <p>{t('hrInsight.potential.intro', { region: region.name })}</p>
      <RegionPicker t={t} regions={regions} region={region} />
      {params.get('selesai') === 'kegiatan' ? (
        <p className="notice notice--success" role="status">
          {t('hrInsight.potential.saved')}
        </p>
      ) : null}
      <Form method="get" className="filters">
        <input type="hidden" name="wilayah" value={region.slug} />
        <label htmlFor="filter-kompetensi" className="field__label">
          {t('hrInsight.competency')}
        </label>
        <select id="filter-kompetensi" name="kompetensi" defaultValue={competency ?? ''} className="field__select">
          <option value="">{t('hrInsight.potential.all')}</option>
          {competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button button--quiet">
          {t('hrInsight.show')}
        </button>
      </Form>

      {entries.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="potensi-caption">
          <table>
            <caption id="potensi-caption">{t('hrInsight.potential.caption', { region: region.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrInsight.name')}</th>
                <th scope="col">{t('hrInsight.unit')}</th>
                <th scope="col">{t('hrInsight.position')}</th>
                <th scope="col">{t('hrInsight.competency')}</th>
                <th scope="col">{t('hrInsight.required')}</th>
                <th scope="col">{t('hrInsight.assessed')}</th>
                <th scope="col">{t('hrInsight.surplus')}</th>
                <th scope="col">{t('hrInsight.profile.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.employee.id}-${e.competency.id}`}>
                  <th scope="row">
                    <Link to={`/staf/sdm/pegawai/${e.employee.id}`}>{e.employee.name}</Link>
                  </th>
                  <td>{e.employee.unit.name}</td>
                  <td>{e.employee.position ?? '–'}</td>
                  <td>{e.competency.name}</td>
                  <td>{e.required}</td>
                  <td>{e.assessed}</td>
                  <td>+{e.surplus}</td>
                  <td>
                    {e.activities.length
                      ? e.activities.map((a) => `${a.title} (${t(`hrInsight.kind.${a.kind}`)}, ${a.startedOn})`).join('; ')
                      : t('hrInsight.potential.noActivity')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('hrInsight.potential.empty')}</p>
      )}

      <section aria-labelledby="catat" className="narrow" id="catat-kegiatan">
        <h2 id="catat">{t('hrInsight.potential.recordHeading')}</h2>
        <ErrorSummary t={t} problems={state.problems} targetOf={fieldId} attempt={state.attempt} />
        <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <Field t={t} id={fieldId('employeeId')} label={t('hrInsight.potential.employee')} problem={state.fields.employeeId}>
            {(aria) => (
              <select {...aria} name="employeeId" defaultValue={values.employeeId} className="field__select">
                <option value="">{t('hrInsight.potential.choose')}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} — {p.unit.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field t={t} id={fieldId('kind')} label={t('hrInsight.potential.kind')} problem={state.fields.kind}>
            {(aria) => (
              <select {...aria} name="kind" defaultValue={values.kind} className="field__select">
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`hrInsight.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field t={t} id={fieldId('title')} label={t('hrInsight.potential.activityTitle')} hint={t('hrInsight.potential.titleHint')} problem={state.fields.title}>
            {(aria) => <input {...aria} name="title" type="text" maxLength={200} defaultValue={values.title} className="field__input" />}
          </Field>
          <Field t={t} id={fieldId('competencyId')} label={t('hrInsight.potential.activityCompetency')} problem={state.fields.competencyId}>
            {(aria) => (
              <select {...aria} name="competencyId" defaultValue={values.competencyId} className="field__select">
                <option value="">{t('hrInsight.potential.noCompetency')}</option>
                {competencies.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field t={t} id={fieldId('startedOn')} label={t('hrInsight.potential.startedOn')} problem={state.fields.startedOn}>
            {(aria) => <input {...aria} name="startedOn" type="date" defaultValue={values.startedOn} className="field__input" />}
          </Field>
          <Field t={t} id={fieldId('endedOn')} label={t('hrInsight.potential.endedOn')} hint={t('hrInsight.potential.endedHint')} problem={state.fields.endedOn}>
            {(aria) => <input {...aria} name="endedOn" type="date" defaultValue={values.endedOn} className="field__input" />}
          </Field>
          <Field t={t} id={fieldId('note')} label={t('hrInsight.potential.note')} problem={state.fields.note}>
            {(aria) => <textarea {...aria} name="note" rows={3} maxLength={1000} defaultValue={values.note} className="field__textarea" />}
          </Field>
          <button type="submit" className="button">
            {t('hrInsight.potential.record')}
          </button>
        </Form>
      </section>
    </>
  );
}
