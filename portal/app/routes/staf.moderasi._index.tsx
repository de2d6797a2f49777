import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from '@remix-run/react';
import { useState } from 'react';
import { execute } from '../graphql/client.server';
import type { Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { MODERATION_ACTIONS, NEEDS_REASON, REASON_MAX, TEXT_MAX, validateModeration, type FieldProblem, type ModerationAction, type ModerationField } from '../staff/forms';
import { byField, CsrfField, ErrorSummary, problemWords } from '../staff/form-ui';
import { ageText } from '../staff/format';
import { moderationProblems, pagesShowing, QUEUE_PARAM, QUEUE_STATUSES, queueFilters, queueReturnPath } from '../staff/moderation';
import { CompetencyTags, type TagCompetency } from '../staff/competency-tags';
import { QueueShortcuts } from '../staff/queue-shortcuts';
import { moderatedRegions, hasRole } from '../staff/roles';
import { moderateManyMutation, moderateMutation, moderationItemQuery, moderationQueueQuery, regionServicesQuery, regionsForStaffQuery } from '../staff/staff.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem, notFound } from '../utils/problems.server';

/**
 * `/staf/moderasi`: the moderation queue of one region. Every action is a plain form (works without
 * JavaScript); with it, keyboard shortcuts move through the queue and act (queue-shortcuts.tsx).
 * Filters live in the address, so a view can be bookmarked and survives each action.
 */

const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'moderation');
  const params = new URL(request.url).searchParams;
  let all: Array<{ slug: string; name: string }> = [];
  if (hasRole(staff.user.roles, 'ADMIN')) {
    const found = await execute(staff.caller, regionsForStaffQuery);
    if (!found.ok) apiProblem(found.error);
    all = found.data.regions;
  }
  const regions = moderatedRegions(staff.user.roles, all);
  const wanted = params.get(QUEUE_PARAM.region);
  const region = regions.find((r) => r.slug === wanted) ?? regions[0] ?? null;
  const filters = queueFilters(params);
  // A link straight to one item (`?kiriman=`, from the log or a report): the queue of that one.
  const single = params.get(QUEUE_PARAM.item);
  if (single && single.length <= 100) {
    const found = await execute(staff.caller, moderationItemQuery, { id: single });
    if (!found.ok) {
      await unlessSignedOut(request, staff, found.error);
      apiProblem(found.error);
    }
    const item = found.data.moderationItem;
    if (!item) notFound('page');
    const itemRegion = regions.find((r) => r.slug === item.service?.region.slug) ?? region;
    const queue = { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: item }] };
    return data(
      { regions, region: itemRegion, filters, queue, competencies: found.data.competencies, services: [], timeZone: 'Asia/Makassar', now: Date.now(), single: true },
      { headers: STAFF_HEADERS },
    );
  }
  if (!region) return data({ regions, region: null, filters, queue: null, competencies: [], services: [], timeZone: 'Asia/Makassar', now: Date.now(), single: false }, { headers: STAFF_HEADERS });

  // The service filter must be one of this region's services (a link from another region's queue
  // would otherwise ask the API for a service it does not hold there).
  const services = await execute(staff.caller, regionServicesQuery, { regionSlug: region.slug });
  const serviceList = services.ok ? services.data.services.edges.map((e) => e.node) : [];
  const serviceId = filters.serviceId && serviceList.some((s) => s.id === filters.serviceId) ? filters.serviceId : null;
  const queue = await execute(staff.caller, moderationQueueQuery, {
    regionSlug: region.slug,
    status: filters.status,
    serviceId,
    reported: filters.reported,
    first: PAGE_SIZE,
    after: filters.after,
  });
  if (!queue.ok) {
    await unlessSignedOut(request, staff, queue.error);
    apiProblem(queue.error);
  }
  return data(
    {
      regions,
      region,
      filters: { ...filters, serviceId },
      queue: queue.data.moderationQueue,
      competencies: queue.data.competencies,
      services: serviceList,
      timeZone: services.ok ? (services.data.region?.timeZone ?? 'Asia/Makassar') : 'Asia/Makassar',
      now: Date.now(),
      single: false,
    },
    { headers: STAFF_HEADERS },
  );
}

