import { NavLink } from '@remix-run/react';
import type { Translator } from '../i18n';

/** The admin pages' own navigation, under the staff navigation. */
export function AdminNav({ t }: { t: Translator }) {
  return (
    <nav aria-label={t('admin.nav.label')}>
      <ul className="tabs">
        <li>
          <NavLink to="/staf/admin" end>
            {t('admin.nav.accounts')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/staf/admin/wilayah">{t('admin.nav.regions')}</NavLink>
        </li>
        <li>
          <NavLink to="/staf/admin/sinonim">{t('admin.nav.synonyms')}</NavLink>
        </li>
        <li>
          <NavLink to="/staf/admin/audit">{t('admin.nav.audit')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
