import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { callerOf, execute } from '../graphql/client.server';
import { posterQuery } from '../graphql/feedback.server';
import { translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import posterCss from '../styles/poster.css?url';
import { publicAddress } from '../utils/env.server';
import { unitLabel } from '../utils/format';
import { notFound, required } from '../utils/problems.server';
import { qrSvg } from '../utils/qr.server';
import { isServiceSlug } from '../utils/slugs';

/**
 * `/layanan/<slug>/poster`: an A4 poster for the service counter with a QR code of the rating form's
 * stable address (CONTRACT.md). Staff print it; citizens scan it. The poster itself is always in
 * Indonesian, whatever language the staff member reads the portal in: it hangs in an Indonesian office.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: posterCss }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const { service } = required(await execute(callerOf(request, context), posterQuery, { slug }));
  if (!service) notFound('service');
  // Never the request's own address: a poster opened on an internal host name, or asked for with a
  // forged Host header, must still print the portal's public address.
  const { origin, configured } = publicAddress();
  const ratingUrl = `${origin}/layanan/${service.slug}/nilai`;
  return { service, ratingUrl, qr: await qrSvg(ratingUrl), addressConfigured: configured };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  return [{ title: t('meta.title', { page: t('poster.title', { service: data.service.name }) }) }, { name: 'robots', content: 'noindex' }];
};

export default function PosterPage() {
  const { service, ratingUrl, qr, addressConfigured } = useLoaderData<typeof loader>();
  const t = useT();
  const poster = translator('id');
  // Printing needs a script; without one the page says to use the browser's own menu.
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  return (
    <>
      <div className="poster-tools">
        <Breadcrumbs
          crumbs={[
            { label: t('nav.home'), to: '/' },
            { label: service.name, to: `/layanan/${service.slug}` },
            { label: t('poster.title', { service: service.name }) },
          ]}
        />
        <h1>{t('poster.title', { service: service.name })}</h1>
        <p className="lead">{t('poster.screenIntro')}</p>
        {addressConfigured ? null : (
          // Staff must see this before printing: the QR code leads to an address citizens cannot open.
          <section className="notice notice--warning poster-tools__note" aria-labelledby="alamat-belum-diatur">
            <h2 id="alamat-belum-diatur">{t('poster.unconfigured.heading')}</h2>
            <p>{t('poster.unconfigured.body', { url: ratingUrl })}</p>
          </section>
        )}
        <p>
          {canPrint ? (
            <button type="button" className="button" onClick={() => window.print()}>
              {t('poster.print')}
            </button>
          ) : null}{' '}
          {t('poster.printHint')}
        </p>
        <p>
          <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
        </p>
      </div>

      <section className="poster" lang="id" aria-label={poster('poster.cta')}>
        <p className="poster__region">{service.region.name}</p>
        <p className="poster__unit">{unitLabel(service.unit)}</p>
        <p className="poster__cta">{poster('poster.cta')}</p>
        <div className="poster__qr" role="img" aria-label={poster('poster.qrLabel', { url: ratingUrl })} dangerouslySetInnerHTML={{ __html: qr }} />
        <p className="poster__service">{service.name}</p>
        <p className="poster__visit">{poster('poster.orVisit')}</p>
        <p className="poster__url">{ratingUrl}</p>
        <p className="poster__footer">
          {poster('app.name')} · {poster('poster.footer')}
        </p>
      </section>
    </>
  );
}
