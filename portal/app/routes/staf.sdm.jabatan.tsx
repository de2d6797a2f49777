import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { fieldId, POSITION_FIELDS, POSITION_KINDS, readPosition, STANDARD_PREFIX, validatePosition, type PositionValues } from '../hr/people-forms';
import { hrDictionaryQuery, hrPositionsQuery, hrRegion, savePositionMutation } from '../hr/people.server';
import { REGION_PARAM, regionQuery } from '../hr/people-region';
import { SelectInput, TextInput } from '../hr/people-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/jabatan`: positions per unit with their competency standards; edit a position and its
 * standard (one level select per competency of the dictionary: works without JavaScript, and no
 * competency can be listed twice), or add a position.
 */

const FORM = 'jabatan';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { region, regions } = await hrRegion(request, staff);
  const wanted = new URL(request.url).searchParams.get('unit');
  const unit = region.units.find((u) => u.id === wanted) ?? region.units[0] ?? null;
  const [positions, dictionary] = await Promise.all([
    execute(staff.caller, hrPositionsQuery, { regionSlug: region.slug, unitId: unit?.id ?? null }),
    execute(staff.caller, hrDictionaryQuery, { regionSlug: region.slug }),
  ]);
  for (const result of [positions, dictionary]) {
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      apiProblem(result.error);
    }
  }
  return data(
    {
      region,
      regions,
      unit,
      positions: positions.ok ? positions.data.positions : [],
      competencies: dictionary.ok ? dictionary.data.competencies.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind })) : [],
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region, regions } = await hrRegion(request, staff);
  if (posted(form, 'tindakan') !== 'simpan') return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
  const values = readPosition(form);
  const checked = validatePosition(values);
  if (!checked.ok) return refusedByForm(FORM, checked.problems, values);
  const id = posted(form, 'jabatan-id') || null;
  const result = await execute(staff.caller, savePositionMutation, { input: { ...checked.value, id } });
  if (!result.ok) return refusedByApi(request, staff, result.error, FORM, POSITION_FIELDS, values);
  const q = new URLSearchParams(regionQuery(regions, region.slug));
  q.set('unit', checked.value.unitId);
  q.set('selesai', id ? 'ubah' : 'baru');
  return redirect(`/staf/sdm/jabatan?${q}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPeople.positions.title') }) }, { name: 'robots', content: 'noindex' }];
};

const DONE = { baru: 'hrPeople.positions.added', ubah: 'hrPeople.positions.saved' } as const;
const KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const;

export default function Positions() {
  const { region, regions, unit, positions, competencies } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<PositionValues> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const editing = positions.find((p) => p.id === params.get('ubah')) ?? null;
  const mine = answer?.form === FORM ? answer : undefined;
  const state = useFormProblems((f) => validatePosition(readPosition(f)), mine?.problems as FieldProblem<(typeof POSITION_FIELDS)[number]>[] | undefined);
  const values: PositionValues =
    mine?.values ??
    (editing
      ? { title: editing.title, kind: editing.kind, unitId: editing.unit.id, levels: Object.fromEntries(editing.requirements.map((r) => [r.competency.id, String(r.requiredLevel)])) }
      : { title: '', kind: 'PELAKSANA', unitId: unit?.id ?? '', levels: {} });
  const link = (extra: Record<string, string>) => {
    const q = new URLSearchParams(regionQuery(regions, region.slug));
    if (unit) q.set('unit', unit.id);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `?${q}`;
  };

  return (
    <>
      <h1>{t('hrPeople.positions.heading', { region: region.name })}</h1>
      {done && done in DONE ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      ) : null}
      <Form method="get" className="staff-form staff-form--inline" aria-label={t('hrPeople.positions.filter')}>
        {regions.length > 1 ? <input type="hidden" name={REGION_PARAM} value={region.slug} /> : null}
        <div className="field">
          <label htmlFor="jabatan-unit-filter" className="field__label">
            {t('hrPeople.unit')}
          </label>
          <select id="jabatan-unit-filter" name="unit" defaultValue={unit?.id ?? ''} className="field__select">
            {region.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('hrPeople.employees.show')}
        </button>
      </Form>
      <section aria-labelledby="jabatan-daftar">
        <h2 id="jabatan-daftar">{unit ? t('hrPeople.positions.of', { unit: unit.name }) : t('hrPeople.positions.title')}</h2>
        {positions.length ? (
          positions.map((p) => (
            <div key={p.id} className="table-wrap" tabIndex={0} role="region" aria-labelledby={`jabatan-${p.id}`}>
              <table className="log-table">
                <caption id={`jabatan-${p.id}`}>
                  {p.title} · {t(`hrPeople.positionKind.${p.kind}`)} ·{' '}
                  <Link to={`${link({ ubah: p.id })}#jabatan-form`} aria-label={t('hrPeople.editOf', { name: p.title })}>
                    {t('hrPeople.edit')}
                  </Link>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hrPeople.competency')}</th>
                    <th scope="col">{t('hrPeople.positions.required')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.requirements.map((r) => (
                    <tr key={r.competency.id}>
                      <th scope="row">
                        {r.competency.name} <span className="muted">({r.competency.code})</span>
                      </th>
                      <td>{r.requiredLevel}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        ) : (
          <p>{t('hrPeople.positions.none')}</p>
        )}
      </section>
      <section aria-labelledby="jabatan-formulir" className="narrow" id="jabatan-form">
        <h2 id="jabatan-formulir">{editing ? t('hrPeople.editOf', { name: editing.title }) : t('hrPeople.positions.add')}</h2>
        <ErrorSummary t={t} problems={state.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(FORM, f as 'title')} attempt={state.attempt} />
        <Form method="post" action={`/staf/sdm/jabatan${link({})}`} noValidate onSubmit={state.onSubmit} className="staff-form" key={editing?.id ?? 'baru'}>
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="simpan" />
          {editing ? <input type="hidden" name="jabatan-id" value={editing.id} /> : null}
          <TextInput t={t} form={FORM} field="title" label={t('hrPeople.positions.name')} problem={state.fields.title} value={values.title} />
          <SelectInput t={t} form={FORM} field="kind" label={t('hrPeople.positions.kind')} problem={state.fields.kind} value={values.kind} options={POSITION_KINDS.map((k) => ({ value: k, label: t(`hrPeople.positionKind.${k}`) }))} />
          <SelectInput
            t={t}
            form={FORM}
            field="unitId"
            label={t('hrPeople.unit')}
            problem={state.fields.unitId}
            value={values.unitId}
            options={region.units.map((u) => ({ value: u.id, label: u.name }))}
          />
          <fieldset className="field">
            <legend className="field__label">{t('hrPeople.positions.standard')}</legend>
            <p className="field__hint">{t('hrPeople.positions.standardHint')}</p>
            {state.fields.requirements ? <p className="field__error">{t('hrPeople.error.level')}</p> : null}
            {KINDS.map((kind) => (
              <div key={kind}>
                <h3>{t(`hrPeople.kind.${kind}`)}</h3>
                {competencies
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <div key={c.id} className="field field--inline">
                      <label htmlFor={`standar-${c.id}`}>
                        {c.name} <span className="muted">({c.code})</span>
                      </label>{' '}
                      <select id={`standar-${c.id}`} name={`${STANDARD_PREFIX}${c.id}`} defaultValue={values.levels[c.id] ?? ''} className="field__select">
                        <option value="">{t('hrPeople.positions.notRequired')}</option>
                        {[1, 2, 3, 4, 5].map((n) => (
                          <option key={n} value={String(n)}>
                            {t('hrPeople.positions.levelN', { level: n })}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {editing ? t('hrPeople.save') : t('hrPeople.positions.addSubmit')}
          </button>
          {editing ? (
            <p>
              <Link to={link({})}>{t('hrPeople.cancel')}</Link>
            </p>
          ) : null}
        </Form>
      </section>
    </>
  );
}
