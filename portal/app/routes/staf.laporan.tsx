import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ELEMENT_TEXT, isSkmElement, type SurveyPeriodKind } from '@suara/skm';
import { useFormProblems } from '../admin/catalog-ui';
import { execute, type ApiCaller } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { reportPeriods, readPublish, regionToday, REPORT_FIELD, validatePublish, type PublishField } from '../reports/publish-form';
import { publishSkmReportMutation, reportRegionQuery, reportUnitRegionQuery, skmReportPreviewQuery, skmReportsQuery } from '../reports/reports.server';
import { CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut, type Staff } from '../staff/guard.server';
import { hasRole, officerUnits, regionsWithRole } from '../staff/roles';
import { regionsForStaffQuery } from '../staff/staff.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem, badRequest } from '../utils/problems.server';
import { formatDecimal } from '../utils/format';

/**
 * `/staf/laporan?wilayah=&periode=&unit=`: the Laporan SKM of each unit for a survey period
 * (facts/LAPORAN.md; decision record 0026). HR and the mayor see the region's units, an officer
 * their own; a unit's preview shows the headline numbers and why it cannot be published yet; the
 * unit's officer, HR and ADMIN publish it with the signer's name; every published version has its
 * PDF. A plain GET filter and a POST form: works without JavaScript.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface RegionInfo {
  slug: string;
  name: string;
  timeZone: string;
  surveyPeriod: SurveyPeriodKind;
}

async function must<T>(request: Request, staff: Staff, result: { ok: true; data: T } | { ok: false; error: Parameters<typeof apiProblem>[0] }): Promise<T> {
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return result.data;
}

/** The regions the page can show (HR or MAYOR grants; every region for ADMIN) and the officer's units. */
async function scope(request: Request, staff: Staff) {
  let all: Array<{ slug: string; name: string }> = [];
  if (hasRole(staff.user.roles, 'ADMIN')) all = (await must(request, staff, await execute(staff.caller, regionsForStaffQuery))).regions;
  const bySlug = new Map<string, { slug: string; name: string }>();
  for (const role of ['HR', 'MAYOR'] as const) for (const r of regionsWithRole(staff.user.roles, role, all)) bySlug.set(r.slug, r);
  return { regions: [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name)), units: officerUnits(staff.user.roles) };
}

