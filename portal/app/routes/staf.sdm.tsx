import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Outlet } from '@remix-run/react';
import { useT } from '../i18n/use-t';
import { HrNav } from '../hr/hr-nav';
import { requirePage, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';

/** Every HR (BKPSDM) page: HR of a region or ADMIN, with the section's navigation above the page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePage(request, context, 'hr');
  return data(null, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export default function HrLayout() {
  const t = useT();
  return (
    <>
      <HrNav t={t} />
      <Outlet />
    </>
  );
}
