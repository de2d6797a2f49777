import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { dateTimeText } from '../staff/format';
import { moderatedRegions } from '../staff/roles';
import { regionsForStaffQuery } from '../staff/staff.server';
import { notificationOutboxQuery } from '../staff/notifications.server';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/notifikasi`: the notification outbox (decision record 0035), newest first. Without SMTP_URL
 * nothing is sent and this page is where staff see what would have gone out. A plain GET form filters
 * by region (moderators and admins) and status; it works without JavaScript.
 */

const PAGE_SIZE = 50;
const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];
const KINDS = ['COMMENT_PUBLISHED', 'ANSWER_OVERDUE', 'ANSWER_GIVEN'] as const;

export const PARAM = { region: 'wilayah', status: 'status', after: 'setelah' } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'notifications');
  const params = new URL(request.url).searchParams;
  let all: Array<{ slug: string; name: string }> = [];
  if (staff.user.roles.some((g) => g.role === 'ADMIN')) {
    const found = await execute(staff.caller, regionsForStaffQuery);
    if (!found.ok) apiProblem(found.error);
    all = found.data.regions;
  }
  // The regions whose whole outbox this member may read; everyone else reads their own rows.
  const regions = moderatedRegions(staff.user.roles, all);
  const regionSlug = regions.find((r) => r.slug === params.get(PARAM.region))?.slug ?? null;
  const asked = params.get(PARAM.status);
  const status = (STATUSES as readonly string[]).includes(asked ?? '') ? (asked as Status) : null;
  const after = params.get(PARAM.after);
  const result = await execute(staff.caller, notificationOutboxQuery, {
    regionSlug,
    status,
    first: PAGE_SIZE,
    after: after && after.length <= 200 ? after : null,
  });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ outbox: result.data.notificationOutbox, regions, regionSlug, status }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('notify.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function Notifications() {
  const { outbox, regions, regionSlug, status } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const rows = outbox.edges.map((e) => e.node);
  const next = new URLSearchParams(params);
  if (outbox.pageInfo.endCursor) next.set(PARAM.after, outbox.pageInfo.endCursor);
  return (
    <>
      <h1>{t('notify.title')}</h1>
      <p>{t('notify.intro')}</p>
      <p className="notice">{t('notify.noSmtp')}</p>
      <Form method="get" className="filters">
        {regions.length ? (
          <div className="field">
            <label htmlFor="notifikasi-wilayah" className="field__label">
              {t('notify.region')}
            </label>
            <select id="notifikasi-wilayah" name={PARAM.region} defaultValue={regionSlug ?? ''} className="field__select">
              <option value="">{t('notify.allRegions')}</option>
              {regions.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="notifikasi-status" className="field__label">
            {t('notify.status')}
          </label>
          <select id="notifikasi-status" name={PARAM.status} defaultValue={status ?? ''} className="field__select">
            <option value="">{t('notify.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`notify.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('notify.filter')}
        </button>
      </Form>
      <p>{t('notify.total', { count: outbox.totalCount })}</p>
      {rows.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="notifikasi-caption">
          <table className="log-table">
            <caption id="notifikasi-caption" className="visually-hidden">
              {t('notify.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('notify.col.when')}</th>
                <th scope="col">{t('notify.col.kind')}</th>
                <th scope="col">{t('notify.col.to')}</th>
                <th scope="col">{t('notify.col.subject')}</th>
                <th scope="col">{t('notify.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <time dateTime={row.createdAt}>{dateTimeText(t, row.createdAt)}</time>
                  </td>
                  <td>{(KINDS as readonly string[]).includes(row.kind) ? t(`notify.kind.${row.kind as (typeof KINDS)[number]}`) : row.kind}</td>
                  <td>{row.recipient ?? t('notify.erased')}</td>
                  <td lang={row.language}>{row.subject}</td>
                  <td>
                    {(STATUSES as readonly string[]).includes(row.status) ? t(`notify.status.${row.status as Status}`) : row.status}
                    {row.attempts > 0 && row.status !== 'SENT' ? (
                      <>
                        <br />
                        <small>
                          {t('notify.attempts', { count: row.attempts })}
                          {row.lastError ? `, ${t('notify.lastError', { error: row.lastError })}` : ''}
                        </small>
                      </>
                    ) : null}
                    {row.sentAt ? (
                      <>
                        <br />
                        <small>
                          <time dateTime={row.sentAt}>{dateTimeText(t, row.sentAt)}</time>
                        </small>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">{t('notify.empty')}</p>
      )}
      {outbox.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?${next}`}>{t('notify.next')}</Link>
        </nav>
      ) : null}
    </>
  );
}
