import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ServiceSearchForm } from '../components/service-search-form';
import { callerOf, execute } from '../graphql/client.server';
import { homeQuery } from '../graphql/catalog.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { required } from '../utils/problems.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { regions } = required(await execute(callerOf(request, context), homeQuery));
  return { regions };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('home.title') }) }, { name: 'description', content: t('meta.description') }];
};

export default function Home() {
  const { regions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <section className="hero" aria-labelledby="cari-layanan">
        <h1 id="cari-layanan">{t('home.heading')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <ServiceSearchForm regions={regions} />
      </section>

      <section aria-labelledby="pilih-wilayah">
        <h2 id="pilih-wilayah">{t('home.regions.heading')}</h2>
        <p>{t('home.regions.intro')}</p>
        {regions.length === 0 ? (
          <p className="empty">{t('home.regions.empty')}</p>
        ) : (
          <ul className="card-list region-list">
            {regions.map((region) => (
              <li key={region.slug} className="card">
                <Link to={`/wilayah/${region.slug}`} className="card__title" lang="id">
                  {region.name}
                </Link>
                <p className="card__meta" lang="id">
                  {region.province}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
