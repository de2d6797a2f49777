import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import type { DataDeletionStatus } from '../graphql/generated/graphql';
import { metaTranslator, useT } from '../i18n/use-t';
import { translator, type MessageKey } from '../i18n';
import { CsrfField } from '../staff/form-ui';
import { dateTimeText } from '../staff/format';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { confirmDataDeletionMutation, dataDeletionRequestsQuery, rejectDataDeletionMutation, staffRequestDataDeletionMutation } from '../staff/privacy.server';
import { requireStaffRegion } from '../staff/region.server';
import { REGION_PARAM } from '../staff/region-param';
import { RegionPicker } from '../staff/region-picker';
import { useStaff } from '../staff/use-staff';
import { apiProblem, badRequest } from '../utils/problems.server';

/**
 * `/staf/privasi` "Permintaan hapus data": a region's requests to erase a rating's personal data
 * (decision record 0034), oldest first, for its moderators and admins. Each waiting request is
 * confirmed (the data is erased at once) or rejected with a reason the citizen reads on the tracking
 * page; a request that came by letter or e-mail is entered by its receipt code. Every form is a plain
 * POST with the session's CSRF token, so the page works without JavaScript.
 */

const STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED'] as const satisfies readonly DataDeletionStatus[];
const STATUS_PARAM = 'status';
const AFTER_PARAM = 'setelah';
const PAGE_SIZE = 50;
const TEXT_MAX = 1000;
const CODE_MAX = 40;
const ID_MAX = 100;

type Done = 'recorded' | 'confirmed' | 'rejected';
const DONE: Record<Done, Extract<MessageKey, `privacy.staff.done.${string}`>> = {
  recorded: 'privacy.staff.done.recorded',
  confirmed: 'privacy.staff.done.confirmed',
  rejected: 'privacy.staff.done.rejected',
};

/** `all` (every state), or one of the states; waiting requests by default. */
function statusOf(value: string | null): DataDeletionStatus | 'all' {
  if (value === 'all') return 'all';
  return (STATUSES as readonly string[]).includes(value ?? '') ? (value as DataDeletionStatus) : 'PENDING';
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'privacy');
  const { regions, region } = await requireStaffRegion(request, staff, ['MODERATOR']);
  const params = new URL(request.url).searchParams;
  const status = statusOf(params.get(STATUS_PARAM));
  const after = params.get(AFTER_PARAM);
  const result = await execute(staff.caller, dataDeletionRequestsQuery, {
    regionSlug: region.slug,
    status: status === 'all' ? null : status,
    first: PAGE_SIZE,
    after: after && after.length <= 200 ? after : null,
  });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const done = params.get('selesai');
  return data(
    { regions, region, status, requests: result.data.dataDeletionRequests, done: done && done in DONE ? (done as Done) : null },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

interface Refusal {
  /** Which form: the one of the request with this id, or `catat` (enter a request). */
  form: string;
  message: string;
  text: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'privacy');
  const form = await staffForm(request, staff);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const intent = field('tindakan');
  const region = field(REGION_PARAM);
  const back = (done: Done) =>
    redirect(`/staf/privasi?${new URLSearchParams({ ...(region && region.length <= 100 ? { [REGION_PARAM]: region } : {}), selesai: done })}`, {
      status: 303,
      headers: STAFF_HEADERS,
    });
  const refuse = (status: number, refusal: Refusal) => data(refusal, { status, headers: STAFF_HEADERS });

  if (intent === 'catat') {
    const code = field('kode');
    const reason = field('alasan');
    if (!code || code.length > CODE_MAX) return refuse(400, { form: 'catat', message: translator(staff.caller.lang)('privacy.staff.error.code'), text: reason });
    const result = await execute(staff.caller, staffRequestDataDeletionMutation, { code, reason: reason || null });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const { code: errorCode } = result.error;
      if (errorCode === 'BAD_USER_INPUT' || errorCode === 'NOT_FOUND' || errorCode === 'FORBIDDEN') {
        return refuse(errorCode === 'NOT_FOUND' ? 404 : errorCode === 'FORBIDDEN' ? 403 : 400, { form: 'catat', message: result.error.message, text: reason });
      }
      apiProblem(result.error);
    }
    return back('recorded');
  }

  const id = field('permintaan');
  if (!id || id.length > ID_MAX) badRequest();
  if (intent === 'konfirmasi') {
    const result = await execute(staff.caller, confirmDataDeletionMutation, { id });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') return refuse(409, { form: id, message: result.error.message, text: '' });
      apiProblem(result.error);
    }
    // The comment leaves the cached public pages that showed it.
    const service = result.data.confirmDataDeletion.service;
    context.purgePages?.([`/layanan/${service.slug}`, `/wilayah/${service.region.slug}`]);
    return back('confirmed');
  }
  if (intent === 'tolak') {
    const reason = field('alasan');
    if ([...reason].length < 3 || [...reason].length > TEXT_MAX) {
      return refuse(400, {
        form: id,
        message: translator(staff.caller.lang)('privacy.staff.error.rejectReason'),
        text: reason,
      });
    }
    const result = await execute(staff.caller, rejectDataDeletionMutation, { id, reason });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND' || result.error.code === 'BAD_USER_INPUT') {
        return refuse(result.error.code === 'BAD_USER_INPUT' ? 400 : 409, { form: id, message: result.error.message, text: reason });
      }
      apiProblem(result.error);
    }
    return back('rejected');
  }
  badRequest();
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('privacy.staff.title') }) }, { name: 'robots', content: 'noindex' }];
};

