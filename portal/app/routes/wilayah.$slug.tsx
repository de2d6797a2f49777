import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { SatisfactionFacts, periodText } from '../components/satisfaction';
import { ServiceSearchForm } from '../components/service-search-form';
import { callerOf, execute } from '../graphql/client.server';
import { regionPageQuery } from '../graphql/catalog.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { formatDecimal, gradeText, unitLabel } from '../utils/format';
import { PERIOD_MONTHS, periodOf } from '../utils/period';
import { notFound, required } from '../utils/problems.server';
import { isRegionSlug } from '../utils/slugs';

/**
 * `/wilayah/<slug>`: a city or regency with its service units and their services, and how satisfied
 * citizens were with the region and each unit over the last twelve months.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isRegionSlug(slug)) notFound('region');
  const caller = callerOf(request, context);
  const { region } = required(await execute(caller, regionPageQuery, { slug, months: PERIOD_MONTHS }));
  if (!region) notFound('region');
  const period = periodOf(region.satisfaction);
  // Units that deliver nothing to citizens (a parent dinas, the HR body) would only be noise here.
  const units = region.units.filter((unit) => unit.services.length > 0);
  return { region: { ...region, units }, period };
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
  const { region, period } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: region.name, lang: 'id' }]} />
      <h1 lang="id">{region.name}</h1>
      <h2 className="visually-hidden">{t('region.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('region.province')}</dt>
          <dd lang="id">{region.province}</dd>
        </div>
        <div>
          <dt>{t('region.kind')}</dt>
          <dd>{t(`region.kind.${region.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('region.head')}</dt>
          <dd lang="id">{region.headTitle}</dd>
        </div>
      </dl>

      <ServiceSearchForm fixedRegion={region} />

      <section aria-labelledby="kepuasan">
        <h2 id="kepuasan">{t('satisfaction.heading')}</h2>
        <p>{periodText(t, period)}</p>
        <SatisfactionFacts t={t} satisfaction={region.satisfaction} />
        <p className="field__hint">{t('satisfaction.explain')}</p>
        <p>
          <Link to={`/wilayah/${region.slug}/data`}>{t('openData.link')}</Link>: {t('openData.linkIntro')}
        </p>
      </section>

      <section aria-labelledby="unit-layanan">
        <h2 id="unit-layanan">{t('region.units.heading')}</h2>
        {region.units.length === 0 ? (
          <p className="empty">{t('region.units.empty')}</p>
        ) : (
          <ul className="unit-list">
            {region.units.map((unit) => (
              <li key={unit.id} className="unit">
                <h3 className="unit__name" lang="id">
                  {unitLabel(unit)}
                </h3>
                <p className="unit__score">
                  {unit.satisfaction.ikm != null && unit.satisfaction.grade != null
                    ? t('region.unit.score', {
                        ikm: formatDecimal(t, unit.satisfaction.ikm),
                        grade: gradeText(t, unit.satisfaction.grade),
                        count: unit.satisfaction.responseCount,
                      })
                    : t('region.unit.tooFew')}
                </p>
                <ul className="unit__services">
                  {unit.services.map((service) => (
                    <li key={service.slug}>
                      <Link to={`/layanan/${service.slug}`} lang="id">
                        {service.name}
                      </Link>
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
