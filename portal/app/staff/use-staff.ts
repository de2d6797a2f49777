import { useRouteLoaderData } from '@remix-run/react';
import type { Grant } from './roles';

export interface StaffLayoutData {
  user: { id: string; name: string; email: string; mustChangePassword: boolean; roles: Grant[] };
  csrf: string;
}

/** The signed-in staff member and the session's CSRF token, as the `/staf` layout loaded them. */
export function useStaff(): StaffLayoutData {
  const found = useRouteLoaderData('routes/staf') as StaffLayoutData | undefined;
  if (!found) throw new Error('useStaff outside the /staf pages');
  return found;
}
