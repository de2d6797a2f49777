import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { ThreadList } from '../forum/forum-ui';
import { forumThreadsQuery } from '../forum/forum.server';
import { callerOf, execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import staffCss from '../styles/staff.css?url';
import { passOnHeaders } from '../utils/headers';
import { required } from '../utils/problems.server';

/** `/forum`: the latest public threads of every region (or one: `?wilayah=`), latest activity first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const region = params.get('wilayah');
  const after = params.get('setelah');
  const { forumThreads } = required(
    await execute(callerOf(request, context), forumThreadsQuery, {
      regionSlug: region && /^[a-z0-9-]{1,80}$/.test(region) ? region : null,
      first: 20,
      after: after && after.length <= 200 ? after : null,
    }),
  );
  return data({ forumThreads }, { headers: { 'Cache-Control': 'no-cache' } });
}

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];
export const headers = passOnHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('forum.title') }) }, { name: 'description', content: t('forum.intro') }];
};

export default function Forum() {
  const { forumThreads } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  if (forumThreads.pageInfo.endCursor) next.set('setelah', forumThreads.pageInfo.endCursor);
  return (
    <>
      <h1>{t('forum.title')}</h1>
      <p className="lead">{t('forum.intro')}</p>
      <p>{t.plural('forum.count', forumThreads.totalCount)}</p>
      <ThreadList t={t} threads={forumThreads.edges.map((e) => e.node)} showService />
      {forumThreads.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?${next}`}>{t('forum.next')}</Link>
        </nav>
      ) : null}
    </>
  );
}