export const headers = staffHeaders;

/** The form's fields (Indonesian, like the portal's addresses). */
const F = { mode: 'mode', action: 'tindakan', item: 'kiriman', reason: 'alasan', text: 'teks', back: 'kembali' } as const;

interface Refusal {
  /** The item whose form was refused, or 'bulk'. */
  target: string;
  action: string;
  problems: FieldProblem<ModerationField>[];
  reason: string;
  redactedText: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'moderation');
  const form = await staffForm(request, staff);
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  const bulk = text(F.mode) === 'massal';
  const items = form.getAll(F.item).filter((v): v is string => typeof v === 'string' && v !== '');
  const values = { action: text(F.action), items, reason: text(F.reason).replace(/\r\n?/g, '\n'), redactedText: text(F.text).replace(/\r\n?/g, '\n') };
  const target = bulk ? 'bulk' : (items[0] ?? 'bulk');
  const refuse = (status: number, problems: FieldProblem<ModerationField>[]) =>
    data<Refusal>({ target, action: values.action, problems, reason: values.reason, redactedText: values.redactedText }, { status, headers: STAFF_HEADERS });

  const checked = validateModeration(values);
  if (!checked.ok) return refuse(400, checked.problems);
  const { action: kind, reason, redactedText } = checked.value;

  let changed: Array<{ service?: { slug: string; region: { slug: string } } | null }>;
  if (bulk) {
    const result = await execute(staff.caller, moderateManyMutation, { input: { itemIds: checked.value.items, action: kind, reason } });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const { status, problems } = moderationProblems(result.error);
      return refuse(status, problems);
    }
    changed = result.data.moderateMany;
  } else {
    const result = await execute(staff.caller, moderateMutation, { input: { itemId: checked.value.items[0]!, action: kind, reason, redactedText: kind === 'REDACT' ? redactedText : null } });
    if (!result.ok) {
      await unlessSignedOut(request, staff, result.error);
      const { status, problems } = moderationProblems(result.error);
      return refuse(status, problems);
    }
    changed = [result.data.moderate];
  }
  // The public pages show the change on their next view, not a second later from the page cache.
  context.purgePages?.(pagesShowing(changed));
  const back = new URL(queueReturnPath(text(F.back)), 'http://portal.invalid');
  back.searchParams.set('selesai', kind);
  back.searchParams.set('jumlah', String(changed.length));
  return redirect(`${back.pathname}${back.search}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('moderation.title') }) }, { name: 'robots', content: 'noindex' }];
};

const actionLabel = (t: Translator, action: string) =>
  (MODERATION_ACTIONS as readonly string[]).includes(action) ? t(`moderation.action.${action as ModerationAction}`) : action;

export default function ModerationQueue() {
  const { regions, region, filters, queue, competencies, services, now, single } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const { csrf } = useStaff();
  const t = useT();
  const location = useLocation();
  const [params] = useSearchParams();
  const back = `${location.pathname}${location.search || '?'}`;
  const done = params.get('selesai');
  const count = Number(params.get('jumlah') ?? '0');

  if (!region) {
    return (
      <>
        <h1>{t('moderation.title')}</h1>
        <p className="notice">{t('moderation.noRegion')}</p>
      </>
    );
  }
  const items = queue?.edges.map((e) => e.node) ?? [];
  const bulkRefusal = refusal?.target === 'bulk' ? refusal : null;
  const bulkProblems = byField(bulkRefusal?.problems ?? []);
  const nextParams = new URLSearchParams(params);
  nextParams.delete('selesai');
  nextParams.delete('jumlah');
  if (queue?.pageInfo.endCursor) nextParams.set(QUEUE_PARAM.after, queue.pageInfo.endCursor);
  const firstParams = new URLSearchParams(nextParams);
  firstParams.delete(QUEUE_PARAM.after);

  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p>
        <Link to={`/staf/moderasi/log?${QUEUE_PARAM.region}=${encodeURIComponent(region.slug)}`}>{t('log.title')}</Link>
      </p>
      {done && (MODERATION_ACTIONS as readonly string[]).includes(done) && count > 0 && !refusal ? (
        <p className="notice notice--success" role="status">
          {t.plural('moderation.done', count, { action: actionLabel(t, done) })}
        </p>
      ) : null}
      {refusal ? (
        <ErrorSummary
          t={t}
          problems={refusal.problems}
          targetOf={(field) => (refusal.target === 'bulk' ? (field === 'reason' ? 'massal-alasan' : 'massal-tindakan') : `${field === 'redactedText' ? 'teks' : 'alasan'}-${refusal.action}-${refusal.target}`)}
          attempt={refusal}
        />
      ) : null}

      {single ? (
        <p>
          <Link to={`/staf/moderasi?${QUEUE_PARAM.region}=${encodeURIComponent(region.slug)}`}>{t('log.back')}</Link>
        </p>
      ) : null}
      <Form method="get" className="filters" aria-label={t('moderation.filters')} hidden={single}>
        {regions.length > 1 ? (
          <div className="field">
            <label htmlFor="filter-wilayah" className="field__label">
              {t('moderation.region')}
            </label>
            <select id="filter-wilayah" name={QUEUE_PARAM.region} defaultValue={region.slug} className="field__select">
              {regions.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name={QUEUE_PARAM.region} value={region.slug} />
        )}
        <div className="field">
          <label htmlFor="filter-status" className="field__label">
            {t('moderation.status')}
          </label>
          <select id="filter-status" name={QUEUE_PARAM.status} defaultValue={filters.status ?? 'ALL'} className="field__select">
            {QUEUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`moderation.status.${s}`)}
              </option>
            ))}
            <option value="ALL">{t('moderation.status.any')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-layanan" className="field__label">
            {t('moderation.service')}
          </label>
          <select id="filter-layanan" name={QUEUE_PARAM.service} defaultValue={filters.serviceId ?? ''} className="field__select">
            <option value="">{t('moderation.service.any')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="select-item">
          <input id="filter-dilaporkan" type="checkbox" name={QUEUE_PARAM.reported} value="1" defaultChecked={filters.reported} />
          <label htmlFor="filter-dilaporkan">{t('moderation.reportedOnly')}</label>
        </div>
        <button type="submit" className="button">
          {t('moderation.apply')}
        </button>
      </Form>

      <h2 className="visually-hidden">{region.name}</h2>
      <p>{t.plural('moderation.count', queue?.totalCount ?? 0)}</p>

      {items.length ? (
        <>
          <QueueShortcuts t={t} />
          <Form method="post" id="massal" className="bulk-bar" aria-labelledby="massal-judul">
            <h2 id="massal-judul" className="fieldset__legend">
              {t('moderation.bulk.legend')}
            </h2>
            <CsrfField token={csrf} />
            <input type="hidden" name={F.mode} value="massal" />
            <input type="hidden" name={F.back} value={back} />
            {bulkProblems.items ? (
              <p id="massal-tindakan-galat" className="field__error">
                {problemWords(t, bulkProblems.items)}
              </p>
            ) : null}
            <div className="filters">
              <div className="field">
                <label htmlFor="massal-tindakan" className="field__label">
                  {t('moderation.bulk.action')}
                </label>
                <select id="massal-tindakan" name={F.action} defaultValue={bulkRefusal?.action ?? 'APPROVE'} className="field__select" aria-describedby={bulkProblems.items ? 'massal-tindakan-galat' : undefined}>
                  {MODERATION_ACTIONS.filter((a) => a !== 'REDACT').map((a) => (
                    <option key={a} value={a}>
                      {actionLabel(t, a)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="massal-alasan" className="field__label">
                  {t('moderation.reason')}
                </label>
                {bulkProblems.reason ? (
                  <p id="massal-alasan-galat" className="field__error">
                    {problemWords(t, bulkProblems.reason)}
                  </p>
                ) : null}
                <input
                  id="massal-alasan"
                  name={F.reason}
                  type="text"
                  maxLength={REASON_MAX}
                  defaultValue={bulkRefusal?.reason}
                  className="field__input"
                  aria-invalid={bulkProblems.reason ? true : undefined}
                  aria-describedby={bulkProblems.reason ? 'massal-alasan-galat' : undefined}
                />
              </div>
              <button type="submit" className="button">
                {t('moderation.bulk.apply')}
              </button>
            </div>
          </Form>
          <ol className="queue">
            {items.map((item) => (
              <li key={item.id}>
                <QueueItem t={t} item={item} now={now} csrf={csrf} back={back} competencies={competencies} refusal={refusal?.target === item.id ? refusal : null} />
              </li>
            ))}
          </ol>
          {queue?.pageInfo.hasNextPage ? (
            <nav className="pagination" aria-label={t('search.pagination')}>
              <Link to={`?${nextParams}`}>{t('moderation.next')}</Link>
            </nav>
          ) : null}
        </>
      ) : (
        <p className="notice">{t('moderation.empty')}</p>
      )}
      {filters.after ? (
        <p>
          <Link to={`?${firstParams}`}>{t('moderation.first')}</Link>
        </p>
      ) : null}
    </>
  );
}

type Item = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['queue']>['edges'][number]['node'];

/** Which actions make sense for an item in this status (the API has the last word). */
function actionsFor(status: string): ModerationAction[] {
  switch (status) {
    case 'PENDING':
      return ['APPROVE', 'HIDE', 'REDACT', 'MARK_SPAM'];
    case 'PUBLISHED':
      return ['HIDE', 'REDACT', 'MARK_SPAM'];
    default:
      return ['RESTORE'];
  }
}

function QueueItem({
  t,
  item,
  now,
  csrf,
  back,
  competencies,
  refusal,
}: {
  t: Translator;
  item: Item;
  now: number;
  csrf: string;
  back: string;
  competencies: readonly TagCompetency[];
  refusal: Refusal | null;
}) {
  const navigation = useNavigation();
  const headingId = `kiriman-${item.id}-judul`;
  const openReports = item.reports.filter((r) => r.open);
  const actions = actionsFor(item.status);
  const quick = actions.filter((a) => !NEEDS_REASON.includes(a));
  const withReason = actions.filter((a) => NEEDS_REASON.includes(a));
  const busy = navigation.state !== 'idle' && navigation.formData?.get(F.item) === item.id;
  return (
    <article id={`kiriman-${item.id}`} className="queue-item" tabIndex={-1} aria-labelledby={headingId} data-queue-item="">
      <h3 id={headingId}>{t('moderation.item.heading', { kind: t(`moderation.kind.${item.kind}`), service: item.service?.name ?? t('moderation.item.noService') })}</h3>
      <div className="select-item">
        <input id={`pilih-${item.id}`} type="checkbox" name={F.item} value={item.id} form="massal" data-shortcut="select" />
        <label htmlFor={`pilih-${item.id}`}>{t('moderation.item.select')}</label>
      </div>
      {item.threadTitle ? <p>{t('moderation.item.thread', { title: item.threadTitle })}</p> : null}
      <p className="queue-item__text">{item.text}</p>
      <ul className="queue-item__facts">
        <li>{t(`moderation.status.${item.status}`)}</li>
        <li>
          <time dateTime={item.submittedAt}>{t('moderation.item.age', { age: ageText(t, item.submittedAt, now) })}</time>
        </li>
        {item.authorName ? <li>{t('moderation.item.author', { name: item.authorName })}</li> : null}
        {item.reportCount > 0 ? <li className="tag tag--alert">{t.plural('moderation.item.reports', item.reportCount)}</li> : null}
        {item.hiddenBySystem ? <li className="tag tag--alert">{t('moderation.item.hiddenBySystem')}</li> : null}
        {item.redacted ? <li className="tag">{t('moderation.item.redacted')}</li> : null}
      </ul>
      {openReports.length ? (
        <ul>
          {openReports.map((r, i) => (
            <li key={i}>{r.reason}</li>
          ))}
        </ul>
      ) : null}
      <div className="queue-item__actions">
        {quick.map((a) => (
          <Form method="post" key={a}>
            <CsrfField token={csrf} />
            <input type="hidden" name={F.item} value={item.id} />
            <input type="hidden" name={F.back} value={back} />
            <button type="submit" name={F.action} value={a} className="button" data-shortcut={a === 'APPROVE' ? 'approve' : undefined} disabled={busy}>
              {actionLabel(t, a)}
            </button>
          </Form>
        ))}
      </div>
      {withReason.map((a) => (
        <ReasonForm key={a} t={t} item={item} action={a} csrf={csrf} back={back} refusal={refusal?.action === a ? refusal : null} />
      ))}
      {item.status !== 'SPAM' ? <CompetencyTags t={t} itemId={item.id} tags={item.competencyTags} competencies={competencies} csrf={csrf} back={back} /> : null}
      <p>
        <Link to={`/staf/moderasi/log?kiriman=${encodeURIComponent(item.id)}`}>{t('moderation.item.log')}</Link>
      </p>
    </article>
  );
}

/** Hide, redact or mark spam: behind a disclosure, since each needs a reason (and redaction the new text). */
function ReasonForm({ t, item, action, csrf, back, refusal }: { t: Translator; item: Item; action: ModerationAction; csrf: string; back: string; refusal: Refusal | null }) {
  const problems = byField(refusal?.problems ?? []);
  const reasonId = `alasan-${action}-${item.id}`;
  const textId = `teks-${action}-${item.id}`;
  const [open, setOpen] = useState(refusal !== null);
  return (
    <details open={open || refusal !== null} onToggle={(e) => setOpen(e.currentTarget.open)} data-shortcut={action === 'HIDE' ? 'hide' : undefined}>
      <summary>{actionLabel(t, action)}</summary>
      <Form method="post" className="inline-form">
        <CsrfField token={csrf} />
        <input type="hidden" name={F.item} value={item.id} />
        <input type="hidden" name={F.back} value={back} />
        <input type="hidden" name={F.action} value={action} />
        <div className="field">
          <label htmlFor={reasonId} className="field__label">
            {t('moderation.reason')}
          </label>
          <p id={`${reasonId}-petunjuk`} className="field__hint">
            {t('moderation.reasonHint')}
          </p>
          {problems.reason ? (
            <p id={`${reasonId}-galat`} className="field__error">
              {problemWords(t, problems.reason)}
            </p>
          ) : null}
          <input
            id={reasonId}
            name={F.reason}
            type="text"
            maxLength={REASON_MAX}
            defaultValue={refusal?.reason}
            className="field__input"
            aria-invalid={problems.reason ? true : undefined}
            aria-describedby={`${reasonId}-petunjuk${problems.reason ? ` ${reasonId}-galat` : ''}`}
          />
        </div>
        {action === 'REDACT' ? (
          <div className="field">
            <label htmlFor={textId} className="field__label">
              {t('moderation.redactedText')}
            </label>
            <p id={`${textId}-petunjuk`} className="field__hint">
              {t('moderation.redactedHint')}
            </p>
            {problems.redactedText ? (
              <p id={`${textId}-galat`} className="field__error">
                {problemWords(t, problems.redactedText)}
              </p>
            ) : null}
            <textarea
              id={textId}
              name={F.text}
              rows={5}
              maxLength={TEXT_MAX}
              defaultValue={refusal?.redactedText || item.text}
              className="field__textarea"
              aria-invalid={problems.redactedText ? true : undefined}
              aria-describedby={`${textId}-petunjuk${problems.redactedText ? ` ${textId}-galat` : ''}`}
            />
          </div>
        ) : null}
        <button type="submit" className="button">
          {actionLabel(t, action)}
        </button>
      </Form>
    </details>
  );
}
