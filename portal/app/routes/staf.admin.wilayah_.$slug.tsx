import { redirect, data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { readRegion, readUnit, REGION_FIELDS, UNIT_FIELDS, validateRegion, validateUnit, type CatalogField, type RegionValues, type UnitValues } from '../admin/catalog-forms';
import { catalogRegionQuery, createUnitMutation, editRegionMutation, updateUnitMutation } from '../admin/catalog.server';
import { posted, refusedByApi, refusedByForm, type CatalogAnswer } from '../admin/catalog-answer.server';
import { fieldId, RegionFields, UnitFields, unitTree, useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut, type Staff } from '../staff/guard.server';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import { useStaff } from '../staff/use-staff';
import { apiProblem, notFound } from '../utils/problems.server';
import type { FieldProblem } from '../staff/forms';
import { regionSurveyPeriodQuery, setSurveyPeriodMutation } from '../follow-up/follow-up.server';

const SURVEY_PERIODS = ['QUARTER', 'SEMESTER', 'YEAR'] as const;

/** `/staf/admin/wilayah/:slug`: one region's details and its units as a tree (create, edit, move). */

async function regionOf(request: Request, staff: Staff, slug: string | undefined) {
  if (!slug || !/^[a-z0-9-]{1,100}$/.test(slug)) notFound('region');
  const result = await execute(staff.caller, catalogRegionQuery, { slug });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  if (!result.data.region) notFound('region');
  return result.data.region;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const region = await regionOf(request, staff, params.slug);
  const period = await execute(staff.caller, regionSurveyPeriodQuery, { slug: region.slug });
  const surveyPeriod = period.ok ? (period.data.region?.surveyPeriod ?? 'SEMESTER') : 'SEMESTER';
  return data({ region, surveyPeriod }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

type Answer = CatalogAnswer<RegionValues | UnitValues>;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const form = await staffForm(request, staff);
  const region = await regionOf(request, staff, params.slug);
  const intent = posted(form, 'tindakan');
  const here = `/staf/admin/wilayah/${region.slug}`;
  // The public pages that show this region's catalogue: its page, the service list, each service's page.
  const servicePages = (slugs: string[]) => slugs.flatMap((s) => [`/layanan/${s}`, `/layanan/${s}/poster`, `/layanan/${s}/nilai`, `/layanan/${s}/forum`]);
  const regionPages = ['/', '/layanan', `/wilayah/${region.slug}`];

  if (intent === 'wilayah') {
    const values = readRegion(form);
    const checked = validateRegion(values);
    if (!checked.ok) return refusedByForm('region', checked.problems, values);
    const result = await execute(staff.caller, editRegionMutation, { id: region.id, input: checked.value });
    if (!result.ok) return refusedByApi(request, staff, result.error, 'region', REGION_FIELDS, values);
    context.purgePages?.([...regionPages, ...servicePages(region.units.flatMap((u) => u.services.map((s) => s.slug)))]);
    return redirect(`${here}?selesai=wilayah`, { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'buat-unit' || intent === 'ubah-unit') {
    const values = readUnit(form);
    const formName = intent === 'buat-unit' ? 'unit-new' : 'unit-edit';
    const checked = validateUnit(values);
    if (!checked.ok) return refusedByForm(formName, checked.problems, values);
    const { name, abbreviation, kind, parentId } = checked.value;
    if (intent === 'buat-unit') {
      const result = await execute(staff.caller, createUnitMutation, { input: { regionId: region.id, name, abbreviation: abbreviation || null, kind, parentId } });
      if (!result.ok) return refusedByApi(request, staff, result.error, formName, UNIT_FIELDS, values);
      context.purgePages?.(regionPages);
      return redirect(`${here}?selesai=unit-baru`, { status: 303, headers: STAFF_HEADERS });
    }
    const unitId = posted(form, 'unit');
    const unit = region.units.find((u) => u.id === unitId);
    if (!unit) return refusedByForm(formName, [{ field: null, key: 'admin.catalog.error.unitGone' }], values);
    const result = await execute(staff.caller, updateUnitMutation, { id: unit.id, input: { name, abbreviation, kind, parentId } });
    if (!result.ok) return refusedByApi(request, staff, result.error, formName, UNIT_FIELDS, values);
    // The unit's name is on its services' pages.
    context.purgePages?.([...regionPages, ...servicePages(result.data.updateUnit.services.map((s) => s.slug))]);
    return redirect(`${here}?selesai=unit`, { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'periode-survei') {
    // facts/LAPORAN.md "Periods": quarter, semester (the default) or year (decision record 0025).
    const asked = posted(form, 'periode');
    const period = (SURVEY_PERIODS as readonly string[]).includes(asked) ? (asked as (typeof SURVEY_PERIODS)[number]) : 'SEMESTER';
    const result = await execute(staff.caller, setSurveyPeriodMutation, { regionSlug: region.slug, period });
    if (!result.ok) return refusedByApi(request, staff, result.error, 'periode-survei', [], {});
    return redirect(`${here}?selesai=periode-survei`, { status: 303, headers: STAFF_HEADERS });
  }
  return refusedByForm('none', [{ field: null, key: 'form.error.unexpected' }], {});
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded?.region.name ?? t('admin.regions.title') }) }, { name: 'robots', content: 'noindex' }];
};

const DONE = { 'periode-survei': 'followUp.admin.saved', wilayah: 'admin.catalog.done.region', 'wilayah-baru': 'admin.catalog.done.regionCreated', 'unit-baru': 'admin.catalog.done.unitCreated', unit: 'admin.catalog.done.unit' } as const;

export default function AdminRegion() {
  const { region, surveyPeriod } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const editing = region.units.find((u) => u.id === params.get('ubah')) ?? null;
  const tree = unitTree(region.units);
  const unitForm = editing ? 'unit-edit' : 'unit-new';

  const regionAnswer = answer?.form === 'region' ? answer : undefined;
  const unitAnswer = answer?.form === unitForm ? answer : undefined;
  const regionForm = useFormProblems((f) => validateRegion(readRegion(f)), regionAnswer?.problems as FieldProblem<'name'>[] | undefined);
  const unitFormState = useFormProblems((f) => validateUnit(readUnit(f)), unitAnswer?.problems as FieldProblem<'name'>[] | undefined);
  const summary = regionForm.problems.length ? { ...regionForm, form: 'wilayah' } : unitFormState.problems.length ? { ...unitFormState, form: unitForm } : null;

  const regionValues: RegionValues = (regionAnswer?.values as RegionValues | undefined) ?? {
    name: region.name,
    province: region.province,
    timeZone: region.timeZone,
    kind: region.kind,
    proofOfWorkRequired: region.proofOfWorkRequired,
  };
  const unitValues: UnitValues = (unitAnswer?.values as UnitValues | undefined) ??
    (editing ? { name: editing.name, abbreviation: editing.abbreviation ?? '', kind: editing.kind, parentId: editing.parent?.id ?? '' } : { name: '', abbreviation: '', kind: 'DINAS', parentId: '' });
  const parents = tree.filter(({ unit }) => unit.id !== editing?.id).map(({ unit, depth }) => ({ id: unit.id, label: `${'— '.repeat(depth)}${unit.name}` }));

  return (
    <>
      <h1>{region.name}</h1>
      <AdminNav t={t} />
      <p>
        <Link to="/staf/admin/wilayah">{t('admin.catalog.backToRegions')}</Link> · <Link to={`/wilayah/${region.slug}`}>{t('admin.catalog.publicPage')}</Link>
      </p>
      {done && done in DONE ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      ) : null}
      {summary ? (
        <ErrorSummary t={t} problems={summary.problems as FieldProblem<string>[]} targetOf={(f) => fieldId(summary.form, f as CatalogField)} attempt={summary.attempt} />
      ) : null}

      <section aria-labelledby="unit-pohon">
        <h2 id="unit-pohon">{t('admin.catalog.units')}</h2>
        {tree.length ? <UnitList t={t} units={region.units} parent={null} regionSlug={region.slug} /> : <p>{t('admin.catalog.noUnits')}</p>}
      </section>

      <section aria-labelledby="unit-formulir" className="narrow" id="unit-form">
        <h2 id="unit-formulir">{editing ? t('admin.catalog.editUnit', { name: editing.name }) : t('admin.catalog.createUnit')}</h2>
        <Form method="post" noValidate onSubmit={unitFormState.onSubmit} className="staff-form" key={editing?.id ?? 'baru'}>
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value={editing ? 'ubah-unit' : 'buat-unit'} />
          {editing ? <input type="hidden" name="unit" value={editing.id} /> : null}
          <UnitFields t={t} form={unitForm} values={unitValues} fields={unitFormState.fields} parents={parents} />
          <button type="submit" className="button">
            {editing ? t('admin.catalog.save') : t('admin.catalog.createUnitSubmit')}
          </button>
          {editing ? (
            <p>
              <Link to=".">{t('admin.catalog.cancel')}</Link>
            </p>
          ) : null}
        </Form>
      </section>

      <section aria-labelledby="wilayah-formulir" className="narrow">
        <h2 id="wilayah-formulir">{t('admin.catalog.regionDetails')}</h2>
        <p className="field__hint">
          {t('admin.catalog.slug')}: <code>{region.slug}</code> · {t('admin.catalog.headTitle', { title: region.headTitle })}
        </p>
        <Form method="post" noValidate onSubmit={regionForm.onSubmit} className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="wilayah" />
          <RegionFields t={t} form="wilayah" values={regionValues} fields={regionForm.fields} />
          <button type="submit" className="button">
            {t('admin.catalog.save')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="periode-survei" className="narrow">
        <h2 id="periode-survei">{t('followUp.admin.title')}</h2>
        {answer?.form === 'periode-survei' ? <ErrorSummary t={t} problems={answer.problems as FieldProblem<string>[]} targetOf={() => 'periode-survei-pilihan'} /> : null}
        <Form method="post" className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="periode-survei" />
          <div className="field">
            <label htmlFor="periode-survei-pilihan" className="field__label">
              {t('followUp.admin.label')}
            </label>
            <p className="field__hint" id="periode-survei-petunjuk">
              {t('followUp.admin.hint')}
            </p>
            <select id="periode-survei-pilihan" name="periode" defaultValue={surveyPeriod} className="field__select" aria-describedby="periode-survei-petunjuk">
              {SURVEY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`followUp.admin.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('followUp.admin.submit')}
          </button>
        </Form>
      </section>
    </>
  );
}

type TreeUnit = { id: string; name: string; abbreviation?: string | null; kind: string; parent?: { id: string } | null; services: readonly unknown[] };

/** The units below `parent` as a nested list: the tree a screen reader announces level by level. */
function UnitList({ t, units, parent, regionSlug }: { t: ReturnType<typeof useT>; units: readonly TreeUnit[]; parent: string | null; regionSlug: string }) {
  const ids = new Set(units.map((u) => u.id));
  const here = units.filter((u) => (u.parent && ids.has(u.parent.id) ? u.parent.id : null) === parent).sort((a, b) => a.name.localeCompare(b.name));
  if (!here.length) return null;
  return (
    <ul className="unit-tree">
      {here.map((unit) => (
        <li key={unit.id}>
          <span className="unit-tree__name">
            {unit.name}
            {unit.abbreviation ? ` (${unit.abbreviation})` : ''}
          </span>{' '}
          <span className="field__hint">{t(`admin.catalog.unitKind.${unit.kind as 'DINAS'}`)}</span>{' '}
          <Link to={`/staf/admin/wilayah/${regionSlug}/unit/${unit.id}`} aria-label={t('admin.catalog.servicesOf', { name: unit.name })}>
            {t.plural('admin.catalog.serviceCount', unit.services.length)}
          </Link>{' '}
          · <Link to={`?ubah=${unit.id}#unit-form`} aria-label={t('admin.catalog.editUnit', { name: unit.name })}>
            {t('admin.catalog.edit')}
          </Link>
          <UnitList t={t} units={units} parent={unit.id} regionSlug={regionSlug} />
        </li>
      ))}
    </ul>
  );
}
