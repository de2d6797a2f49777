import type { MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { InfoPage, InfoSection } from '../citizen-info/info-page';
import { metaTranslator, useT } from '../i18n/use-t';

/**
 * `/aksesibilitas`: the accessibility statement (issue 13, decision record 0040). Every claim under
 * "what we test" is a test in tests/e2e (axe at desktop and 360 px, keyboard, forms without
 * JavaScript); the known limits are the ones we know of, said plainly.
 */
export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('a11y.title') }) }, { name: 'description', content: t('a11y.intro') }];
};

export default function AccessibilityStatement() {
  const t = useT();
  return (
    <InfoPage title={t('a11y.title')} intro={t('a11y.intro')} dated>
      <InfoSection id="target" heading={t('a11y.target.heading')}>
        <p>{t('a11y.target.body')}</p>
      </InfoSection>
      <InfoSection id="pengujian" heading={t('a11y.tested.heading')}>
        <ul>
          <li>{t('a11y.tested.axe')}</li>
          <li>{t('a11y.tested.phone')}</li>
          <li>{t('a11y.tested.keyboard')}</li>
          <li>{t('a11y.tested.noJs')}</li>
          <li>{t('a11y.tested.languages')}</li>
        </ul>
      </InfoSection>
      <InfoSection id="keterbatasan" heading={t('a11y.limits.heading')}>
        <ul>
          <li>{t('a11y.limits.automatic')}</li>
          <li>{t('a11y.limits.charts')}</li>
          <li>{t('a11y.limits.explorer')}</li>
          <li>{t('a11y.limits.pdf')}</li>
        </ul>
      </InfoSection>
      <InfoSection id="lapor-hambatan" heading={t('a11y.report.heading')}>
        <p>{t('a11y.report.body')}</p>
        <p>
          <Link to="/kontak">{t('a11y.report.link')}</Link>
        </p>
        <p>
          {t('a11y.report.complaint')} <Link to="/pengaduan">{t('a11y.report.complaintLink')}</Link>
        </p>
      </InfoSection>
    </InfoPage>
  );
}
