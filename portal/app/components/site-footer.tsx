import { Link } from '@remix-run/react';
import { useT } from '../i18n/use-t';

/**
 * The footer of every page, error pages included: what Suara is, and the pages a public service owes
 * its citizens (issue 13, decision record 0040). The addresses are Indonesian like every public one.
 */
export const FOOTER_LINKS = [
  { to: '/privasi', label: 'footer.links.privacy' },
  { to: '/aksesibilitas', label: 'footer.links.accessibility' },
  { to: '/kontak', label: 'footer.links.contact' },
  { to: '/pengaduan', label: 'footer.links.complaints' },
] as const;

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__heading">{t('footer.about.heading')}</h2>
        <p>{t('footer.about.body')}</p>
        <nav aria-label={t('footer.links.label')} className="site-footer__nav">
          <ul>
            {FOOTER_LINKS.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{t(link.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
