import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { employeeProfileQuery, loaded, setTargetPositionMutation } from '../hr/insight.server';
import { posted, refusedByApi } from '../admin/catalog-answer.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { useStaff } from '../staff/use-staff';
import { notFound } from '../utils/problems.server';
import insightCss from '../styles/hr-insight.css?url';

/**
 * `/staf/sdm/pegawai/:id`: an employee's competency profile for HR to hand to the person assessed —
 * gaps and strengths against the position and a target position (`?target=` to look, the form to
 * keep it), JP this year against 20, trainings and development activities. Prints on paper as is.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JP_PER_YEAR = 20;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  if (!params.id || !UUID.test(params.id)) notFound();
  const target = new URL(request.url).searchParams.get('target');
  const result = await execute(staff.caller, employeeProfileQuery, { employee: params.id, target: target && UUID.test(target) ? target : null });
  if (!result.ok && result.error.code === 'NOT_FOUND') notFound();
  const { employeeProfile } = await loaded(request, staff, result);
  return data({ profile: employeeProfile, asked: Boolean(target && UUID.test(target)) }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  if (!params.id || !UUID.test(params.id)) notFound();
  const form = await staffForm(request, staff);
  const position = posted(form, 'position');
  if (position && !UUID.test(position)) {
    return data({ form: 'target', problems: [{ field: 'position', key: 'hrInsight.error.positionUnknown' }] as FieldProblem<string>[], values: {} }, { status: 400, headers: STAFF_HEADERS });
  }
  const result = await execute(staff.caller, setTargetPositionMutation, { employee: params.id, position: position || null });
  if (!result.ok) return refusedByApi(request, staff, result.error, 'target', ['position', 'positionId'], {});
  return redirect(`/staf/sdm/pegawai/${params.id}?selesai=${position ? 'tujuan' : 'tujuan-hapus'}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: loaded?.profile.name ?? t('hrInsight.profile.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function EmployeeProfile() {
  const { profile, asked } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as { problems: FieldProblem<string>[] } | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('selesai');
  const pct = (n: number | null) => (n === null ? '–' : `${t.number(Math.round(n))} %`);
  const gaps = profile.competencies.filter((c) => (c.gap ?? 0) > 0);
  const strengths = profile.competencies.filter((c) => (c.surplus ?? 0) > 0);
  const target = profile.targetPosition;
  return (
    <article className="profile">
      <p className="no-print">
        <Link to={`/staf/sdm/peta?unit=${profile.unit.id}#pegawai`}>{t('hrInsight.profile.back', { unit: profile.unit.name })}</Link>
      </p>
      <h1>{t('hrInsight.profile.heading', { name: profile.name })}</h1>
      {done === 'tujuan' || done === 'tujuan-hapus' ? (
        <p className="notice notice--success no-print" role="status">
          {t(done === 'tujuan' ? 'hrInsight.profile.targetSaved' : 'hrInsight.profile.targetCleared')}
        </p>
      ) : null}
      {answer?.problems?.length ? <ErrorSummary t={t} problems={answer.problems} targetOf={() => 'jabatan-tujuan'} /> : null}
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('hrInsight.profile.print')}
        </button>
      </p>
      <dl className="profile-facts">
        <dt>{t('hrInsight.nip')}</dt>
        <dd>{profile.nip}</dd>
        <dt>{t('hrInsight.unit')}</dt>
        <dd>{profile.unit.name}</dd>
        <dt>{t('hrInsight.position')}</dt>
        <dd>{profile.position?.title ?? '–'}</dd>
        <dt>{t('hrInsight.jpm')}</dt>
        <dd>{pct(profile.jobPersonMatch)}</dd>
        <dt>{t('hrInsight.profile.target')}</dt>
        <dd>{target ? `${target.title} (${target.unit.name}) · ${t('hrInsight.jpm')} ${pct(profile.targetJobPersonMatch)}` : t('hrInsight.profile.noTarget')}</dd>
        <dt>{t('hrInsight.jpYear')}</dt>
        <dd>
          {t('hrInsight.profile.jpOf', { jp: t.number(profile.jpThisYear), max: JP_PER_YEAR })}
          {profile.jpShortfall > 0 ? ` · ${t('hrInsight.profile.jpShort', { jp: t.number(profile.jpShortfall) })}` : ` · ${t('hrInsight.profile.jpMet')}`}
        </dd>
        <dt>{t('hrInsight.profile.cycle')}</dt>
        <dd>{t('hrInsight.profile.cycleMonths', { months: profile.cycleMonths })}</dd>
      </dl>

      <section aria-labelledby="ringkasan">
        <h2 id="ringkasan">{t('hrInsight.profile.summary')}</h2>
        <p>
          <strong>{t('hrInsight.profile.gaps')}:</strong>{' '}
          {gaps.length ? gaps.map((c) => `${c.competency.name} (−${c.gap})`).join(', ') : t('hrInsight.profile.noGaps')}
        </p>
        <p>
          <strong>{t('hrInsight.profile.strengths')}:</strong>{' '}
          {strengths.length ? strengths.map((c) => `${c.competency.name} (+${c.surplus})`).join(', ') : t('hrInsight.profile.noStrengths')}
        </p>
      </section>

      <section aria-labelledby="kompetensi">
        <h2 id="kompetensi">{t('hrInsight.profile.competencies')}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="kompetensi-caption">
          <table>
            <caption id="kompetensi-caption">{t('hrInsight.profile.competenciesCaption', { name: profile.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hrInsight.competency')}</th>
                <th scope="col">{t('hrInsight.required')}</th>
                <th scope="col">{t('hrInsight.assessed')}</th>
                <th scope="col">{t('hrInsight.gap')}</th>
                <th scope="col">{t('hrInsight.surplus')}</th>
                {target ? <th scope="col">{t('hrInsight.targetRequired')}</th> : null}
                {target ? <th scope="col">{t('hrInsight.targetGap')}</th> : null}
                <th scope="col">{t('hrInsight.assessedOn')}</th>
                <th scope="col">{t('hrInsight.method')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.competencies.map((c) => (
                <tr key={c.competency.id}>
                  <th scope="row">{c.competency.name}</th>
                  <td>{c.required ?? '–'}</td>
                  <td>{c.assessed ?? t('hrInsight.profile.notAssessed')}</td>
                  <td>{c.gap ?? '–'}</td>
                  <td>{c.surplus ? `+${c.surplus}` : c.surplus === 0 ? '0' : '–'}</td>
                  {target ? <td>{c.targetRequired ?? '–'}</td> : null}
                  {target ? <td>{c.targetGap ?? '–'}</td> : null}
                  <td>
                    {c.assessedOn ?? '–'}
                    {c.stale ? (
                      <>
                        {' '}
                        <span className="tag-stale">{t('hrInsight.profile.stale')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{c.method ? t(`hrInsight.method.${c.method}`) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="pelatihan">
        <h2 id="pelatihan">{t('hrInsight.profile.trainings')}</h2>
        {profile.trainings.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="pelatihan-caption">
            <table>
              <caption id="pelatihan-caption" className="visually-hidden">
                {t('hrInsight.profile.trainings')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('hrInsight.program')}</th>
                  <th scope="col">{t('hrInsight.status')}</th>
                  <th scope="col">{t('hrInsight.completedOn')}</th>
                  <th scope="col">JP</th>
                  <th scope="col">{t('hrInsight.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {profile.trainings.map((tr) => (
                  <tr key={tr.programId}>
                    <th scope="row">{tr.title}</th>
                    <td>{t(`hrInsight.enrolment.${tr.status as 'COMPLETED'}`)}</td>
                    <td>{tr.completedOn ?? '–'}</td>
                    <td>{t.number(tr.jpEarned)}</td>
                    <td>{tr.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('hrInsight.profile.noTrainings')}</p>
        )}
      </section>

      <section aria-labelledby="kegiatan">
        <h2 id="kegiatan">{t('hrInsight.profile.activities')}</h2>
        {profile.developmentActivities.length ? (
          <ul>
            {profile.developmentActivities.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> — {t(`hrInsight.kind.${a.kind}`)}
                {a.competency ? ` · ${a.competency.name}` : ''} · {a.startedOn}
                {a.endedOn ? ` – ${a.endedOn}` : ` – ${t('hrInsight.ongoing')}`}
                {a.note ? <p className="field__hint">{a.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('hrInsight.profile.noActivities')}</p>
        )}
      </section>

      <section aria-labelledby="jabatan-tujuan-judul" className="no-print narrow">
        <h2 id="jabatan-tujuan-judul">{t('hrInsight.profile.targetHeading')}</h2>
        <Form method="get" className="staff-form">
          <label htmlFor="jabatan-tujuan" className="field__label">
            {t('hrInsight.profile.targetPick')}
          </label>
          <select id="jabatan-tujuan" name="target" defaultValue={target?.id ?? ''} className="field__select">
            <option value="">{t('hrInsight.profile.noTarget')}</option>
            {profile.targetPositionOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} — {p.unit.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button button--quiet">
            {t('hrInsight.profile.targetShow')}
          </button>
        </Form>
        {asked && target ? (
          <Form method="post" className="staff-form">
            <CsrfField token={csrf} />
            <input type="hidden" name="position" value={target.id} />
            <button type="submit" className="button">
              {t('hrInsight.profile.targetSave', { title: target.title })}
            </button>
          </Form>
        ) : null}
        {!asked && target ? (
          <Form method="post" className="staff-form">
            <CsrfField token={csrf} />
            <input type="hidden" name="position" value="" />
            <button type="submit" className="button button--quiet">
              {t('hrInsight.profile.targetClear')}
            </button>
          </Form>
        ) : null}
      </section>
      <p className="print-only">{t('hrInsight.profile.printedNote')}</p>
    </article>
  );
}
