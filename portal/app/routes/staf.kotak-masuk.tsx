import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import type { Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { ANSWER_MAX, validateAnswer, type FieldProblem } from '../staff/forms';
import { byField, CsrfField, ErrorSummary, problemWords } from '../staff/form-ui';
import { dateText, dateTimeText } from '../staff/format';
import { answerProblems, INBOX_PARAM, INBOX_STATUSES, inboxFilters, inboxReturnPath } from '../staff/inbox';
import { hasRole, officerUnits } from '../staff/roles';
import { answerForumThreadMutation, officerInboxQuery, respondToFeedbackMutation, unitsForStaffQuery } from '../staff/staff.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/kotak-masuk`: a unit officer's inbox — published comments and forum threads of their unit's
 * services to answer, oldest due first, each with its answer form (a plain form; a second answer
 * corrects the first). An ADMIN chooses the unit whose inbox to read.
 */

const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'inbox');
  const filters = inboxFilters(new URL(request.url).searchParams);
  let units = officerUnits(staff.user.roles);
  const admin = hasRole(staff.user.roles, 'ADMIN');
  if (admin) {
    const found = await execute(staff.caller, unitsForStaffQuery);
    if (!found.ok) apiProblem(found.error);
    units = found.data.regions.flatMap((r) => r.units.map((u) => ({ id: u.id, name: `${u.name} (${r.name})` })));
  }
  const unitId = units.some((u) => u.id === filters.unitId) ? filters.unitId : null;
  // An officer without a unit has nothing to read; an ADMIN reads one unit at a time.
  if (!units.length || (admin && !officerUnits(staff.user.roles).length && !unitId)) {
    return data({ units, unitId, filters, inbox: null, admin }, { headers: STAFF_HEADERS });
  }
  const result = await execute(staff.caller, officerInboxQuery, { unitId, status: filters.status, first: PAGE_SIZE, after: filters.after });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ units, unitId, filters, inbox: result.data.officerInbox, admin }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

const F = { item: 'kiriman', kind: 'jenis', body: 'jawaban', back: 'kembali', service: 'layanan' } as const;

interface Refusal {
  target: string;
  body: string;
  problems: FieldProblem<'body'>[];
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'inbox');
  const form = await staffForm(request, staff);
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  const id = text(F.item);
  const body = text(F.body).replace(/\r\n?/g, '\n');
  const refuse = (status: number, problems: FieldProblem<'body'>[]) => data<Refusal>({ target: id, body, problems }, { status, headers: STAFF_HEADERS });
  if (!id || id.length > 100) return refuse(400, [{ field: null, key: 'form.error.unexpected' }]);
  const checked = validateAnswer({ body });
  if (!checked.ok) return refuse(400, checked.problems);

  const result =
    text(F.kind) === 'FORUM_THREAD'
      ? await execute(staff.caller, answerForumThreadMutation, { threadId: id, body: checked.value.body })
      : await execute(staff.caller, respondToFeedbackMutation, { feedbackId: id, body: checked.value.body });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    const { status, problems } = answerProblems(result.error);
    return refuse(status, problems);
  }
  // The service page shows answers under comments; its forum pages show official replies.
  const service = text(F.service);
  if (/^[a-z0-9-]{1,120}$/.test(service)) context.purgePages?.([`/layanan/${service}`, `/layanan/${service}/forum`, '/forum']);
  const back = new URL(inboxReturnPath(text(F.back)), 'http://portal.invalid');
  back.searchParams.set('terjawab', id);
  return redirect(`${back.pathname}${back.search}#kiriman-${encodeURIComponent(id)}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('inbox.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function Inbox() {
  const { units, unitId, filters, inbox, admin } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const { csrf } = useStaff();
  const t = useT();
  const location = useLocation();
  const [params] = useSearchParams();
  const back = `${location.pathname}${location.search}`;
  const answered = params.get('terjawab');
  const items = inbox?.edges.map((e) => e.node) ?? [];
  const tabLink = (status: string) => {
    const next = new URLSearchParams();
    next.set(INBOX_PARAM.status, status);
    if (unitId) next.set(INBOX_PARAM.unit, unitId);
    return `?${next}`;
  };
  const nextPage = new URLSearchParams(params);
  nextPage.delete('terjawab');
  if (inbox?.pageInfo.endCursor) nextPage.set(INBOX_PARAM.after, inbox.pageInfo.endCursor);

  return (
    <>
      <h1>{t('inbox.title')}</h1>
      {answered && !refusal ? (
        <p className="notice notice--success" role="status">
          {t('inbox.done')}
        </p>
      ) : null}
      {refusal ? <ErrorSummary t={t} problems={refusal.problems} targetOf={() => `jawaban-${refusal.target}`} attempt={refusal} /> : null}
      {!units.length ? (
        <p className="notice">{t('inbox.noUnit')}</p>
      ) : (
        <>
          {units.length > 1 ? (
            <Form method="get" className="filters">
              <input type="hidden" name={INBOX_PARAM.status} value={filters.status} />
              <div className="field">
                <label htmlFor="unit" className="field__label">
                  {t('inbox.unit')}
                </label>
                <select id="unit" name={INBOX_PARAM.unit} defaultValue={unitId ?? ''} className="field__select">
                  {admin ? null : <option value="">{t('inbox.unit.all')}</option>}
                  {admin && !unitId ? <option value="">—</option> : null}
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                {t('moderation.apply')}
              </button>
            </Form>
          ) : null}
          <nav aria-label={t('inbox.tabs')}>
            <ul className="tabs">
              {INBOX_STATUSES.map((status) => (
                <li key={status}>
                  <Link to={tabLink(status)} aria-current={filters.status === status ? 'page' : undefined}>
                    {t(`inbox.tab.${status}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {inbox === null ? (
            <p className="notice">{t('inbox.adminNeedsUnit')}</p>
          ) : (
            <>
              <h2>{t(`inbox.tab.${filters.status}`)}</h2>
              <p>{t.plural('inbox.count', inbox.totalCount)}</p>
              {items.length ? (
                <ol className="queue">
                  {items.map((item) => (
                    <li key={item.id}>
                      <InboxEntry t={t} item={item} csrf={csrf} back={back} refusal={refusal?.target === item.id ? refusal : null} />
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="notice">{t('inbox.empty')}</p>
              )}
              {inbox.pageInfo.hasNextPage ? (
                <nav className="pagination" aria-label={t('search.pagination')}>
                  <Link to={`?${nextPage}`}>{t('inbox.next')}</Link>
                </nav>
              ) : null}
              {filters.after ? (
                <p>
                  <Link to={tabLink(filters.status)}>{t('inbox.first')}</Link>
                </p>
              ) : null}
            </>
          )}
        </>
      )}
    </>
  );
}

