import { useT } from '../i18n/use-t';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__heading">{t('footer.about.heading')}</h2>
        <p>{t('footer.about.body')}</p>
      </div>
    </footer>
  );
}
