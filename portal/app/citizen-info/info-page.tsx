import type { ReactNode } from 'react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { LOCALES, type Translator } from '../i18n';
import { useT } from '../i18n/use-t';

/**
 * When the wording of the citizens' information pages last changed (decision record 0040): a
 * privacy notice and an accessibility statement are dated so a reader knows which version they read.
 */
export const INFO_PAGES_UPDATED = '2026-11-29';

export function updatedText(t: Translator): string {
  const date = new Intl.DateTimeFormat(LOCALES[t.lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${INFO_PAGES_UPDATED}T00:00:00Z`));
  return t('pages.updated', { date });
}

/** The frame of /privasi, /aksesibilitas, /kontak and /pengaduan: breadcrumbs, heading, date, text. */
export function InfoPage({ title, intro, children, dated = false }: { title: string; intro: string; children: ReactNode; dated?: boolean }) {
  const t = useT();
  return (
    <article className="info-page">
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {dated ? <p className="info-page__updated">{updatedText(t)}</p> : null}
      {children}
    </article>
  );
}

/** A section with its own heading, labelled by it for the landmarks list of a screen reader. */
export function InfoSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
