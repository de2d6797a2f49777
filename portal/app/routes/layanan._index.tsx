import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ServiceSearchForm } from '../components/service-search-form';
import { callerOf, execute } from '../graphql/client.server';
import { homeQuery, searchServicesQuery } from '../graphql/catalog.server';
import { translator, type Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { unitLabel } from '../utils/format';
import { apiProblem, required } from '../utils/problems.server';
import { RESULTS_PER_PAGE, SEARCH_MAX_LENGTH, serviceSearchHref, type ServiceSearch } from '../utils/search-params';
import { parseServiceSearch } from '../utils/search-params.server';
import { ContentText, slot } from '../components/content-lang';

/**
 * `/layanan?q=izin&wilayah=mataram&unit=…&kategori=kesehatan&after=…`: the service search results
 * (best match first, decision record 0037), or every service by name. Filters and pages are GET
 * parameters: everything works without JavaScript and every page has an address.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const parsed = parseServiceSearch(params);
  let { search } = parsed;
  const caller = callerOf(request, context);
  // A search that cannot run keeps the form (with its regions) and says what to fix, without results.
  const refused = async (message: string, searchField: string | null) => {
    const { regions } = required(await execute(caller, homeQuery));
    return { search, problem: { message, searchField }, staleCursor: false, services: null, regions: regions.map((r) => ({ ...r, units: null })) };
  };

  if (!parsed.ok) {
    // A search the API would refuse is not sent.
    const message = translator(caller.lang)('search.tooLong', { max: SEARCH_MAX_LENGTH });
    return refused(message, message);
  }

  const read = (after: string | null) =>
    execute(caller, searchServicesQuery, {
      search: search.q || null,
      regionSlug: search.wilayah,
      unitId: search.unit,
      category: search.kategori,
      first: RESULTS_PER_PAGE,
      after,
    });
  // An outdated, mangled or forged "Berikutnya" link is not worth an error page: the first page of
  // the same search, and a note saying so. Too long to be ours, it is not even sent.
  let staleCursor = Boolean(params.get('after')) && search.after === null;
  let result = await read(search.after);
  if (!result.ok && search.after && (result.error.code === 'BAD_USER_INPUT' || result.error.code === 'INTERNAL')) {
    staleCursor = true;
    search = { ...search, after: null };
    result = await read(null);
  }
  if (!result.ok) {
    // Words the API cannot use are the citizen's to fix, not an error page.
    if (result.error.code !== 'BAD_USER_INPUT') apiProblem(result.error);
    return refused(result.error.message, result.error.fields.find((f) => f.field === 'search')?.message ?? null);
  }
  const { services, regions } = result.data;
  return { search, problem: null, staleCursor, services, regions };
}

/** Long enough to recognise the search, short enough for a heading on a phone. */
function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function heading(t: Translator, search: ServiceSearch, regionName: string | null): string {
  const query = shorten(search.q);
  if (query && regionName) return t('search.title.queryInRegion', { query, region: regionName });
  if (query) return t('search.title.query', { query });
  if (regionName) return t('search.title.region', { region: regionName });
  return t('search.title.all');
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  const regionName = data.regions.find((r) => r.slug === data.search.wilayah)?.name ?? null;
  return [{ title: t('meta.title', { page: heading(t, data.search, regionName) }) }, { name: 'robots', content: 'noindex' }];
};

export default function ServiceResults() {
  const { search, problem, staleCursor, services, regions } = useLoaderData<typeof loader>();
  const t = useT();
  const regionName = regions.find((r) => r.slug === search.wilayah)?.name ?? null;
  const title = heading(t, search, regionName);
  // The unit filter lists the units of the region chosen, or of the one the words named.
  const filterRegion = search.wilayah ?? services?.regionFromQuery?.slug ?? null;
  const units = regions.find((r) => r.slug === filterRegion)?.units ?? null;

  return (
    <>
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      {problem ? (
        <div className="error-summary" role="alert" aria-labelledby="masalah-pencarian">
          <h2 id="masalah-pencarian">{t('search.problem')}</h2>
          <p>{problem.searchField ? <a href="#pencarian-q">{problem.message}</a> : problem.message}</p>
        </div>
      ) : null}
      {staleCursor ? <p className="notice">{t('search.staleCursor')}</p> : null}
      <ServiceSearchForm
        idPrefix="pencarian"
        regions={regions}
        defaultQuery={search.q}
        defaultRegion={search.wilayah}
        error={problem?.searchField}
        filters={{ units, unit: search.unit, category: search.kategori }}
      />

      {services ? (
        <section aria-labelledby="hasil" className="results">
          <h2 id="hasil" className="results__count" aria-live="polite">
            {t.plural('search.count', services.totalCount)}
          </h2>
          {services.didYouMean ? (
            <p className="notice">
              {t('search.didYouMean')}{' '}
              <Link to={serviceSearchHref({ ...search, q: services.didYouMean, after: null })}>
                <span lang="id">{services.didYouMean}</span>
              </Link>
              ?
            </p>
          ) : null}
          {services.regionFromQuery && !search.wilayah ? <p className="notice">{t('search.regionFromQuery', { region: services.regionFromQuery.name })}</p> : null}
          {services.edges.length === 0 ? (
            <div className="empty">
              <h3>{t('search.empty.heading')}</h3>
              <p>{t('search.empty.body')}</p>
            </div>
          ) : (
            <ul className="card-list">
              {services.edges.map(({ node }) => (
                <li key={node.slug} className="card">
                  <Link to={`/layanan/${node.slug}`} className="card__title" lang="id">
                    {node.name}
                  </Link>
                  <p className="card__meta">
                    <ContentText text={t('search.result.where', { unit: slot('unit'), region: slot('region') })} values={{ unit: unitLabel(node.unit), region: node.region.name }} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {services.pageInfo.hasNextPage || services.hasPreviousPage ? (
            <nav className="pagination" aria-label={t('search.pagination')}>
              <ul>
                {services.hasPreviousPage ? (
                  <li>
                    <Link rel="prev" to={serviceSearchHref({ ...search, after: services.previousCursor })}>
                      {t('search.previous')}
                    </Link>
                  </li>
                ) : null}
                {services.pageInfo.hasNextPage && services.pageInfo.endCursor ? (
                  <li>
                    <Link rel="next" to={serviceSearchHref({ ...search, after: services.pageInfo.endCursor })}>
                      {t('search.next')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
