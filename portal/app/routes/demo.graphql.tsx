import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
// GraphiQL's styles without the fonts its combined stylesheet inlines (decision record 0023): system fonts, only our own files.
import graphiqlReactCss from '@graphiql/react/dist/style.css?url';
import graphiqlCss from 'graphiql/src/style.css?url';
import { demoMode, explorerViewer } from '../graphql/explorer.server';
import { ExplorerPage } from '../graphql-explorer/page';
import { metaTranslator, useT } from '../i18n/use-t';
import explorerCss from '../styles/explorer.css?url';
import { notFound } from '../utils/problems.server';

const HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } as const;

/**
 * The GraphQL explorer for everyone, in the demo only (SUARA_DEMO): anywhere else this address is
 * 404 and staff use /staf/graphql. A signed-in staff member's session is used here too.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!demoMode()) notFound('page');
  const { csrf } = await explorerViewer(request);
  return data({ csrf, regionSlug: 'mamuju' }, { headers: HEADERS });
}

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: graphiqlReactCss },
  { rel: 'stylesheet', href: graphiqlCss },
  { rel: 'stylesheet', href: explorerCss },
];

export const headers = () => HEADERS;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('explorer.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function DemoExplorer() {
  const { csrf, regionSlug } = useLoaderData<typeof loader>();
  const t = useT();
  return <ExplorerPage t={t} csrf={csrf} regionSlug={regionSlug} demo />;
}
