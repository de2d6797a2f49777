import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import staffCss from '../styles/staff.css?url';
import { Outlet, useLoaderData } from '@remix-run/react';
import { useT } from '../i18n/use-t';
import { requireStaff, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';
import { StaffBar } from '../staff/staff-bar';

/** Every page under `/staf`: signed-in staff only, with the staff header and navigation. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, csrf, publicPasswordAccounts } = await requireStaff(request, context);
  return data({ user, csrf, publicPasswordAccounts }, { headers: STAFF_HEADERS });
}

/** The staff pages' own styles, not loaded by the public pages. */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];

export const headers = staffHeaders;

export const meta: MetaFunction = () => [{ name: 'robots', content: 'noindex' }];

export default function StaffLayout() {
  const { user, csrf, publicPasswordAccounts } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="staff">
      {publicPasswordAccounts > 0 ? (
        // Not an alert (it is on every page, read once is enough): a note at the top, before the navigation.
        <div className="demo-banner" role="note" aria-label={t('staff.demo.label')}>
          <p>
            <strong>{t('staff.demo.title')}</strong> {t('staff.demo.body', { count: publicPasswordAccounts })}
          </p>
        </div>
      ) : null}
      <StaffBar t={t} user={user} csrf={csrf} />
      <Outlet />
    </div>
  );
}
