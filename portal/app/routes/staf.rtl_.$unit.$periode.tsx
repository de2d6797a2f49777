import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import followUpCss from '../styles/follow-up.css?url';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { lowScoreReasonLabel } from '@suara/skm';
import { execute, type ApiError } from '../graphql/client.server';
import {
  agreeFollowUpMutation,
  draftFollowUpMutation,
  followUpPlanQuery,
  followUpStatusMutation,
  followUpUnitQuery,
  recordPublicationMutation,
  removeFollowUpActionMutation,
  removePublicationMutation,
  saveFollowUpActionMutation,
} from '../follow-up/follow-up.server';
import { editsFollowUp, PERIOD_KEY } from '../follow-up/region.server';
import { days, percent } from '../follow-up/follow-up-ui';
import { posted, type CatalogAnswer } from '../admin/catalog-answer.server';
import { fieldIdOf, SelectInput, TextInput } from '../hr/program-ui';
import { average } from '../hr/program-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import type { Translator } from '../i18n';
import { CsrfField, ErrorSummary } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { forbidden, requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut, type Staff } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

const ELEMENTS = ['PERSYARATAN', 'SISTEM_MEKANISME_PROSEDUR', 'WAKTU_PENYELESAIAN', 'BIAYA_TARIF', 'PRODUK_SPESIFIKASI', 'KOMPETENSI_PELAKSANA', 'PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN', 'SARANA_PRASARANA'] as const;
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
const CHANNELS = ['WEBSITE', 'NOTICE_BOARD', 'SOCIAL_MEDIA', 'PRINT'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notFound(): never {
  throw data({ problem: 'notFound' }, { status: 404, headers: STAFF_HEADERS });
}

async function unitOf(request: Request, staff: Staff, unitId: string | undefined) {
  if (!unitId || !UUID.test(unitId)) notFound();
  const found = await execute(staff.caller, followUpUnitQuery, { unitId });
  if (!found.ok) {
    await unlessSignedOut(request, staff, found.error);
    apiProblem(found.error);
  }
  if (!found.data.unit) notFound();
  return found.data.unit;
}

/**
 * `/staf/rtl/<unitId>/<period>`: one unit's follow-up plan (rencana tindak lanjut) for a period —
 * draft it from the weakest elements, edit owners, deadlines and actions, agree it, record each
 * action's status with its evidence or reason, and the channels where the results were published
 * (facts/LAPORAN.md; decision record 0025). Every form posts without JavaScript.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'followUp');
  const period = params.periode ?? '';
  if (!PERIOD_KEY.test(period)) notFound();
  const unit = await unitOf(request, staff, params.unit);
  const result = await execute(staff.caller, followUpPlanQuery, { regionSlug: unit.region.slug, period, unitId: unit.id });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    if (result.error.code === 'FORBIDDEN') forbidden();
    if (result.error.code === 'BAD_USER_INPUT') notFound();
    apiProblem(result.error);
  }
  const plan = result.data.followUpPlans[0];
  if (!plan) notFound();
  return data(
    { unit, plan, publications: result.data.publications, canEdit: editsFollowUp(staff, unit.region.slug) },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: followUpCss }];

type Values = Record<string, string>;

/** The API refused: its field problems beside the fields, anything else above the form. Nothing was saved. */
async function refused(request: Request, staff: Staff, error: ApiError, form: string, values: Values) {
  await unlessSignedOut(request, staff, error);
  const problems: FieldProblem<string>[] =
    error.code === 'BAD_USER_INPUT' && error.fields.length
      ? error.fields.map((f) => ({ field: f.field.split('.').pop() ?? null, message: f.message }))
      : [{ field: null, message: error.message || undefined, key: 'form.error.unexpected' }];
  const status = error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : error.code === 'CONFLICT' ? 409 : 500;
  return data<CatalogAnswer<Values>>({ form, problems, values }, { status, headers: STAFF_HEADERS });
}

const text = (form: FormData, name: string, max = 2000) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'followUp');
  const form = await staffForm(request, staff);
  const period = params.periode ?? '';
  if (!PERIOD_KEY.test(period)) notFound();
  const unit = await unitOf(request, staff, params.unit);
  const intent = posted(form, 'intent');
  const id = posted(form, 'id');
  const here = `/staf/rtl/${unit.id}/${period}`;
  const done = (what: string, anchor = '') => redirect(`${here}?selesai=${what}${anchor}`, { status: 303, headers: STAFF_HEADERS });

  switch (intent) {
    case 'draft': {
      const r = await execute(staff.caller, draftFollowUpMutation, { unitId: unit.id, period });
      return r.ok ? done('draf') : refused(request, staff, r.error, 'rencana', {});
    }
    case 'agree': {
      const r = await execute(staff.caller, agreeFollowUpMutation, { unitId: unit.id, period });
      return r.ok ? done('sepakat') : refused(request, staff, r.error, 'rencana', {});
    }
    case 'save': {
      const values = { id, action: text(form, 'action'), owner: text(form, 'owner', 400), dueOn: text(form, 'dueOn', 20) };
      const input: Record<string, string | null> = { id, owner: values.owner };
      if (form.has('action')) input.action = values.action;
      if (form.has('dueOn') && values.dueOn) input.dueOn = values.dueOn;
      const r = await execute(staff.caller, saveFollowUpActionMutation, { input });
      return r.ok ? done('simpan', `#aksi-${id}`) : refused(request, staff, r.error, `aksi-${id}`, values);
    }
    case 'add': {
      const values = { element: text(form, 'element', 40), action: text(form, 'action'), owner: text(form, 'owner', 400), dueOn: text(form, 'dueOn', 20) };
      const element = (ELEMENTS as readonly string[]).includes(values.element) ? (values.element as (typeof ELEMENTS)[number]) : null;
      const r = await execute(staff.caller, saveFollowUpActionMutation, {
        input: { unitId: unit.id, period, element, action: values.action, owner: values.owner || null, dueOn: values.dueOn || null },
      });
      return r.ok ? done('tambah') : refused(request, staff, r.error, 'tambah', values);
    }
    case 'remove': {
      const r = await execute(staff.caller, removeFollowUpActionMutation, { id });
      return r.ok ? done('hapus') : refused(request, staff, r.error, 'rencana', {});
    }
    case 'status': {
      const values = { id, status: text(form, 'status', 20), evidence: text(form, 'evidence'), reason: text(form, 'reason') };
      const status = (STATUSES as readonly string[]).includes(values.status) ? (values.status as (typeof STATUSES)[number]) : 'PLANNED';
      const r = await execute(staff.caller, followUpStatusMutation, { id, status, evidence: values.evidence || null, reason: values.reason || null });
      return r.ok ? done('status', `#aksi-${id}`) : refused(request, staff, r.error, `status-${id}`, values);
    }
    case 'publish': {
      const values = { channel: text(form, 'channel', 20), publishedOn: text(form, 'publishedOn', 20), link: text(form, 'link', 600), note: text(form, 'note', 600) };
      const channel = (CHANNELS as readonly string[]).includes(values.channel) ? (values.channel as (typeof CHANNELS)[number]) : 'WEBSITE';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.publishedOn)) {
        return data<CatalogAnswer<Values>>(
          { form: 'publikasi', problems: [{ field: 'publishedOn', key: 'followUp.error.date' }], values },
          { status: 400, headers: STAFF_HEADERS },
        );
      }
      const r = await execute(staff.caller, recordPublicationMutation, {
        input: { unitId: unit.id, period, channel, publishedOn: values.publishedOn, link: values.link || null, note: values.note || null },
      });
      return r.ok ? done('publikasi', '#publikasi') : refused(request, staff, r.error, 'publikasi', values);
    }
    case 'unpublish': {
      const r = await execute(staff.caller, removePublicationMutation, { id });
      return r.ok ? done('publikasi', '#publikasi') : refused(request, staff, r.error, 'publikasi', {});
    }
    default:
      return data<CatalogAnswer<Values>>({ form: 'rencana', problems: [{ field: null, key: 'form.error.unexpected' }], values: {} }, { status: 400, headers: STAFF_HEADERS });
  }
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  const page = loaded ? t('followUp.plan.title', { unit: loaded.unit.name, period: loaded.plan.period }) : t('followUp.title');
  return [{ title: t('meta.title', { page }) }, { name: 'robots', content: 'noindex' }];
};

