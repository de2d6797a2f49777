import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { AdminNav } from '../admin/admin-nav';
import { changesOf } from '../admin/audit-diff';
import { catalogAuditQuery } from '../admin/catalog.server';
import { scopesQuery } from '../admin/admin.server';
import { execute } from '../graphql/client.server';
import type { AdminEntityType } from '../graphql/generated/graphql';
import type { MessageKey, Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { dateTimeText } from '../staff/format';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/admin/audit`: the append-only admin audit log, newest first: who changed what, and each
 * change as old → new. The kind of entity and the page are in the address (`?jenis=SERVICE&setelah=…`).
 */

const ENTITY_TYPES: readonly AdminEntityType[] = ['REGION', 'UNIT', 'SERVICE', 'STAFF_ACCOUNT', 'ROLE_GRANT'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const params = new URL(request.url).searchParams;
  const after = params.get('setelah');
  const kind = params.get('jenis');
  const entityType = ENTITY_TYPES.find((e) => e === kind) ?? null;
  const [result, scopes] = await Promise.all([
    execute(staff.caller, catalogAuditQuery, { after: after && after.length <= 200 ? after : null, entityType }),
    execute(staff.caller, scopesQuery),
  ]);
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  // Regions and units by id, so that a moved unit reads "Dinas Kesehatan → Puskesmas Ampenan", not two ids.
  const names: Record<string, string> = {};
  if (scopes.ok) for (const r of scopes.data.regions) for (const x of [r, ...r.units]) names[x.id] = x.name;
  return data({ log: result.data.adminAuditLog, entityType, paged: Boolean(after), names }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('admin.audit.title') }) }, { name: 'robots', content: 'noindex' }];
};

/** A catalogue word when there is one (`admin.audit.field.name`), else the API's own name. */
function known(t: Translator, key: string, fallback: string): string {
  return t.has(key) ? (t as unknown as (k: MessageKey) => string)(key) : fallback;
}

export default function AdminAudit() {
  const { log, entityType, paged, names } = useLoaderData<typeof loader>();
  const shown = (field: string, text: string | null) => (text !== null && /Id$/.test(field) ? (names[text] ?? text) : text);
  const t = useT();
  const entries = log.edges.map((e) => e.node);
  const words = { empty: t('admin.audit.empty.value'), yes: t('admin.audit.yes'), no: t('admin.audit.no') };
  const next = new URLSearchParams();
  if (entityType) next.set('jenis', entityType);
  const first = `?${next}`;
  if (log.pageInfo.endCursor) next.set('setelah', log.pageInfo.endCursor);
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <AdminNav t={t} />
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="jenis" className="field__label">
            {t('admin.audit.filter')}
          </label>
          <select id="jenis" name="jenis" defaultValue={entityType ?? ''} className="field__select">
            <option value="">{t('admin.audit.allTypes')}</option>
            {ENTITY_TYPES.map((e) => (
              <option key={e} value={e}>
                {t(`admin.audit.type.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('admin.audit.filterSubmit')}
        </button>
      </Form>
      <p>{t.plural('admin.audit.count', log.totalCount)}</p>
      {entries.length ? (
        <ol className="staff-cards audit-log">
          {entries.map((entry) => {
            const changes = changesOf(entry.before, entry.after, words).map((c) => ({ ...c, before: shown(c.field, c.before), after: shown(c.field, c.after) }));
            return (
              <li key={entry.id} className="staff-card">
                <h2 className="staff-card__link">
                  {known(t, `admin.audit.action.${entry.action}`, entry.action)} · {t(`admin.audit.type.${entry.entityType}`)}
                </h2>
                <p>
                  <time dateTime={entry.at}>{dateTimeText(t, entry.at)}</time> · {t('log.actor')}: {entry.actor.name}
                </p>
                {changes.length ? (
                  <dl className="audit-changes">
                    {changes.map((c) => (
                      <div key={c.field} className="audit-changes__row">
                        <dt>{known(t, `admin.audit.field.${c.field}`, c.field)}</dt>
                        <dd>
                          {c.before === null ? (
                            <ins>{c.after}</ins>
                          ) : c.after === null ? (
                            <del>{c.before}</del>
                          ) : (
                            <>
                              <del>{c.before}</del> <span aria-hidden="true">→</span>
                              <span className="visually-hidden">{t('admin.audit.becomes')}</span> <ins>{c.after}</ins>
                            </>
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  <p className="field__hint">{t('admin.audit.noChanges')}</p>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="notice">{t('admin.audit.empty')}</p>
      )}
      {log.pageInfo.hasNextPage || paged ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          {paged ? <Link to={first}>{t('admin.audit.newest')}</Link> : null}{' '}
          {log.pageInfo.hasNextPage && log.pageInfo.endCursor ? <Link to={`?${next}`}>{t('admin.audit.older')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
