import { Form, Link, NavLink, useLocation } from '@remix-run/react';
import { useT } from '../i18n/use-t';

/** Switches between Indonesian and English with a plain POST, with JavaScript or without. */
function LanguageSwitch() {
  const t = useT();
  const location = useLocation();
  const other = t.lang === 'id' ? 'en' : 'id';
  return (
    // A whole new document: the page comes back with its texts in the other language (decision record 0043).
    <Form method="post" action="/bahasa" reloadDocument className="language-switch" aria-label={t('lang.formLabel')}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" name="lang" value={other} lang={other} className="button button--quiet">
        {t('lang.switchTo')}
      </button>
    </Form>
  );
}

export function SiteHeader() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#konten">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">
            <Link to="/" className="site-header__name">
              {t('app.name')}
            </Link>
            <p className="site-header__tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/layanan" end>
                {t('nav.services')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/lacak">{t('nav.track')}</NavLink>
            </li>
            <li>
              <NavLink to="/forum">{t('nav.forum')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
    </>
  );
}