function Problems({ t, answer, form }: { t: Translator; answer: CatalogAnswer<Values> | undefined; form: string }) {
  const problems = answer?.form === form ? answer.problems : [];
  return <ErrorSummary t={t} problems={problems} targetOf={(f) => fieldIdOf(form, f)} />;
}

export default function FollowUpPlanPage() {
  const { unit, plan, publications, canEdit } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as CatalogAnswer<Values> | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const [search] = useSearchParams();
  const saved = search.get('selesai');
  const draft = plan.state === 'DRAFT';
  const agreed = plan.state === 'AGREED';
  const fieldOf = (form: string, field: string) => (answer?.form === form ? answer.problems.find((p) => p.field === field) : undefined);
  // An agreement refused names the action whose owner or deadline is missing: `owner-<id>`.
  const agreeProblem = (field: string, actionId: string) => (answer?.form === 'rencana' ? answer.problems.find((p) => p.field === `${field}-${actionId}`) : undefined);
  const valuesOf = (form: string) => (answer?.form === form ? answer.values : undefined);

  return (
    <div className="follow-up-plan">
      <p>
        <Link to={`/staf/rtl?periode=${plan.period}`}>{t('followUp.plan.back')}</Link>
      </p>
      <h1>{t('followUp.plan.title', { unit: unit.name, period: plan.period })}</h1>
      <p>
        {t('followUp.periodLine', { period: plan.period, from: plan.periodStart, to: plan.periodEnd })} · <strong data-testid="plan-state">{t(`followUp.state.${plan.state}`)}</strong>
        {plan.agreedAt ? ` · ${t('followUp.plan.agreedBy', { name: plan.agreedBy ?? '—', day: String(plan.agreedAt).slice(0, 10) })}` : null}
      </p>
      {saved ? (
        <p className="notice notice--success" role="status">
          {t('followUp.saved')}
        </p>
      ) : null}
      <Problems t={t} answer={answer} form="rencana" />

      {plan.state === 'NONE' ? (
        <section aria-labelledby="rtl-draf" className="narrow">
          <h2 id="rtl-draf">{t('followUp.plan.none')}</h2>
          {!plan.periodComplete ? (
            <p className="notice">{t('followUp.plan.running')}</p>
          ) : canEdit ? (
            <Form method="post">
              <CsrfField token={csrf} />
              <input type="hidden" name="intent" value="draft" />
              <p>{t('followUp.plan.draftHint')}</p>
              <button type="submit" className="button">
                {t('followUp.plan.draft')}
              </button>
            </Form>
          ) : (
            <p className="notice">{t('followUp.plan.notDrafted')}</p>
          )}
        </section>
      ) : null}

      {agreed ? (
        <dl className="facts" data-testid="plan-figures">
          <div>
            <dt>{t('followUp.figures.completion')}</dt>
            <dd>{percent(t, plan.figures.completion)}</dd>
          </div>
          <div>
            <dt>{t('followUp.figures.speed')}</dt>
            <dd>{days(t, plan.figures.medianDaysToDone)}</dd>
          </div>
        </dl>
      ) : null}

      {plan.actions.map((a) => {
        const form = `aksi-${a.id}`;
        const statusForm = `status-${a.id}`;
        const v = valuesOf(form);
        const sv = valuesOf(statusForm);
        return (
          <section key={a.id} id={`aksi-${a.id}`} aria-labelledby={`judul-${a.id}`} className="staff-card">
            <h2 id={`judul-${a.id}`}>{t(`unitPage.element.${a.element}`)}</h2>
            {a.drafted ? (
              <p className="field__hint">
                {t('followUp.action.source', { average: average(t, a.sourceAverage), low: a.sourceLowScoreCount ?? 0 })}
              </p>
            ) : null}
            {a.sourceReasonCounts.length ? (
              <>
                <p className="field__hint" id={`alasan-${a.id}`}>
                  {t('followUp.action.reasons')}
                </p>
                <ul className="reason-counts" aria-labelledby={`alasan-${a.id}`} data-testid={`reasons-${a.element}`}>
                  {a.sourceReasonCounts.map((r) => (
                    <li key={r.reason}>{t.plural('followUp.action.reasonCount', r.count, { reason: lowScoreReasonLabel(r.element, r.reason, t.lang) })}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {a.sourceComments.length ? (
              <>
                <p className="field__hint">{t('followUp.action.comments')}</p>
                <ul className="comment-list">
                  {a.sourceComments.map((c) => (
                    <li key={c.id}>
                      <p>{c.text}</p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}

            {draft && canEdit ? (
              <>
                <Problems t={t} answer={answer} form={form} />
                <Form method="post" className="staff-form" aria-label={t('followUp.action.editLabel', { element: t(`unitPage.element.${a.element}`) })}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="intent" value="save" />
                  <input type="hidden" name="id" value={a.id} />
                  <TextInput t={t} form={form} name="action" label={t('followUp.action.action')} problem={fieldOf(form, 'action')} value={v?.action ?? a.action} long />
                  <TextInput t={t} form={form} name="owner" label={t('followUp.action.owner')} hint={t('followUp.action.ownerHint')} problem={fieldOf(form, 'owner') ?? agreeProblem('owner', a.id)} value={v?.owner ?? a.owner ?? ''} />
                  <TextInput t={t} form={form} name="dueOn" type="date" label={t('followUp.action.dueOn')} problem={fieldOf(form, 'dueOn') ?? agreeProblem('dueOn', a.id)} value={v?.dueOn ?? a.dueOn ?? ''} />
                  <button type="submit" className="button">
                    {t('followUp.action.save')}
                  </button>
                </Form>
                <Form method="post">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={a.id} />
                  <button type="submit" className="button button--quiet">
                    {t('followUp.action.remove')}
                  </button>
                </Form>
              </>
            ) : (
              <dl className="facts">
                <div>
                  <dt>{t('followUp.action.action')}</dt>
                  <dd>{a.action}</dd>
                </div>
                <div>
                  <dt>{t('followUp.action.owner')}</dt>
                  <dd>{a.owner ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('followUp.action.dueOn')}</dt>
                  <dd>{a.dueOn ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('followUp.action.status')}</dt>
                  <dd data-testid={`status-${a.element}`}>
                    {t(`followUp.status.${a.status}`)}
                    {a.overdue ? ` · ${t('followUp.action.overdue')}` : a.doneOnTime ? ` · ${t('followUp.action.onTime')}` : ''}
                  </dd>
                </div>
                {a.evidence ? (
                  <div>
                    <dt>{t('followUp.action.evidence')}</dt>
                    <dd>{a.evidence}</dd>
                  </div>
                ) : null}
                {a.dropReason ? (
                  <div>
                    <dt>{t('followUp.action.reason')}</dt>
                    <dd>{a.dropReason}</dd>
                  </div>
                ) : null}
              </dl>
            )}

            {agreed && canEdit ? (
              <>
                <Problems t={t} answer={answer} form={statusForm} />
                <Form method="post" className="staff-form" aria-label={t('followUp.action.statusLabel', { element: t(`unitPage.element.${a.element}`) })}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="id" value={a.id} />
                  <SelectInput
                    t={t}
                    form={statusForm}
                    name="status"
                    label={t('followUp.action.newStatus')}
                    problem={fieldOf(statusForm, 'status')}
                    value={sv?.status ?? a.status}
                    options={STATUSES.map((s) => ({ value: s, label: t(`followUp.status.${s}`) }))}
                  />
                  <TextInput t={t} form={statusForm} name="evidence" label={t('followUp.action.evidenceInput')} problem={fieldOf(statusForm, 'evidence')} value={sv?.evidence ?? a.evidence ?? ''} long />
                  <TextInput t={t} form={statusForm} name="reason" label={t('followUp.action.reasonInput')} problem={fieldOf(statusForm, 'reason')} value={sv?.reason ?? a.dropReason ?? ''} long />
                  <button type="submit" className="button">
                    {t('followUp.action.updateStatus')}
                  </button>
                </Form>
              </>
            ) : null}
          </section>
        );
      })}

      {draft && canEdit ? (
        <>
          <section aria-labelledby="rtl-tambah" className="narrow">
            <h2 id="rtl-tambah">{t('followUp.add.title')}</h2>
            <Problems t={t} answer={answer} form="tambah" />
            <Form method="post" className="staff-form">
              <CsrfField token={csrf} />
              <input type="hidden" name="intent" value="add" />
              <SelectInput
                t={t}
                form="tambah"
                name="element"
                label={t('followUp.add.element')}
                problem={fieldOf('tambah', 'element')}
                value={valuesOf('tambah')?.element ?? 'PENANGANAN_PENGADUAN'}
                options={ELEMENTS.map((e) => ({ value: e, label: t(`unitPage.element.${e}`) }))}
              />
              <TextInput t={t} form="tambah" name="action" label={t('followUp.action.action')} problem={fieldOf('tambah', 'action')} value={valuesOf('tambah')?.action ?? ''} long />
              <TextInput t={t} form="tambah" name="owner" label={t('followUp.action.owner')} problem={fieldOf('tambah', 'owner')} value={valuesOf('tambah')?.owner ?? ''} />
              <TextInput t={t} form="tambah" name="dueOn" type="date" label={t('followUp.action.dueOn')} hint={t('followUp.add.dueHint')} problem={fieldOf('tambah', 'dueOn')} value={valuesOf('tambah')?.dueOn ?? ''} />
              <button type="submit" className="button">
                {t('followUp.add.submit')}
              </button>
            </Form>
          </section>
          <section aria-labelledby="rtl-sepakati" className="narrow">
            <h2 id="rtl-sepakati">{t('followUp.agree.title')}</h2>
            <p>{t('followUp.agree.hint')}</p>
            <Form method="post">
              <CsrfField token={csrf} />
              <input type="hidden" name="intent" value="agree" />
              <button type="submit" className="button">
                {t('followUp.agree.submit')}
              </button>
            </Form>
          </section>
        </>
      ) : null}

      <section aria-labelledby="publikasi-judul" id="publikasi">
        <h2 id="publikasi-judul">{t('followUp.publication.title')}</h2>
        <p>{t('followUp.publication.intro')}</p>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="publikasi-caption">
          <table className="log-table">
            <caption id="publikasi-caption">{t('followUp.publication.caption', { period: plan.period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.publication.channel')}</th>
                <th scope="col">{t('followUp.publication.date')}</th>
                <th scope="col">{t('followUp.publication.where')}</th>
                {canEdit ? <th scope="col">{t('followUp.publication.remove')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {publications.length ? (
                publications.map((p, i) => (
                  <tr key={p.id ?? `otomatis-${i}`}>
                    <th scope="row">{t(`followUp.channel.${p.channel}`)}</th>
                    <td>{p.publishedOn}</td>
                    <td>
                      {p.link ? (
                        <a href={p.link} rel="noopener noreferrer">
                          {p.link}
                        </a>
                      ) : null}
                      {p.link && p.note ? ' · ' : null}
                      {p.note ?? (p.automatic ? t('followUp.publication.automatic') : null)}
                    </td>
                    {canEdit ? (
                      <td>
                        {p.id ? (
                          <Form method="post">
                            <CsrfField token={csrf} />
                            <input type="hidden" name="intent" value="unpublish" />
                            <input type="hidden" name="id" value={p.id} />
                            <button type="submit" className="button button--quiet" aria-label={t('followUp.publication.removeOne', { channel: t(`followUp.channel.${p.channel}`), day: p.publishedOn })}>
                              {t('followUp.publication.remove')}
                            </button>
                          </Form>
                        ) : (
                          '—'
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={canEdit ? 4 : 3}>{t('followUp.publication.none')}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {canEdit ? (
          <div className="narrow">
            <h3 id="publikasi-tambah">{t('followUp.publication.addTitle')}</h3>
            <Problems t={t} answer={answer} form="publikasi" />
            <Form method="post" className="staff-form" aria-labelledby="publikasi-tambah">
              <CsrfField token={csrf} />
              <input type="hidden" name="intent" value="publish" />
              <SelectInput
                t={t}
                form="publikasi"
                name="channel"
                label={t('followUp.publication.channel')}
                problem={fieldOf('publikasi', 'channel')}
                value={valuesOf('publikasi')?.channel ?? 'WEBSITE'}
                options={CHANNELS.map((c) => ({ value: c, label: t(`followUp.channel.${c}`) }))}
              />
              <TextInput t={t} form="publikasi" name="publishedOn" type="date" label={t('followUp.publication.date')} problem={fieldOf('publikasi', 'publishedOn')} value={valuesOf('publikasi')?.publishedOn ?? ''} />
              <TextInput t={t} form="publikasi" name="link" label={t('followUp.publication.link')} hint={t('followUp.publication.linkHint')} problem={fieldOf('publikasi', 'link')} value={valuesOf('publikasi')?.link ?? ''} />
              <TextInput t={t} form="publikasi" name="note" label={t('followUp.publication.note')} problem={fieldOf('publikasi', 'note')} value={valuesOf('publikasi')?.note ?? ''} />
              <button type="submit" className="button">
                {t('followUp.publication.submit')}
              </button>
            </Form>
          </div>
        ) : null}
      </section>
    </div>
  );
}
