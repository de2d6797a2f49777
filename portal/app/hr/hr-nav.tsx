import { NavLink } from '@remix-run/react';
import type { Translator } from '../i18n';

/**
 * The HR (BKPSDM) section's pages, in the order HR works: where to spend the next training hour
 * first, then the people and programs behind it. Each page is a route `staf.sdm.<name>.tsx`.
 */
export const HR_PAGES = [
  { to: '/staf/sdm', label: 'hr.nav.needs', end: true },
  { to: '/staf/sdm/peta', label: 'hr.nav.heatmap' },
  { to: '/staf/sdm/pegawai', label: 'hr.nav.employees' },
  { to: '/staf/sdm/penilaian', label: 'hr.nav.coverage' },
  { to: '/staf/sdm/potensi', label: 'hr.nav.potential' },
  { to: '/staf/sdm/program', label: 'hr.nav.programs' },
  { to: '/staf/sdm/mitra', label: 'hr.nav.partners' },
  { to: '/staf/sdm/rencana', label: 'hr.nav.plan' },
  { to: '/staf/sdm/impor', label: 'hr.nav.import' },
  { to: '/staf/sdm/kamus', label: 'hr.nav.dictionary' },
  { to: '/staf/sdm/jabatan', label: 'hr.nav.positions' },
  { to: '/staf/sdm/unsur', label: 'hr.nav.elementMap' },
] as const;

export function HrNav({ t }: { t: Translator }) {
  return (
    <nav aria-label={t('hr.nav.label')}>
      <ul className="tabs">
        {HR_PAGES.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={'end' in page ? page.end : false}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
