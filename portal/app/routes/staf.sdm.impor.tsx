import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useFormProblems } from '../admin/catalog-ui';
import { execute } from '../graphql/client.server';
import { importHrDataMutation } from '../hr/import.server';
import { EXAMPLE_FILE, IMPORT_FIELD, IMPORT_FILE_MAX_BYTES, IMPORT_KINDS, readImport, validateImport, type ImportField, type ImportKindValue } from '../hr/import-form';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField, ErrorSummary, Field, problemWords } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { forbidden, requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { csrfMatches, CSRF_FIELD } from '../staff/session.server';
import { regionsForStaffQuery } from '../staff/staff.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem, badRequest } from '../utils/problems.server';
import type { Translator } from '../i18n';

/**
 * `/staf/sdm/impor`: HR uploads a CSV of employees, assessments or paper SKM questionnaires; a dry
 * run (on by default) checks every row and stores nothing; the report lists each bad cell by line
 * and column, while good rows are stored (decision record 0022). A plain multipart form: works
 * without JavaScript.
 */
async function regionsOf(request: Request, staff: Awaited<ReturnType<typeof requirePage>>) {
  if (staff.user.roles.some((g) => g.role === 'ADMIN')) {
    const result = await execute(staff.caller, regionsForStaffQuery);
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      apiProblem(result.error);
    }
    return result.data.regions.map((r) => ({ slug: r.slug, name: r.name }));
  }
  const seen = new Map<string, string>();
  for (const g of staff.user.roles) if (g.role === 'HR' && g.region) seen.set(g.region.slug, g.region.name);
  return [...seen].map(([slug, name]) => ({ slug, name }));
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  return data({ regions: await regionsOf(request, staff) }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

interface Report {
  kind: ImportKindValue;
  dryRun: boolean;
  rowsRead: number;
  imported: number;
  unchanged: number;
  rejected: number;
  problemCount: number;
  problems: Array<{ line: number; column: string; message: string }>;
}

type Answer = { problems: FieldProblem<ImportField>[]; report?: undefined; kind: string; region: string } | { problems?: undefined; report: Report; kind: string; region: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  let form: FormData;
  try {
    // Files stay in memory, each part at most the API's limit: nothing of a citizen's is written to disk.
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: IMPORT_FILE_MAX_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data<Answer>({ problems: [{ field: 'file', key: 'hr.import.error.fileTooLarge' }], kind: '', region: '' }, { status: 400, headers: STAFF_HEADERS });
    }
    if (request.signal.aborted) throw error;
    badRequest();
  }
  if (!csrfMatches(staff.csrf, form.get(CSRF_FIELD))) forbidden();
  const values = readImport(form);
  const checked = validateImport(values);
  if (!checked.ok) return data<Answer>({ problems: checked.problems, kind: values.kind, region: values.region }, { status: 400, headers: STAFF_HEADERS });
  const file = form.get(IMPORT_FIELD.file) as File;
  const csv = await file.text();
  const result = await execute(staff.caller, importHrDataMutation, {
    input: { kind: values.kind as ImportKindValue, regionSlug: values.region, csv, dryRun: values.dryRun },
  });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    if (result.error.code === 'BAD_USER_INPUT' || result.error.code === 'NOT_FOUND' || result.error.code === 'FORBIDDEN') {
      return data<Answer>({ problems: [{ field: 'file', message: result.error.message }], kind: values.kind, region: values.region }, { status: 400, headers: STAFF_HEADERS });
    }
    apiProblem(result.error);
  }
  return data<Answer>({ report: result.data.importHrData as Report, kind: values.kind, region: values.region }, { headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hr.import.title') }) }, { name: 'robots', content: 'noindex' }];
};

const FIELD_ID: Record<ImportField, string> = { kind: 'impor-jenis', region: 'impor-wilayah', file: 'impor-berkas' };

const KIND_LABEL = { EMPLOYEES: 'hr.import.kind.EMPLOYEES', ASSESSMENTS: 'hr.import.kind.ASSESSMENTS', SKM: 'hr.import.kind.SKM' } as const;
const KIND_COLUMNS = { EMPLOYEES: 'hr.import.columns.EMPLOYEES', ASSESSMENTS: 'hr.import.columns.ASSESSMENTS', SKM: 'hr.import.columns.SKM' } as const;

export default function HrImport() {
  const { regions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  const state = useFormProblems((f) => validateImport(readImport(f)), answer?.problems);
  const kind = (IMPORT_KINDS as readonly string[]).includes(answer?.kind ?? '') ? (answer!.kind as ImportKindValue) : 'EMPLOYEES';
  const region = answer?.region || regions[0]?.slug || '';
  return (
    <>
      <h1>{t('hr.import.title')}</h1>
      <p>{t('hr.import.intro')}</p>
      <ErrorSummary t={t} problems={state.problems} targetOf={(f) => FIELD_ID[f]} attempt={state.attempt} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={state.onSubmit} className="staff-form narrow">
        <CsrfField token={csrf} />
        <fieldset className="fieldset" id={FIELD_ID.kind} aria-describedby={state.fields.kind ? `${FIELD_ID.kind}-galat` : undefined}>
          <legend className="fieldset__legend">{t('hr.import.kind.label')}</legend>
          {state.fields.kind ? (
            <p id={`${FIELD_ID.kind}-galat`} className="field__error">
              {problemWords(t, state.fields.kind)}
            </p>
          ) : null}
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={IMPORT_FIELD.kind} value={k} defaultChecked={k === kind} /> {t(KIND_LABEL[k])}
            </label>
          ))}
        </fieldset>
        {regions.length > 1 ? (
          <Field t={t} id={FIELD_ID.region} label={t('hr.import.region')} problem={state.fields.region}>
            {(aria) => (
              <select {...aria} name={IMPORT_FIELD.region} defaultValue={region} className="field__select">
                {regions.map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name={IMPORT_FIELD.region} value={region} />
        )}
        <Field
          t={t}
          id={FIELD_ID.file}
          label={t('hr.import.file')}
          hint={t('hr.import.fileHint', { size: Math.round(IMPORT_FILE_MAX_BYTES / 1000) })}
          problem={state.fields.file}
        >
          {(aria) => <input {...aria} type="file" name={IMPORT_FIELD.file} accept=".csv,text/csv" className="field__input" />}
        </Field>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name={IMPORT_FIELD.dryRun} value="1" defaultChecked /> {t('hr.import.dryRun')}
          </label>
          <p className="field__hint">{t('hr.import.dryRunHint')}</p>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('hr.import.busy') : t('hr.import.submit')}
        </button>
      </Form>
      {answer?.report ? <ImportReport t={t} report={answer.report} /> : null}
      <section aria-labelledby="kolom-impor">
        <h2 id="kolom-impor">{t('hr.import.columns.title')}</h2>
        {IMPORT_KINDS.map((k) => (
          <div key={k}>
            <h3>{t(KIND_LABEL[k])}</h3>
            <p>{t(KIND_COLUMNS[k])}</p>
            <p>
              <a href={`/staf/sdm/impor/contoh/${EXAMPLE_FILE[k]}.csv?wilayah=${encodeURIComponent(region)}`} download>
                {t('hr.import.example', { kind: t(KIND_LABEL[k]) })}
              </a>
            </p>
          </div>
        ))}
      </section>
    </>
  );
}

function ImportReport({ t, report }: { t: Translator; report: Report }) {
  return (
    <section aria-labelledby="hasil-impor" className="import-report" role="status">
      <h2 id="hasil-impor">{report.dryRun ? t('hr.import.report.dryTitle') : t('hr.import.report.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('hr.import.report.rowsRead')}</dt>
          <dd>{report.rowsRead.toLocaleString(t.lang === 'id' ? 'id-ID' : 'en')}</dd>
        </div>
        <div>
          <dt>{report.dryRun ? t('hr.import.report.wouldImport') : t('hr.import.report.imported')}</dt>
          <dd>{report.imported.toLocaleString(t.lang === 'id' ? 'id-ID' : 'en')}</dd>
        </div>
        <div>
          <dt>{t('hr.import.report.unchanged')}</dt>
          <dd>{report.unchanged.toLocaleString(t.lang === 'id' ? 'id-ID' : 'en')}</dd>
        </div>
        <div>
          <dt>{t('hr.import.report.rejected')}</dt>
          <dd>{report.rejected.toLocaleString(t.lang === 'id' ? 'id-ID' : 'en')}</dd>
        </div>
      </dl>
      {report.problems.length ? (
        <div className="table-wrap">
        <table className="log-table">
          <caption>
            {report.problemCount > report.problems.length
              ? t('hr.import.report.problemsSome', { shown: report.problems.length, count: report.problemCount })
              : t('hr.import.report.problems')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('hr.import.report.line')}</th>
              <th scope="col">{t('hr.import.report.column')}</th>
              <th scope="col">{t('hr.import.report.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.line}</th>
                <td>
                  <code>{p.column}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : (
        <p>{t('hr.import.report.noProblems')}</p>
      )}
    </section>
  );
}
