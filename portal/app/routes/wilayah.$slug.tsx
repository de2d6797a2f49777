import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ServiceSearchForm } from '../components/service-search-form';
import { callerOf, execute } from '../graphql/client.server';
import { regionPageQuery } from '../graphql/catalog.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { unitLabel } from '../utils/format';
import { notFound, required } from '../utils/problems.server';

/** `/wilayah/<slug>`: a city or regency with its service units and their services. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  if (!/^[a-z0-9-]{1,64}$/i.test(slug)) notFound('region');
  const { region } = required(await execute(callerOf(request, context), regionPageQuery, { slug }));
  if (!region) notFound('region');
  // Units that deliver nothing to citizens (a parent dinas, the HR body) would only be noise here.
  const units = region.units.filter((unit) => unit.services.length > 0);
  return { region: { ...region, units } };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  const { region } = data;
  return [
    { title: t('meta.title', { page: region.name }) },
    { name: 'description', content: t('region.description', { region: region.name, province: region.province }) },
  ];
};

export default function RegionPage() {
  const { region } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: region.name }]} />
      <h1>{region.name}</h1>
      <h2 className="visually-hidden">{t('region.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('region.province')}</dt>
          <dd>{region.province}</dd>
        </div>
        <div>
          <dt>{t('region.kind')}</dt>
          <dd>{t(`region.kind.${region.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('region.head')}</dt>
          <dd>{region.headTitle}</dd>
        </div>
      </dl>

      <ServiceSearchForm fixedRegion={region} />

      <section aria-labelledby="unit-layanan">
        <h2 id="unit-layanan">{t('region.units.heading')}</h2>
        {region.units.length === 0 ? (
          <p className="empty">{t('region.units.empty')}</p>
        ) : (
          <ul className="unit-list">
            {region.units.map((unit) => (
              <li key={unit.id} className="unit">
                <h3 className="unit__name">{unitLabel(unit)}</h3>
                <ul className="unit__services">
                  {unit.services.map((service) => (
                    <li key={service.slug}>
                      <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
