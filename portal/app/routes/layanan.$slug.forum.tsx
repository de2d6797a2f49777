import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { handleForumPost } from '../forum/forum-action.server';
import { CURSOR_PARAM, SENT_PARAM, type ForumRefusal } from '../forum/forum-form';
import { ForumForm, Pager, ThreadList } from '../forum/forum-components';
import { callerOf, execute } from '../graphql/client.server';
import { serviceForumQuery } from '../graphql/forum.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { unitLabel } from '../utils/format';
import { passOnHeaders } from '../utils/headers';
import { notFound, required } from '../utils/problems.server';
import { CURSOR_MAX_LENGTH } from '../utils/search-params';
import { isServiceSlug } from '../utils/slugs';

const THREADS_PER_PAGE = 20;

/**
 * `/layanan/<slug>/forum`: the questions citizens asked about one service, with the unit's official
 * answers, and the form to ask a new one (held for moderation before it is public).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const url = new URL(request.url);
  const raw = url.searchParams.get(CURSOR_PARAM);
  const after = raw && raw.length <= CURSOR_MAX_LENGTH ? raw : null;
  let result = await execute(callerOf(request, context), serviceForumQuery, { slug, first: THREADS_PER_PAGE, after });
  // An outdated or forged page link shows the first page rather than an error.
  if (!result.ok && result.error.code === 'BAD_USER_INPUT' && after) {
    result = await execute(callerOf(request, context), serviceForumQuery, { slug, first: THREADS_PER_PAGE, after: null });
  }
  const { service, forumThreads } = required(result);
  if (!service) notFound('service');
  return { service, threads: forumThreads, cursor: after, sent: url.searchParams.has(SENT_PARAM) };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const { service } = required(await execute(callerOf(request, context), serviceForumQuery, { slug, first: 1, after: null }));
  if (!service) notFound('service');
  return handleForumPost(request, context, { kind: 'thread', serviceId: service.id }, `/layanan/${slug}/forum?${SENT_PARAM}=1#tanya`);
}

export const headers = passOnHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  return data ? [{ title: t('meta.title', { page: t('forum.service.heading', { service: data.service.name }) }) }] : [];
};

export default function ServiceForumPage() {
  const { service, threads, cursor, sent } = useLoaderData<typeof loader>();
  const refusal = useActionData<ForumRefusal>();
  const t = useT();
  const hrefOf = (after: string | null) => `/layanan/${service.slug}/forum${after ? `?${new URLSearchParams({ [CURSOR_PARAM]: after })}` : ''}`;
  return (
    <article className="forum">
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.region.name, to: `/wilayah/${service.region.slug}` },
          { label: service.name, to: `/layanan/${service.slug}` },
          { label: t('nav.forum') },
        ]}
      />
      <h1>{t('forum.service.heading', { service: service.name })}</h1>
      <p className="lead">{t('forum.intro')}</p>
      <p>
        {unitLabel(service.unit)} · <Link to={`/forum?unit=${encodeURIComponent(service.unit.id)}`}>{t('forum.unit.ask', { unit: service.unit.abbreviation ?? service.unit.name })}</Link>
      </p>

      <section aria-labelledby="topik">
        <h2 id="topik">{t.plural('forum.count', threads.totalCount)}</h2>
        {threads.edges.length === 0 ? <p className="empty">{t('forum.empty')}</p> : <ThreadList t={t} threads={threads.edges.map((e) => e.node)} showAbout={false} />}
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

      <section aria-labelledby="tanya" className="forum__ask">
        <h2 id="tanya">{t('forum.new.heading')}</h2>
        <p>{t('forum.new.intro')}</p>
        <ForumForm t={t} kind="thread" values={refusal?.values ?? null} problems={refusal?.problems ?? []} sent={sent && !refusal} />
      </section>
    </article>
  );
}
