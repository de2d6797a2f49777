import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useSearchParams } from '@remix-run/react';
import { metaTranslator, useT } from '../i18n/use-t';
import { requireStaff, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';
import { STAFF_PAGE_PATH, staffPages } from '../staff/roles';
import { grantText } from '../staff/staff-bar';
import { useStaff } from '../staff/use-staff';

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireStaff(request, context);
  return data(null, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('staff.home.title') }) }, { name: 'robots', content: 'noindex' }];
};

const PAGE_TEXT = {
  moderation: ['staff.nav.moderation', 'staff.home.moderation'],
  privacy: ['privacy.staff.title', 'privacy.staff.home'],
  inbox: ['staff.nav.inbox', 'staff.home.inbox'],
  unit: ['staff.nav.unit', 'staff.home.unit'],
  followUp: ['staff.nav.followUp', 'staff.home.followUp'],
  hr: ['staff.nav.hr', 'staff.home.hr'],
  mayor: ['staff.nav.mayor', 'staff.home.mayor'],
  reports: ['staff.nav.reports', 'report.home'],
  admin: ['staff.nav.admin', 'staff.home.admin'],
  notifications: ['staff.nav.notifications', 'staff.home.notifications'],
  kiosks: ['staff.nav.kiosks', 'staff.home.kiosks'],
} as const;

export default function StaffHome() {
  const { user } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const pages = staffPages(user.roles);
  return (
    <>
      <h1>{t('staff.home.heading', { name: user.name })}</h1>
      {params.get('sandi') === 'diganti' ? (
        <p className="notice notice--success" role="status">
          {t('password.done')}
        </p>
      ) : null}
      <section aria-labelledby="peran">
        <h2 id="peran">{t('staff.home.roles')}</h2>
        {user.roles.length ? (
          <ul>
            {user.roles.map((grant, i) => (
              <li key={i}>{grantText(t, grant)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('staff.home.none')}</p>
        )}
      </section>
      {pages.length ? (
        <section aria-labelledby="pekerjaan">
          <h2 id="pekerjaan">{t('staff.home.pages')}</h2>
          <ul className="staff-cards">
            {pages.map((page) => (
              <li key={page} className="staff-card">
                <Link to={STAFF_PAGE_PATH[page]} className="staff-card__link">
                  {t(PAGE_TEXT[page][0])}
                </Link>
                <p>{t(PAGE_TEXT[page][1])}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
