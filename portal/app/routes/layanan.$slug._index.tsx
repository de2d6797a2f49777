import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { callerOf, execute } from '../graphql/client.server';
import { servicePageQuery } from '../graphql/catalog.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { categoryLabel, channelLabel, feeText, promisedTimeText, requirementItems, unitLabel } from '../utils/format';
import { notFound, required } from '../utils/problems.server';

/**
 * `/layanan/<slug>`: the stable address printed as a QR code at the service counter (CONTRACT.md).
 * What the service is and its published standard: who delivers it, how long it takes, what it costs.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  if (!/^[a-z0-9-]{1,128}$/i.test(slug)) notFound('service');
  const { service } = required(await execute(callerOf(request, context), servicePageQuery, { slug }));
  if (!service) notFound('service');
  return { service };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  const { service } = data;
  return [
    { title: t('meta.title', { page: `${service.name} — ${service.region.name}` }) },
    { name: 'description', content: service.description },
  ];
};

export default function ServicePage() {
  const { service } = useLoaderData<typeof loader>();
  const t = useT();
  const requirements = requirementItems(service.requirements);
  return (
    <article className="service">
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.region.name, to: `/wilayah/${service.region.slug}` },
          { label: service.name },
        ]}
      />
      <h1>{service.name}</h1>
      <p className="lead">{service.description}</p>

      <section aria-labelledby="standar-pelayanan">
        <h2 id="standar-pelayanan">{t('service.standard')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('service.unit')}</dt>
            <dd>{unitLabel(service.unit)}</dd>
          </div>
          <div>
            <dt>{t('service.region')}</dt>
            <dd>
              <Link to={`/wilayah/${service.region.slug}`}>{service.region.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('service.promisedTime')}</dt>
            <dd>{promisedTimeText(t, service.promisedDays)}</dd>
          </div>
          <div>
            <dt>{t('service.fee')}</dt>
            <dd>{feeText(t, service.feeRupiah)}</dd>
          </div>
          <div>
            <dt>{t('service.channel')}</dt>
            <dd>{channelLabel(t, service.channel)}</dd>
          </div>
          <div>
            <dt>{t('service.category')}</dt>
            <dd>{categoryLabel(t, service.category)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="persyaratan">
        <h2 id="persyaratan">{t('service.requirements')}</h2>
        {requirements.length > 1 ? (
          <ul className="requirements">
            {requirements.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p>{service.requirements}</p>
        )}
      </section>
    </article>
  );
}