async function regionInfo(caller: ApiCaller, request: Request, staff: Staff, slug: string) {
  const { region } = await must(request, staff, await execute(caller, reportRegionQuery, { slug }));
  return region;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'reports');
  const params = new URL(request.url).searchParams;
  const { regions, units: ownUnits } = await scope(request, staff);
  const wantedRegion = params.get(REPORT_FIELD.region);
  const wantedUnit = params.get(REPORT_FIELD.unit);

  let region: RegionInfo | null = null;
  let units: Array<{ id: string; name: string }> = [];
  let regionWide = false;
  const chosen = regions.find((r) => r.slug === wantedRegion) ?? (ownUnits.length && !wantedRegion ? null : regions[0]) ?? null;
  if (chosen) {
    const info = await regionInfo(staff.caller, request, staff, chosen.slug);
    if (info) {
      region = { slug: info.slug, name: info.name, timeZone: info.timeZone, surveyPeriod: info.surveyPeriod };
      units = info.units.filter((u) => u.services.length > 0).map((u) => ({ id: u.id, name: u.name }));
      regionWide = true;
    }
  } else if (ownUnits.length) {
    // An officer: their own units, in their unit's region.
    const first = ownUnits[0]!;
    const { unit } = await must(request, staff, await execute(staff.caller, reportUnitRegionQuery, { id: first.id }));
    if (unit) {
      region = { slug: unit.region.slug, name: unit.region.name, timeZone: unit.region.timeZone, surveyPeriod: unit.region.surveyPeriod };
      units = ownUnits;
    }
  }
  if (!region) return data({ region: null, regions, periods: [], period: null, rows: [], preview: null, canPublish: false, published: null }, { headers: STAFF_HEADERS });

  const periods = reportPeriods(region.surveyPeriod, regionToday(region.timeZone));
  const period = periods.find((p) => p.key === params.get(REPORT_FIELD.period)) ?? periods[1] ?? periods[0]!;

  const reports = regionWide
    ? (await must(request, staff, await execute(staff.caller, skmReportsQuery, { regionSlug: region.slug, period: period.key }))).skmReports
    : (
        await Promise.all(units.map(async (u) => (await must(request, staff, await execute(staff.caller, skmReportsQuery, { regionSlug: region.slug, period: period.key, unitId: u.id }))).skmReports))
      ).flat();
  const rows = units.map((u) => ({ unit: u, report: reports.find((r) => r.unit.id === u.id) ?? null }));

  let preview = null;
  if (wantedUnit && UUID.test(wantedUnit) && units.some((u) => u.id === wantedUnit)) {
    const found = await must(request, staff, await execute(staff.caller, skmReportPreviewQuery, { unitId: wantedUnit, period: period.key }));
    const p = found.skmReportPreview;
    const weakest = ((p.content as { analysis?: { weakest?: Array<{ element: string; average: number }> } }).analysis?.weakest ?? []).filter((e) => isSkmElement(e.element));
    preview = {
      unit: p.unit,
      periodKey: p.periodKey,
      complete: p.complete,
      responseCount: p.responseCount,
      ikm: p.ikm ?? null,
      grade: p.grade ?? null,
      publishable: p.publishable,
      refusal: p.refusal ?? null,
      changed: p.changedSincePublished,
      weakest,
      published: p.published ?? null,
    };
  }
  const roles = staff.user.roles;
  const canPublish = hasRole(roles, 'ADMIN', 'HR') || (preview !== null && ownUnits.some((u) => u.id === preview.unit.id));
  return data(
    { region, regions, periods, period, rows, preview, canPublish, published: params.get('terbit') },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

type Answer = { problems: FieldProblem<PublishField>[] };

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'reports');
  const form = await staffForm(request, staff);
  const unitId = String(form.get(REPORT_FIELD.unit) ?? '');
  const period = String(form.get(REPORT_FIELD.period) ?? '');
  const region = String(form.get(REPORT_FIELD.region) ?? '');
  if (!UUID.test(unitId) || !/^\d{4}(-[QS]\d)?$/.test(period) || !/^[a-z0-9-]{0,80}$/.test(region)) badRequest();
  const checked = validatePublish(readPublish(form));
  if (!checked.ok) return data<Answer>({ problems: checked.problems }, { status: 400, headers: STAFF_HEADERS });
  const result = await execute(staff.caller, publishSkmReportMutation, { unitId, period, signedBy: checked.value.signedBy });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    if (result.error.code === 'BAD_USER_INPUT' || result.error.code === 'FORBIDDEN' || result.error.code === 'NOT_FOUND') {
      const field = result.error.fields?.some((f) => f.field === 'signedBy') ? ('signedBy' as const) : null;
      return data<Answer>({ problems: [{ field, message: result.error.message }] }, { status: 400, headers: STAFF_HEADERS });
    }
    apiProblem(result.error);
  }
  const params = new URLSearchParams({ [REPORT_FIELD.period]: period, [REPORT_FIELD.unit]: unitId, terbit: String(result.data.publishSkmReport.version) });
  if (region) params.set(REPORT_FIELD.region, region);
  throw redirect(`/staf/laporan?${params}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('report.title') }) }, { name: 'robots', content: 'noindex' }];
};

const pdfHref = (id: string, version?: number) => `/laporan/${id}.pdf${version ? `?versi=${version}` : ''}`;

export default function Reports() {
  const { region, regions, periods, period, rows, preview, canPublish, published } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  const state = useFormProblems((f) => validatePublish(readPublish(f)), answer?.problems);
  const lang = t.lang;
  const day = (iso: string) => new Date(iso).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  if (!region || !period) {
    return (
      <>
        <h1>{t('report.title')}</h1>
        <p className="notice">{t('report.noRegion')}</p>
      </>
    );
  }
  const query = (extra: Record<string, string>) => {
    const p = new URLSearchParams({ ...(regions.length ? { [REPORT_FIELD.region]: region.slug } : {}), [REPORT_FIELD.period]: period.key, ...extra });
    return `/staf/laporan?${p}`;
  };
  return (
    <>
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      <Form method="get" className="staff-form filters">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('report.filter.legend')}</legend>
          {regions.length > 1 ? (
            <div className="field">
              <label htmlFor="laporan-wilayah" className="field__label">
                {t('report.filter.region')}
              </label>
              <select id="laporan-wilayah" name={REPORT_FIELD.region} defaultValue={region.slug} className="field__select">
                {regions.map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          ) : regions.length ? (
            <input type="hidden" name={REPORT_FIELD.region} value={region.slug} />
          ) : null}
          <div className="field">
            <label htmlFor="laporan-periode" className="field__label">
              {t('report.filter.period')}
            </label>
            <select id="laporan-periode" name={REPORT_FIELD.period} defaultValue={period.key} className="field__select">
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.complete ? p.key : `${p.key} (${t('report.preview.running')})`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('report.filter.submit')}
          </button>
        </fieldset>
      </Form>

      <div className="table-wrap" role="region" aria-labelledby="laporan-tabel" tabIndex={0}>
        <table className="log-table">
          <caption id="laporan-tabel">{t('report.table.caption', { period: period.key })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.table.unit')}</th>
              <th scope="col">{t('report.table.status')}</th>
              <th scope="col" className="num">
                {t('report.table.responses')}
              </th>
              <th scope="col" className="num">
                {t('report.table.ikm')}
              </th>
              <th scope="col">{t('report.table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ unit, report }) => (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                <td>{report ? t('report.status.published', { version: String(report.version) }) : t('report.status.draft')}</td>
                <td className="num">{report ? t.number(report.responseCount) : '–'}</td>
                <td className="num">{report?.ikm != null ? `${formatDecimal(t, report.ikm)} (${report.grade})` : '–'}</td>
                <td>
                  <a href={query({ [REPORT_FIELD.unit]: unit.id })} aria-label={t('report.openFor', { unit: unit.name })}>
                    {t('report.open')}
                  </a>
                  {report ? (
                    <>
                      {' · '}
                      <a href={pdfHref(report.id)} aria-label={t('report.pdfFor', { unit: unit.name, version: String(report.version) })}>
                        {t('report.pdf')}
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {preview ? (
        <section aria-labelledby="pratinjau" className="report-preview">
          <h2 id="pratinjau">{t('report.preview.heading', { unit: preview.unit.name, period: preview.periodKey })}</h2>
          {published ? (
            <p className="notice notice--success" role="status">
              {t('report.publish.done', { version: published })}
            </p>
          ) : null}
          <p>
            {preview.ikm !== null
              ? t('report.preview.summary', { responses: preview.responseCount, ikm: formatDecimal(t, preview.ikm), grade: preview.grade ?? '–' })
              : t('report.preview.noScore', { responses: preview.responseCount })}
          </p>
          {preview.weakest.length ? (
            <p>
              {t('report.preview.weakest')}:{' '}
              {preview.weakest.map((e) => `${ELEMENT_TEXT[lang][e.element as keyof (typeof ELEMENT_TEXT)['id']].name} (${formatDecimal(t, e.average, 3)})`).join(', ')}
            </p>
          ) : null}
          <p>
            <a href={`/staf/laporan/pratinjau.pdf?${new URLSearchParams({ [REPORT_FIELD.unit]: preview.unit.id, [REPORT_FIELD.period]: preview.periodKey })}`}>{t('report.previewPdf')}</a>
          </p>
          {preview.refusal ? <p className="notice">{preview.refusal}</p> : null}
          {preview.changed ? <p className="notice">{t('report.preview.changed')}</p> : null}

          {preview.published ? (
            <div className="table-wrap" role="region" aria-labelledby="laporan-versi" tabIndex={0}>
              <table className="log-table">
                <caption id="laporan-versi">{t('report.versions.caption', { unit: preview.unit.name, period: preview.periodKey })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.versions.version')}</th>
                    <th scope="col">{t('report.versions.publishedAt')}</th>
                    <th scope="col" className="num">
                      {t('report.versions.responses')}
                    </th>
                    <th scope="col">{t('report.versions.reason')}</th>
                    <th scope="col">PDF</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.published.versions.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">{v.version}</th>
                      <td>{day(v.publishedAt)}</td>
                      <td className="num">{t.number(v.responseCount)}</td>
                      <td>{v.revisionReason ?? t('report.versions.first')}</td>
                      <td>
                        <a href={pdfHref(preview.published!.id, v.version)} aria-label={t('report.pdfFor', { unit: preview.unit.name, version: String(v.version) })}>
                          {t('report.pdf')}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {canPublish && preview.publishable && (!preview.published || preview.changed) ? (
            <>
              <h3>{t('report.publish.heading')}</h3>
              <ErrorSummary t={t} problems={state.problems} targetOf={() => 'laporan-penandatangan'} attempt={state.attempt} />
              <Form method="post" noValidate onSubmit={state.onSubmit} className="staff-form narrow">
                <CsrfField token={csrf} />
                <input type="hidden" name={REPORT_FIELD.unit} value={preview.unit.id} />
                <input type="hidden" name={REPORT_FIELD.period} value={preview.periodKey} />
                {regions.length ? <input type="hidden" name={REPORT_FIELD.region} value={region.slug} /> : null}
                <Field t={t} id="laporan-penandatangan" label={t('report.publish.signedBy')} hint={t('report.publish.signedByHint')} problem={state.fields.signedBy}>
                  {(aria) => <input {...aria} name={REPORT_FIELD.signedBy} type="text" autoComplete="off" maxLength={200} defaultValue={preview.published?.signedBy ?? ''} className="field__input" />}
                </Field>
                <button type="submit" className="button" disabled={busy}>
                  {preview.published ? t('report.publish.republish') : t('report.publish.submit')}
                </button>
              </Form>
            </>
          ) : !canPublish && preview.publishable ? (
            <p>{t('report.publish.notAllowed')}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
