import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { MODERATION_ACTIONS, type ModerationAction } from '../staff/forms';
import { dateTimeText } from '../staff/format';
import { QUEUE_PARAM } from '../staff/moderation';
import { hasRole, moderatedRegions } from '../staff/roles';
import { moderationLogQuery, regionsForStaffQuery } from '../staff/staff.server';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/moderasi/log`: the append-only moderation log of a region (`?wilayah=`) or of one item
 * (`?kiriman=`), newest first: what was done, why, by whom ("Sistem" for the system), when.
 */

const PAGE_SIZE = 50;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'moderation');
  const params = new URL(request.url).searchParams;
  const itemId = params.get('kiriman');
  const after = params.get(QUEUE_PARAM.after);
  let regionSlug: string | null = null;
  let regions: Array<{ slug: string; name: string }> = [];
  if (!itemId) {
    let all: Array<{ slug: string; name: string }> = [];
    if (hasRole(staff.user.roles, 'ADMIN')) {
      const found = await execute(staff.caller, regionsForStaffQuery);
      if (!found.ok) apiProblem(found.error);
      all = found.data.regions;
    }
    regions = moderatedRegions(staff.user.roles, all);
    regionSlug = regions.find((r) => r.slug === params.get(QUEUE_PARAM.region))?.slug ?? regions[0]?.slug ?? null;
    if (!regionSlug) return data({ log: null, itemId, regionSlug, regions }, { headers: STAFF_HEADERS });
  }
  const result = await execute(staff.caller, moderationLogQuery, {
    itemId: itemId && itemId.length <= 100 ? itemId : null,
    regionSlug: itemId ? null : regionSlug,
    first: PAGE_SIZE,
    after: after && after.length <= 200 ? after : null,
  });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ log: result.data.moderationLog, itemId, regionSlug, regions }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('log.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function ModerationLog() {
  const { log, itemId, regionSlug, regions } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const entries = log?.edges.map((e) => e.node) ?? [];
  const next = new URLSearchParams(params);
  if (log?.pageInfo.endCursor) next.set(QUEUE_PARAM.after, log.pageInfo.endCursor);
  const regionName = regions.find((r) => r.slug === regionSlug)?.name;
  return (
    <>
      <h1>{itemId ? t('log.itemTitle') : regionName ? `${t('log.title')}: ${regionName}` : t('log.title')}</h1>
      <p>
        <Link to={regionSlug ? `/staf/moderasi?${QUEUE_PARAM.region}=${encodeURIComponent(regionSlug)}` : '/staf/moderasi'}>{t('log.back')}</Link>
      </p>
      {regions.length > 1 && !itemId ? (
        <nav aria-label={t('moderation.region')}>
          <ul className="tabs">
            {regions.map((r) => (
              <li key={r.slug}>
                <Link to={`?${QUEUE_PARAM.region}=${encodeURIComponent(r.slug)}`} aria-current={r.slug === regionSlug ? 'page' : undefined}>
                  {r.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {entries.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="log-caption">
          <table className="log-table">
            <caption id="log-caption" className="visually-hidden">
              {t('log.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('log.when')}</th>
                <th scope="col">{t('log.action')}</th>
                <th scope="col">{t('log.item')}</th>
                <th scope="col">{t('log.reason')}</th>
                <th scope="col">{t('log.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{dateTimeText(t, entry.at)}</time>
                  </td>
                  <td>{(MODERATION_ACTIONS as readonly string[]).includes(entry.action) ? t(`moderation.action.${entry.action as ModerationAction}`) : entry.action}</td>
                  <td>
                    {entry.item.service?.name ? <strong>{entry.item.service.name}: </strong> : null}
                    <Link to={`/staf/moderasi?kiriman=${encodeURIComponent(entry.item.id)}`}>{entry.item.text.length > 200 ? `${entry.item.text.slice(0, 200)}…` : entry.item.text}</Link>
                  </td>
                  <td>{entry.reason ?? '—'}</td>
                  <td>{entry.moderator.system ? t('log.system') : entry.moderator.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">{t('log.empty')}</p>
      )}
      {log?.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?${next}`}>{t('moderation.next')}</Link>
        </nav>
      ) : null}
    </>
  );
}