type Item = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['inbox']>['edges'][number]['node'];

function InboxEntry({ t, item, csrf, back, refusal }: { t: Translator; item: Item; csrf: string; back: string; refusal: Refusal | null }) {
  const zone = item.unit.region.timeZone;
  const problems = byField(refusal?.problems ?? []);
  const fieldId = `jawaban-${item.id}`;
  const pending = item.publishedAt === null;
  return (
    <article id={`kiriman-${item.id}`} className={`queue-item${item.overdue ? ' overdue' : ''}`} aria-labelledby={`kiriman-${item.id}-judul`}>
      <h3 id={`kiriman-${item.id}-judul`}>
        {t(`inbox.kind.${item.kind}`)}
        {item.service ? ` · ${item.service.name}` : ''}
      </h3>
      {item.threadTitle ? <p>{t('moderation.item.thread', { title: item.threadTitle })}</p> : null}
      <p className="queue-item__text">{item.text}</p>
      <ul className="queue-item__facts">
        <li>
          <time dateTime={item.submittedAt}>{dateTimeText(t, item.submittedAt, zone)}</time>
        </li>
        <li>{t.plural('inbox.open', item.workingDaysOpen)}</li>
        {item.dueAt ? (
          <li>
            <time dateTime={item.dueAt}>{t('inbox.due', { date: dateText(t, item.dueAt, zone) })}</time>
          </li>
        ) : null}
        {/* In words and with a border, never by colour alone. */}
        {item.overdue ? <li className="tag tag--alert">{t('inbox.overdue')}</li> : null}
      </ul>
      {item.response ? (
        <section aria-label={t('inbox.current')}>
          <h4>
            {t('inbox.current')}
            {item.response.edited ? ` (${t('inbox.edited')})` : ''}
          </h4>
          <p className="queue-item__text">{item.response.body}</p>
        </section>
      ) : null}
      {pending ? (
        <p className="notice">{t('inbox.pendingNote')}</p>
      ) : (
        <details open={!item.response || refusal !== null}>
          <summary>{item.response ? t('inbox.correct') : t('inbox.answer')}</summary>
          <Form method="post" className="inline-form">
            <CsrfField token={csrf} />
            <input type="hidden" name={F.item} value={item.id} />
            <input type="hidden" name={F.kind} value={item.kind} />
            <input type="hidden" name={F.back} value={back} />
            {item.service ? <input type="hidden" name={F.service} value={item.service.slug} /> : null}
            <div className="field">
              <label htmlFor={fieldId} className="field__label">
                {t('inbox.answer')}
              </label>
              <p id={`${fieldId}-petunjuk`} className="field__hint">
                {t('inbox.answerHint')}
              </p>
              {problems.body ? (
                <p id={`${fieldId}-galat`} className="field__error">
                  {problemWords(t, problems.body)}
                </p>
              ) : null}
              <textarea
                id={fieldId}
                name={F.body}
                rows={5}
                maxLength={ANSWER_MAX}
                defaultValue={refusal?.body ?? item.response?.body ?? ''}
                className="field__textarea"
                aria-invalid={problems.body ? true : undefined}
                aria-describedby={`${fieldId}-petunjuk${problems.body ? ` ${fieldId}-galat` : ''}`}
              />
            </div>
            <button type="submit" className="button">
              {item.response ? t('inbox.submitCorrection') : t('inbox.submit')}
            </button>
          </Form>
        </details>
      )}
    </article>
  );
}
