import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { InfoPage, InfoSection } from '../citizen-info/info-page';
import { callerOf, execute } from '../graphql/client.server';
import { contactRegionsQuery } from '../graphql/pages.server';
import { metaTranslator, useLang, useT } from '../i18n/use-t';
import { env } from '../utils/env.server';
import { required } from '../utils/problems.server';

/**
 * `/kontak`: where a citizen takes a question (issue 13, decision record 0040). Suara holds no
 * contact address of a region or unit, so each region links to its page of units and services (the
 * units answer there); the portal operator is named from SUARA_OPERATOR_NAME / SUARA_OPERATOR_EMAIL.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { regions } = required(await execute(callerOf(request, context), contactRegionsQuery));
  const { SUARA_OPERATOR_NAME, SUARA_OPERATOR_EMAIL } = env();
  return { regions, operator: { name: SUARA_OPERATOR_NAME ?? null, email: SUARA_OPERATOR_EMAIL ?? null } };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('contact.title') }) }, { name: 'description', content: t('contact.intro') }];
};

export default function Contact() {
  const { regions, operator } = useLoaderData<typeof loader>();
  const t = useT();
  // Region names are Indonesian proper names: marked so an English screen reader says them as such.
  const nameLang = useLang() === 'id' ? undefined : 'id';
  return (
    <InfoPage title={t('contact.title')} intro={t('contact.intro')}>
      <InfoSection id="penilaian-anda" heading={t('contact.rating.heading')}>
        <p>{t('contact.rating.body')}</p>
        <p>
          <Link to="/lacak">{t('contact.rating.link')}</Link>
        </p>
      </InfoSection>
      <InfoSection id="pemerintah-daerah" heading={t('contact.regions.heading')}>
        <p>{t('contact.regions.body')}</p>
        {regions.length === 0 ? (
          <p className="empty">{t('contact.regions.empty')}</p>
        ) : (
          <ul className="card-list region-list">
            {regions.map((region) => (
              <li key={region.slug} className="card">
                <Link to={`/wilayah/${region.slug}`} className="card__title" lang={nameLang}>
                  {region.name}
                </Link>
                <p className="card__meta" lang={nameLang}>
                  {region.province}
                </p>
              </li>
            ))}
          </ul>
        )}
      </InfoSection>
      <InfoSection id="pengelola-portal" heading={t('contact.operator.heading')}>
        {operator.email ? (
          <>
            <p>{t('contact.operator.body')}</p>
            <dl className="facts">
              {operator.name ? (
                <div>
                  <dt>{t('contact.operator.heading')}</dt>
                  <dd>{operator.name}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('contact.operator.email')}</dt>
                <dd>
                  <a href={`mailto:${operator.email}`}>{operator.email}</a>
                </dd>
              </div>
            </dl>
          </>
        ) : (
          <p>
            {operator.name ? `${operator.name}. ` : ''}
            {t('contact.operator.unset')}
          </p>
        )}
      </InfoSection>
      <InfoSection id="pengaduan-resmi" heading={t('contact.complaint.heading')}>
        <p>{t('contact.complaint.body')}</p>
        <p>
          <Link to="/pengaduan">{t('contact.complaint.link')}</Link>
        </p>
      </InfoSection>
    </InfoPage>
  );
}
