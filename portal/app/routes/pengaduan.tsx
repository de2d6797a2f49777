import type { MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { InfoPage, InfoSection } from '../citizen-info/info-page';
import { metaTranslator, useT } from '../i18n/use-t';

/** The national complaints channel (GLOSSARY.md: SP4N-LAPOR!); the only place it is linked from. */
const LAPOR_URL = 'https://www.lapor.go.id';

/**
 * `/pengaduan`: where a formal complaint goes (issue 13, decision record 0040). A comment on Suara
 * is survey feedback a unit answers; a complaint that needs a case, a decision or another agency
 * belongs in SP4N-LAPOR!, and citizens should not have to guess which is which.
 */
export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('complaints.title') }) }, { name: 'description', content: t('complaints.intro') }];
};

export default function Complaints() {
  const t = useT();
  return (
    <InfoPage title={t('complaints.title')} intro={t('complaints.intro')}>
      <InfoSection id="komentar-suara" heading={t('complaints.suara.heading')}>
        <p>{t('complaints.suara.body')}</p>
        <p>{t('complaints.privacy')}</p>
      </InfoSection>
      <InfoSection id="sp4n-lapor" heading={t('complaints.lapor.heading')}>
        <p>{t('complaints.lapor.body')}</p>
        <p>{t('complaints.lapor.when')}</p>
        <ul>
          <li>{t('complaints.lapor.when.money')}</li>
          <li>{t('complaints.lapor.when.refused')}</li>
          <li>{t('complaints.lapor.when.decision')}</li>
          <li>{t('complaints.lapor.when.noAnswer')}</li>
        </ul>
        <p className="info-page__action">
          {/* An outside site: no referrer of which page a citizen came from. */}
          <a href={LAPOR_URL} rel="noopener noreferrer external">
            {t('complaints.lapor.link')}
          </a>{' '}
          {t('complaints.lapor.external')}
        </p>
        <p>{t('complaints.ombudsman')}</p>
      </InfoSection>
      <p>
        <Link to="/kontak">{t('footer.links.contact')}</Link> · <Link to="/privasi">{t('footer.links.privacy')}</Link>
      </p>
    </InfoPage>
  );
}
