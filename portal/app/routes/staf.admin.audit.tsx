import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { adminAuditLogQuery } from '../admin/admin.server';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { dateTimeText } from '../staff/format';
import { apiProblem } from '../utils/problems.server';

/** `/staf/admin/audit`: the append-only admin audit log, newest first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const after = new URL(request.url).searchParams.get('setelah');
  const result = await execute(staff.caller, adminAuditLogQuery, { after: after && after.length <= 200 ? after : null });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ log: result.data.adminAuditLog }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('admin.audit.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function AdminAudit() {
  const { log } = useLoaderData<typeof loader>();
  const t = useT();
  const entries = log.edges.map((e) => e.node);
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <AdminNav t={t} />
      {entries.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table className="log-table">
            <caption id="audit-caption" className="visually-hidden">
              {t('admin.audit.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('log.when')}</th>
                <th scope="col">{t('admin.audit.what')}</th>
                <th scope="col">{t('admin.audit.entity')}</th>
                <th scope="col">{t('log.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{dateTimeText(t, entry.at)}</time>
                  </td>
                  <td>{entry.action}</td>
                  <td>
                    {entry.entityType} {entry.entityId}
                  </td>
                  <td>{entry.actor.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">{t('admin.audit.empty')}</p>
      )}
      {log.pageInfo.hasNextPage && log.pageInfo.endCursor ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?setelah=${encodeURIComponent(log.pageInfo.endCursor)}`}>{t('moderation.next')}</Link>
        </nav>
      ) : null}
    </>
  );
}