const FIELD_KEYS: Record<string, Extract<MessageKey, `privacy.field.${string}`>> = {
  contact: 'privacy.field.contact',
  comment: 'privacy.field.comment',
  redactedComment: 'privacy.field.redactedComment',
  respondentProfile: 'privacy.field.respondentProfile',
  addressHashes: 'privacy.field.addressHashes',
  moderationHistoryText: 'privacy.field.moderationHistoryText',
  skmReportQuote: 'privacy.field.skmReportQuote',
  requestReason: 'privacy.field.requestReason',
};

export default function DeletionRequests() {
  const { regions, region, status, requests, done } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() as Refusal | undefined;
  const { csrf } = useStaff();
  const t = useT();
  const fields = (names: readonly string[]) => names.map((n) => (FIELD_KEYS[n] ? t(FIELD_KEYS[n]) : n)).join(', ');
  const items = requests.edges.map((e) => e.node);
  const filterLink = (value: string) => `?${new URLSearchParams({ [REGION_PARAM]: region.slug, [STATUS_PARAM]: value })}`;
  const next = requests.pageInfo.endCursor
    ? `?${new URLSearchParams({ [REGION_PARAM]: region.slug, [STATUS_PARAM]: status, [AFTER_PARAM]: requests.pageInfo.endCursor })}`
    : null;
  return (
    <>
      <h1>
        {t('privacy.staff.title')}: {region.name}
      </h1>
      <p className="narrow">{t('privacy.staff.intro')}</p>
      {done ? (
        <p className="notice notice--success" role="status">
          {t(DONE[done])}
        </p>
      ) : null}
      <RegionPicker id="wilayah-privasi" label={t('privacy.staff.region')} submit={t('privacy.staff.regionSubmit')} regions={regions} current={region.slug} />
      <nav aria-label={t('privacy.staff.filter.label')}>
        <ul className="tabs">
          {[...STATUSES, 'all' as const].map((s) => (
            <li key={s}>
              <Link to={filterLink(s)} aria-current={s === status ? 'page' : undefined}>
                {s === 'all' ? t('privacy.staff.filter.all') : t(`privacy.status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {items.length ? (
        <ul className="staff-cards">
          {items.map((r) => (
            <li key={r.id} className="staff-card" id={`permintaan-${r.id}`}>
              <h2 className="staff-card__link">
                {t('privacy.staff.code')} {r.receiptCode}
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t('privacy.staff.service')}</dt>
                  <dd>{r.service.name}</dd>
                </div>
                <div>
                  <dt>{t('privacy.staff.submittedAt')}</dt>
                  <dd>{dateTimeText(t, r.submittedAt)}</dd>
                </div>
                <div>
                  <dt>{t('privacy.staff.requestedAt')}</dt>
                  <dd>{dateTimeText(t, r.requestedAt)}</dd>
                </div>
                <div>
                  <dt>{t('privacy.staff.channel')}</dt>
                  <dd>{r.channel === 'STAFF' ? t('privacy.staff.channel.STAFF', { name: r.requestedBy?.name ?? '—' }) : t('privacy.staff.channel.TRACKING_PAGE')}</dd>
                </div>
                <div>
                  <dt>{t('privacy.staff.filter.label')}</dt>
                  <dd>
                    <strong>{t(`privacy.status.${r.status}`)}</strong>
                  </dd>
                </div>
                {r.status === 'PENDING' ? (
                  <>
                    <div>
                      <dt>{t('privacy.staff.reason')}</dt>
                      <dd>{r.reason ?? t('privacy.staff.noReason')}</dd>
                    </div>
                    <div>
                      <dt>{t('privacy.staff.held')}</dt>
                      <dd>{r.heldFields.length ? fields(r.heldFields) : t('privacy.staff.heldNone')}</dd>
                    </div>
                  </>
                ) : (
                  <div>
                    <dt>{t('privacy.staff.decided', { name: r.decidedBy?.name ?? '—', date: r.decidedAt ? dateTimeText(t, r.decidedAt) : '—' })}</dt>
                    <dd>
                      {r.status === 'CONFIRMED'
                        ? `${t('privacy.staff.erased')}: ${r.erasedFields?.length ? fields(r.erasedFields) : '—'}`
                        : `${t('privacy.staff.rejectedBecause')}: ${r.rejectReason ?? '—'}`}
                    </dd>
                  </div>
                )}
              </dl>
              {refused?.form === r.id ? (
                <p className="notice notice--error" role="alert">
                  {refused.message}
                </p>
              ) : null}
              {r.status === 'PENDING' ? (
                <div className="staff-form">
                  <Form method="post">
                    <CsrfField token={csrf} />
                    <input type="hidden" name={REGION_PARAM} value={region.slug} />
                    <input type="hidden" name="permintaan" value={r.id} />
                    <button type="submit" name="tindakan" value="konfirmasi" className="button">
                      {t('privacy.staff.confirm')}
                    </button>
                  </Form>
                  <Form method="post">
                    <CsrfField token={csrf} />
                    <input type="hidden" name={REGION_PARAM} value={region.slug} />
                    <input type="hidden" name="permintaan" value={r.id} />
                    <div className="field">
                      <label htmlFor={`tolak-${r.id}`} className="field__label">
                        {t('privacy.staff.rejectReason.label')}
                      </label>
                      <p id={`tolak-${r.id}-petunjuk`} className="field__hint">
                        {t('privacy.staff.rejectReason.hint')}
                      </p>
                      <textarea
                        id={`tolak-${r.id}`}
                        name="alasan"
                        rows={2}
                        maxLength={TEXT_MAX}
                        defaultValue={refused?.form === r.id ? refused.text : ''}
                        aria-describedby={`tolak-${r.id}-petunjuk`}
                        className="field__input"
                      />
                    </div>
                    <button type="submit" name="tindakan" value="tolak" className="button button--quiet">
                      {t('privacy.staff.reject')}
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t('privacy.staff.empty')}</p>
      )}
      {requests.pageInfo.hasNextPage && next ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={next}>{t('privacy.staff.next')}</Link>
        </nav>
      ) : null}

      <section aria-labelledby="catat-permintaan" className="narrow">
        <h2 id="catat-permintaan">{t('privacy.staff.record.heading')}</h2>
        <p>{t('privacy.staff.record.intro')}</p>
        {refused?.form === 'catat' ? (
          <p className="notice notice--error" role="alert">
            {refused.message}
          </p>
        ) : null}
        <Form method="post" className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name={REGION_PARAM} value={region.slug} />
          <div className="field">
            <label htmlFor="kode-surat" className="field__label">
              {t('privacy.staff.code')}
            </label>
            <input id="kode-surat" name="kode" type="text" maxLength={CODE_MAX} autoComplete="off" spellCheck={false} className="field__input field__input--code" />
          </div>
          <div className="field">
            <label htmlFor="catatan-surat" className="field__label">
              {t('privacy.staff.record.reason')}
            </label>
            <textarea id="catatan-surat" name="alasan" rows={2} maxLength={TEXT_MAX} defaultValue={refused?.form === 'catat' ? refused.text : ''} className="field__input" />
          </div>
          <button type="submit" name="tindakan" value="catat" className="button">
            {t('privacy.staff.record.submit')}
          </button>
        </Form>
      </section>
    </>
  );
}
