import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { handleForumPost } from '../forum/forum-action.server';
import { CURSOR_PARAM, SENT_PARAM, type ForumRefusal } from '../forum/forum-form';
import { ForumForm, Pager, ThreadList } from '../forum/forum-components';
import { callerOf, execute } from '../graphql/client.server';
import { forumThreadsQuery, forumUnitQuery } from '../graphql/forum.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { unitLabel } from '../utils/format';
import { passOnHeaders } from '../utils/headers';
import { notFound, required } from '../utils/problems.server';
import { CURSOR_MAX_LENGTH } from '../utils/search-params';

const THREADS_PER_PAGE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION_SLUG = /^[a-z0-9-]{1,64}$/;

/** The filters of `/forum` as they are in the address: `?wilayah=<region slug>`, `?unit=<unit id>`. */
function filtersOf(url: URL) {
  const wilayah = url.searchParams.get('wilayah');
  const unit = url.searchParams.get('unit');
  const raw = url.searchParams.get(CURSOR_PARAM);
  return {
    regionSlug: wilayah && REGION_SLUG.test(wilayah) ? wilayah : null,
    unitId: unit && UUID.test(unit) ? unit : null,
    unknownUnit: unit !== null && !UUID.test(unit),
    after: raw && raw.length <= CURSOR_MAX_LENGTH ? raw : null,
  };
}

/**
 * `/forum`: the citizens' questions of every region, of one region (`?wilayah=`), or about one unit
 * in general (`?unit=`, where a new general question can be asked), latest activity first.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = filtersOf(url);
  if (filters.unknownUnit) notFound('page');
  const caller = callerOf(request, context);
  const read = (after: string | null) =>
    execute(caller, forumThreadsQuery, { regionSlug: filters.unitId ? null : filters.regionSlug, unitId: filters.unitId, first: THREADS_PER_PAGE, after });
  let result = await read(filters.after);
  if (!result.ok && result.error.code === 'BAD_USER_INPUT' && filters.after) result = await read(null);
  const { regions, forumThreads } = required(result);
  const unit = filters.unitId ? required(await execute(caller, forumUnitQuery, { id: filters.unitId })).unit : null;
  if (filters.unitId && !unit) notFound('page');
  return {
    regions,
    threads: forumThreads,
    regionSlug: unit ? unit.region.slug : filters.regionSlug,
    unit,
    cursor: filters.after,
    sent: url.searchParams.has(SENT_PARAM),
  };
}

/** A general question about a unit (not one of its services). */
export async function action({ request, context }: ActionFunctionArgs) {
  const { unitId } = filtersOf(new URL(request.url));
  if (!unitId) notFound('page');
  return handleForumPost(request, context, { kind: 'thread', unitId }, `/forum?unit=${unitId}&${SENT_PARAM}=1#tanya`);
}

export const headers = passOnHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  const page = data?.unit ? t('forum.unit.heading', { unit: unitLabel(data.unit) }) : t('forum.title');
  return [{ title: t('meta.title', { page }) }];
};

export default function ForumPage() {
  const { regions, threads, regionSlug, unit, cursor, sent } = useLoaderData<typeof loader>();
  const refusal = useActionData<ForumRefusal>();
  const t = useT();
  const hrefOf = (after: string | null) => {
    const params = new URLSearchParams();
    if (unit) params.set('unit', unit.id);
    else if (regionSlug) params.set('wilayah', regionSlug);
    if (after) params.set(CURSOR_PARAM, after);
    const query = params.toString();
    return `/forum${query ? `?${query}` : ''}`;
  };
  return (
    <article className="forum">
      <Breadcrumbs
        crumbs={
          unit
            ? [
                { label: t('nav.home'), to: '/' },
                { label: t('forum.title'), to: `/forum?wilayah=${unit.region.slug}` },
                { label: unitLabel(unit) },
              ]
            : [{ label: t('nav.home'), to: '/' }, { label: t('forum.title') }]
        }
      />
      <h1>{unit ? t('forum.unit.heading', { unit: unitLabel(unit) }) : t('forum.title')}</h1>
      <p className="lead">{t('forum.intro')}</p>

      {unit ? (
        <p>
          <Link to={`/forum?wilayah=${unit.region.slug}`}>{t('forum.unit.all')}</Link>
        </p>
      ) : (
        <Form method="get" className="filter-form">
          <div className="field">
            <label htmlFor="wilayah" className="field__label">
              {t('forum.region.label')}
            </label>
            <select id="wilayah" name="wilayah" className="field__select" defaultValue={regionSlug ?? ''}>
              <option value="">{t('forum.region.all')}</option>
              {regions.map((region) => (
                <option key={region.slug} value={region.slug} lang="id">
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--quiet">
            {t('forum.filter')}
          </button>
        </Form>
      )}

      <section aria-labelledby="topik">
        <h2 id="topik">{t.plural('forum.count', threads.totalCount)}</h2>
        {threads.edges.length === 0 ? <p className="empty">{t('forum.empty')}</p> : <ThreadList t={t} threads={threads.edges.map((e) => e.node)} />}
        <Pager
          label={t('forum.pagination')}
          next={t('forum.next')}
          first={t('forum.first')}
          hrefOf={hrefOf}
          cursor={cursor}
          endCursor={threads.pageInfo.endCursor}
          hasNextPage={threads.pageInfo.hasNextPage}
        />
      </section>

      {unit ? (
        <section aria-labelledby="tanya" className="forum__ask">
          <h2 id="tanya">{t('forum.new.heading')}</h2>
          <p>{t('forum.new.intro')}</p>
          <ForumForm t={t} kind="thread" values={refusal?.values ?? null} problems={refusal?.problems ?? []} sent={sent && !refusal} />
        </section>
      ) : null}
    </article>
  );
}
