import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { readForumForm, validateForumForm } from '../forum/forum-form';
import { ForumForm } from '../forum/forum-ui';
import { forumThreadQuery, postToForumMutation } from '../forum/forum.server';
import { forumRefusal } from '../forum/submit.server';
import { callerOf, execute } from '../graphql/client.server';
import { langOf } from '../i18n/lang.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { dateTimeText } from '../staff/format';
import staffCss from '../styles/staff.css?url';
import { passOnHeaders } from '../utils/headers';
import { formOf, notFound, required } from '../utils/problems.server';

const isThreadId = (id: string | undefined): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100;

/** `/forum/<id>`: one thread's published posts, official answers marked, and the reply form. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  if (!isThreadId(params.id)) notFound('page');
  const after = new URL(request.url).searchParams.get('setelah');
  const { forumThread } = required(await execute(callerOf(request, context), forumThreadQuery, { id: params.id, after: after && after.length <= 200 ? after : null }));
  if (!forumThread) notFound('page');
  return data({ thread: forumThread }, { headers: { 'Cache-Control': 'no-cache' } });
}

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];
export const headers = passOnHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  if (!isThreadId(params.id)) notFound('page');
  const values = readForumForm(await formOf(request));
  const checked = validateForumForm(values, 'reply');
  if (!checked.ok) return data({ values: { ...values, honeypot: '' }, problems: checked.problems }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const result = await execute(callerOf(request, context), postToForumMutation, {
    input: { threadId: params.id, body: checked.value.body, authorName: checked.value.name, website: checked.value.honeypot || null },
  });
  if (!result.ok) return forumRefusal(values, result.error, langOf(request).lang);
  return redirect(`/forum/${encodeURIComponent(params.id)}?terkirim=1#balas`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  return [{ title: t('meta.title', { page: data.thread.title }) }];
};

export default function Thread() {
  const { thread } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const t = useT();
  const [params] = useSearchParams();
  const zone = thread.unit.region.timeZone;
  const next = new URLSearchParams(params);
  next.delete('terkirim');
  if (thread.posts.pageInfo.endCursor) next.set('setelah', thread.posts.pageInfo.endCursor);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          ...(thread.service
            ? [
                { label: thread.service.region.name, to: `/wilayah/${thread.service.region.slug}` },
                { label: thread.service.name, to: `/layanan/${thread.service.slug}` },
                { label: t('nav.forum'), to: `/layanan/${thread.service.slug}/forum` },
              ]
            : [{ label: t('nav.forum'), to: '/forum' }]),
          { label: thread.title },
        ]}
      />
      <h1>{thread.title}</h1>
      <p>
        {thread.service ? t('forum.thread.about', { service: thread.service.name, unit: thread.unit.name }) : t('forum.thread.aboutUnit', { unit: thread.unit.name })} ·{' '}
        <strong>{thread.answered ? t('forum.thread.answered') : t('forum.thread.unanswered')}</strong>
      </p>
      <section aria-labelledby="kiriman">
        <h2 id="kiriman" className="visually-hidden">
          {t('forum.posts')}
        </h2>
        <ol className="queue">
          {thread.posts.edges.map(({ node: post }) => (
            <li key={post.id}>
              <article className={`queue-item${post.official ? ' forum-post--official' : ''}`} aria-label={post.official ? t('forum.official', { unit: post.officialUnit?.name ?? thread.unit.name }) : undefined}>
                {post.official ? <p className="tag">{t('forum.official', { unit: post.officialUnit?.name ?? thread.unit.name })}</p> : null}
                <p className="queue-item__text">{post.body}</p>
                <p className="field__hint">
                  {t('forum.thread.meta', { author: post.authorName, date: dateTimeText(t, post.createdAt, zone) })}
                  {post.edited ? ` · ${t('forum.edited')}` : ''}
                </p>
              </article>
            </li>
          ))}
        </ol>
        {thread.posts.pageInfo.hasNextPage ? (
          <nav className="pagination" aria-label={t('search.pagination')}>
            <Link to={`?${next}`}>{t('forum.next')}</Link>
          </nav>
        ) : null}
      </section>
      <ForumForm t={t} kind="reply" refusal={refusal ?? null} sent={params.get('terkirim') === '1'} />
    </>
  );
}
