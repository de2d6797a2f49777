import type { Role } from '../graphql/generated/graphql';
import { execute } from '../graphql/client.server';
import { apiProblem } from '../utils/problems.server';
import { forbidden, unlessSignedOut, type Staff } from './guard.server';
import { REGION_PARAM } from './region-param';
import { hasRole, regionsWithRole } from './roles';
import { regionsForStaffQuery } from './staff.server';

export interface StaffRegions {
  /** Every region this staff member works in with one of the roles, by name. */
  regions: Array<{ slug: string; name: string }>;
  /** The one the page shows: `?wilayah=` when it is theirs, else the first; null when they have none. */
  region: { slug: string; name: string } | null;
}

export interface StaffRegionOptions {
  /**
   * A `?wilayah=` outside the staff member's regions: `ignore` shows their first region instead (a
   * stale link after a grant changed); `refuse` answers 403, so that a mayor who types another
   * region's address is told no rather than shown their own region as if it were that one.
   */
  otherRegion?: 'ignore' | 'refuse';
}

/**
 * Which region a staff page is about. A role works in the regions of its grants; ADMIN in every
 * region (the list is asked of the API only for an ADMIN). A `?wilayah=` outside those is never
 * trusted: ignored or refused (options), and the API checks the grant again anyway.
 */
export async function staffRegions(request: Request, staff: Staff, roles: readonly Role[], options: StaffRegionOptions = {}): Promise<StaffRegions> {
  let all: Array<{ slug: string; name: string }> = [];
  if (hasRole(staff.user.roles, 'ADMIN')) {
    const found = await execute(staff.caller, regionsForStaffQuery);
    if (!found.ok) {
      await unlessSignedOut(request, staff, found.error);
      apiProblem(found.error);
    }
    all = found.data.regions;
  }
  const regions = regionsWithRole(staff.user.roles, roles, all);
  const wanted = new URL(request.url).searchParams.get(REGION_PARAM);
  const picked = regions.find((r) => r.slug === wanted);
  if (wanted !== null && !picked && options.otherRegion === 'refuse') forbidden();
  return { regions, region: picked ?? regions[0] ?? null };
}

/** The page's region, or 403 for someone who works with these roles in none. */
export async function requireStaffRegion(
  request: Request,
  staff: Staff,
  roles: readonly Role[],
  options: StaffRegionOptions = {},
): Promise<{ regions: StaffRegions['regions']; region: NonNullable<StaffRegions['region']> }> {
  const { regions, region } = await staffRegions(request, staff, roles, options);
  if (!region) forbidden();
  return { regions, region };
}
