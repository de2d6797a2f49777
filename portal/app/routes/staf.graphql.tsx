import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
// GraphiQL's styles without the fonts its combined stylesheet inlines (decision record 0023): system fonts, only our own files.
import graphiqlReactCss from '@graphiql/react/dist/style.css?url';
import graphiqlCss from 'graphiql/src/style.css?url';
import { demoMode, exampleIds } from '../graphql/explorer.server';
import { ExplorerPage } from '../graphql-explorer/page';
import { metaTranslator, useT } from '../i18n/use-t';
import explorerCss from '../styles/explorer.css?url';
import { requireStaff, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';

/**
 * The GraphQL explorer for signed-in staff (issue 9, point 11; decision record 0023): GraphiQL from
 * the portal's own files, its operations sent through /graphql/kirim with this session's API token,
 * so the API shows each staff member what their roles allow and nothing more.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, csrf, caller } = await requireStaff(request, context);
  // The examples start in the staff member's own region (HR's first): ADMIN has none, and gets the demo's.
  const hr = user.roles.find((g) => g.role === 'HR' && g.region);
  const regionSlug = (hr ?? user.roles.find((g) => g.region))?.region?.slug ?? 'mamuju';
  // HR's tabs get a real unit and program of their region, so that each runs as it opens.
  const ids = hr ? await exampleIds(caller, regionSlug) : { unitId: null, programId: null };
  return data({ csrf, regionSlug, ids, demo: demoMode() }, { headers: STAFF_HEADERS });
}

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: graphiqlReactCss },
  { rel: 'stylesheet', href: graphiqlCss },
  { rel: 'stylesheet', href: explorerCss },
];

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('explorer.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function StaffExplorer() {
  const { csrf, regionSlug, ids, demo } = useLoaderData<typeof loader>();
  const t = useT();
  return <ExplorerPage t={t} csrf={csrf} regionSlug={regionSlug} ids={ids} demo={demo} />;
}
