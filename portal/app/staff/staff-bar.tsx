import { Form, NavLink } from '@remix-run/react';
import type { Translator } from '../i18n';
import { CsrfField } from './form-ui';
import { STAFF_PAGE_PATH, staffPages, type Grant } from './roles';

/** "Moderator, Kota Mataram": a grant in words. */
export function grantText(t: Translator, grant: Grant): string {
  const role = t(`staff.role.${grant.role}`);
  if (grant.unit) return t('staff.grant.unit', { role, unit: grant.unit.name });
  if (grant.region) return t('staff.grant.region', { role, region: grant.region.name });
  return role;
}

const PAGE_LABEL = {
  moderation: 'staff.nav.moderation',
  privacy: 'staff.nav.privacy',
  inbox: 'staff.nav.inbox',
  unit: 'staff.nav.unit',
  followUp: 'staff.nav.followUp',
  hr: 'staff.nav.hr',
  mayor: 'staff.nav.mayor',
  reports: 'staff.nav.reports',
  admin: 'staff.nav.admin',
  notifications: 'staff.nav.notifications',
  kiosks: 'staff.nav.kiosks',
} as const;

/** The staff header under the site's: the pages this member's roles open, who they are, sign-out. */
export function StaffBar({ t, user, csrf }: { t: Translator; user: { name: string; roles: Grant[]; mustChangePassword: boolean }; csrf: string }) {
  const pages = user.mustChangePassword ? [] : staffPages(user.roles);
  const roles = [...new Set(user.roles.map((g) => t(`staff.role.${g.role}`)))].join(', ');
  return (
    <div className="staff-bar">
      <div className="staff-bar__who">
        <p>
          <strong>{t('staff.signedInAs', { name: user.name })}</strong>
          {roles ? <span className="staff-bar__roles"> · {roles}</span> : null}
        </p>
        <Form method="post" action="/keluar" className="staff-bar__signout">
          <CsrfField token={csrf} />
          <button type="submit" className="button button--quiet">
            {t('staff.signOut')}
          </button>
        </Form>
      </div>
      <nav className="staff-nav" aria-label={t('staff.nav.label')}>
        <ul>
          <li>
            <NavLink to="/staf" end>
              {t('staff.nav.home')}
            </NavLink>
          </li>
          {pages.map((page) => (
            <li key={page}>
              <NavLink to={STAFF_PAGE_PATH[page]}>{t(PAGE_LABEL[page])}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
