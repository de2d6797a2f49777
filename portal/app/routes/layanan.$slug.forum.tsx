import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { readForumForm, validateForumForm } from '../forum/forum-form';
import { ForumForm, ThreadList } from '../forum/forum-ui';
import { forumServiceQuery, forumThreadsQuery, startForumThreadMutation } from '../forum/forum.server';
import { forumRefusal } from '../forum/submit.server';
import { callerOf, execute } from '../graphql/client.server';
import { langOf } from '../i18n/lang.server';
import { metaTranslator, useT } from '../i18n/use-t';
import staffCss from '../styles/staff.css?url';
import { passOnHeaders } from '../utils/headers';
import { formOf, notFound, required } from '../utils/problems.server';
import { isServiceSlug } from '../utils/slugs';

/** `/layanan/<slug>/forum`: the service's threads and the form to ask a new question (held for moderation). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const caller = callerOf(request, context);
  const after = new URL(request.url).searchParams.get('setelah');
  const [found, threads] = await Promise.all([
    execute(caller, forumServiceQuery, { slug }),
    execute(caller, forumThreadsQuery, { serviceSlug: slug, first: 20, after: after && after.length <= 200 ? after : null }),
  ]);
  const { service } = required(found);
  if (!service) notFound('service');
  return data({ service, forumThreads: required(threads).forumThreads }, { headers: { 'Cache-Control': 'no-cache' } });
}

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];
export const headers = passOnHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const values = readForumForm(await formOf(request));
  const checked = validateForumForm(values, 'thread');
  if (!checked.ok) return data({ values: { ...values, honeypot: '' }, problems: checked.problems }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const caller = callerOf(request, context);
  const { service } = required(await execute(caller, forumServiceQuery, { slug }));
  if (!service) notFound('service');
  const result = await execute(caller, startForumThreadMutation, {
    input: { serviceId: service.id, title: checked.value.title, body: checked.value.body, authorName: checked.value.name, website: checked.value.honeypot || null },
  });
  if (!result.ok) return forumRefusal(values, result.error, langOf(request).lang);
  return redirect(`/layanan/${service.slug}/forum?terkirim=1#ajukan`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  return [{ title: t('meta.title', { page: t('forum.serviceTitle', { service: data.service.name }) }) }];
};

export default function ServiceForum() {
  const { service, forumThreads } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const t = useT();
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.delete('terkirim');
  if (forumThreads.pageInfo.endCursor) next.set('setelah', forumThreads.pageInfo.endCursor);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.region.name, to: `/wilayah/${service.region.slug}` },
          { label: service.name, to: `/layanan/${service.slug}` },
          { label: t('nav.forum') },
        ]}
      />
      <h1>{t('forum.serviceTitle', { service: service.name })}</h1>
      <p className="lead">{t('forum.intro')}</p>
      <p>{t.plural('forum.count', forumThreads.totalCount)}</p>
      <ThreadList t={t} threads={forumThreads.edges.map((e) => e.node)} showService={false} />
      {forumThreads.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?${next}`}>{t('forum.next')}</Link>
        </nav>
      ) : null}
      <ForumForm t={t} kind="thread" refusal={refusal ?? null} sent={params.get('terkirim') === '1'} />
    </>
  );
}
