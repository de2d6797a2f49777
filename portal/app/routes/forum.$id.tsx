import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { handleForumPost } from '../forum/forum-action.server';
import { CURSOR_PARAM, SENT_PARAM, type ForumRefusal } from '../forum/forum-form';
import { ForumForm, Pager } from '../forum/forum-components';
import { callerOf, execute } from '../graphql/client.server';
import { forumThreadQuery } from '../graphql/forum.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { formatDateIn, unitLabel } from '../utils/format';
import { passOnHeaders } from '../utils/headers';
import { notFound, required } from '../utils/problems.server';
import { CURSOR_MAX_LENGTH } from '../utils/search-params';
import { ContentText, slot } from '../components/content-lang';
import { ReportDisclosure } from '../report/report-form';

const POSTS_PER_PAGE = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/forum/<id>`: one question and its conversation, oldest first, the unit's official answers marked
 * as such, and the form to reply (held for moderation).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id;
  if (!id || !UUID.test(id)) notFound('page');
  const url = new URL(request.url);
  const raw = url.searchParams.get(CURSOR_PARAM);
  const after = raw && raw.length <= CURSOR_MAX_LENGTH ? raw : null;
  const caller = callerOf(request, context);
  let result = await execute(caller, forumThreadQuery, { id, first: POSTS_PER_PAGE, after });
  if (!result.ok && result.error.code === 'BAD_USER_INPUT' && after) result = await execute(caller, forumThreadQuery, { id, first: POSTS_PER_PAGE, after: null });
  const { forumThread } = required(result);
  if (!forumThread) notFound('page');
  return { thread: forumThread, cursor: after, sent: url.searchParams.has(SENT_PARAM) };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const id = params.id;
  if (!id || !UUID.test(id)) notFound('page');
  return handleForumPost(request, context, { kind: 'reply', threadId: id }, `/forum/${id}?${SENT_PARAM}=1#balas`);
}

export const headers = passOnHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  return data ? [{ title: t('meta.title', { page: data.thread.title }) }] : [];
};

export default function ForumThreadPage() {
  const { thread, cursor, sent } = useLoaderData<typeof loader>();
  const refusal = useActionData<ForumRefusal>();
  const t = useT();
  const timeZone = thread.unit.region.timeZone;
  const about = thread.service
    ? { label: thread.service.name, to: `/layanan/${thread.service.slug}/forum`, lang: 'id' }
    : { label: unitLabel(thread.unit), to: `/forum?unit=${thread.unit.id}`, lang: 'id' };
  const hrefOf = (after: string | null) => `/forum/${thread.id}${after ? `?${new URLSearchParams({ [CURSOR_PARAM]: after })}` : ''}`;
  return (
    <article className="forum-thread">
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('forum.title'), to: `/forum?wilayah=${thread.unit.region.slug}` },
          about,
          { label: thread.title, lang: 'id' },
        ]}
      />
      <h1 lang="id">{thread.title}</h1>
      <p className="thread__meta">
        {t('forum.thread.asked', { name: thread.authorName, date: formatDateIn(t, thread.createdAt, timeZone) })} ·{' '}
        <span className={thread.answered ? 'badge badge--answered' : 'badge badge--waiting'}>
          {thread.answered ? t('forum.thread.answered') : t('forum.thread.unanswered')}
        </span>
      </p>

      <section aria-labelledby="percakapan">
        <h2 id="percakapan">{t('forum.posts.heading')}</h2>
        <ol className="post-list">
          {thread.posts.edges.map(({ node }) => (
            <li key={node.id} className={node.official ? 'post post--official' : 'post'}>
              <p className="post__by">
                {node.official ? <strong><ContentText text={t('forum.post.official', { unit: slot('unit') })} values={{ unit: node.officialUnit ? unitLabel(node.officialUnit) : node.authorName }} /></strong> : node.authorName}
              </p>
              <div className="post__body" lang="id">
                {node.body.split(/\n{2,}/).map((paragraph, i) => (
                  <p key={i}>{paragraph}</p>
                ))}
              </div>
              <p className="post__meta">
                <time dateTime={node.createdAt}>{t('forum.post.at', { date: formatDateIn(t, node.createdAt, timeZone) })}</time>
                {node.edited ? <> · {t('forum.post.edited')}</> : null}
              </p>
              <ReportDisclosure t={t} kind="post" item={node.id} back={hrefOf(cursor)} />
            </li>
          ))}
        </ol>
        <Pager
          label={t('forum.posts.pagination')}
          next={t('forum.posts.next')}
          first={t('forum.posts.first')}
          hrefOf={hrefOf}
          cursor={cursor}
          endCursor={thread.posts.pageInfo.endCursor}
          hasNextPage={thread.posts.pageInfo.hasNextPage}
        />
      </section>

      <section aria-labelledby="balas" className="forum__reply">
        <h2 id="balas">{t('forum.reply.heading')}</h2>
        <p>{t('forum.new.intro')}</p>
        <ForumForm t={t} kind="reply" values={refusal?.values ?? null} problems={refusal?.problems ?? []} sent={sent && !refusal} />
      </section>
    </article>
  );
}
