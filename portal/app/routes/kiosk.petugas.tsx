import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useLang } from '../i18n/use-t';
import { forgetKioskToken } from '../kiosk/cookie.server';
import { kioskT } from '../kiosk/i18n';
import { KioskStaffScreen } from '../kiosk/staff-screen';
import kioskCss from '../kiosk/kiosk.css?url';
import { requireStaff, STAFF_HEADERS, staffForm, staffHeaders } from '../staff/guard.server';

/**
 * `/kiosk/petugas`: the tablet's staff screen (a staff member signed in on the tablet, online). The
 * ratings it lists come from the tablet's own storage, read in the browser. Its one server action
 * unpairs: the device cookie goes, the queue on the tablet stays.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: kioskCss }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === 'root')?.data as { lang?: 'id' | 'en' } | undefined)?.lang ?? 'id';
  return [{ title: `${kioskT(lang)('staff.heading')} — Suara` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  return { csrf: staff.csrf };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request, context);
  await staffForm(request, staff);
  throw redirect('/kiosk', { status: 303, headers: { ...STAFF_HEADERS, 'Set-Cookie': await forgetKioskToken(request) } });
}

export const headers = staffHeaders;

export default function KioskStaffPage() {
  const { csrf } = useLoaderData<typeof loader>();
  return <KioskStaffScreen lang={useLang()} csrf={csrf} />;
}
