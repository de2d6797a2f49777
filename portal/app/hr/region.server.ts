import { execute } from '../graphql/client.server';
import { forbidden, unlessSignedOut, type Staff } from '../staff/guard.server';
import { hasRole, regionsWithRole } from '../staff/roles';
import { regionsForStaffQuery } from '../staff/staff.server';
import { apiProblem } from '../utils/problems.server';
import { HR_REGION_PARAM } from './region-param';

export interface HrRegions {
  /** Every region this staff member does HR work in, by name. */
  regions: Array<{ slug: string; name: string }>;
  /** The one this page shows: `?wilayah=` when it is theirs, else the first; null when they have none. */
  region: { slug: string; name: string } | null;
}

/**
 * Which region an HR page is about. HR works in the regions of its grants; ADMIN in every region
 * (the list is asked of the API only for an ADMIN). A `?wilayah=` outside those is ignored, never
 * trusted: the API checks the grant again anyway.
 */
export async function hrRegions(request: Request, staff: Staff): Promise<HrRegions> {
  let all: Array<{ slug: string; name: string }> = [];
  if (hasRole(staff.user.roles, 'ADMIN')) {
    const found = await execute(staff.caller, regionsForStaffQuery);
    if (!found.ok) {
      await unlessSignedOut(request, staff, found.error);
      apiProblem(found.error);
    }
    all = found.data.regions;
  }
  const regions = regionsWithRole(staff.user.roles, 'HR', all);
  const wanted = new URL(request.url).searchParams.get(HR_REGION_PARAM);
  return { regions, region: regions.find((r) => r.slug === wanted) ?? regions[0] ?? null };
}

/** The page's region, or 403 for someone who does HR work in none. */
export async function requireHrRegion(request: Request, staff: Staff): Promise<{ regions: HrRegions['regions']; region: NonNullable<HrRegions['region']> }> {
  const { regions, region } = await hrRegions(request, staff);
  if (!region) forbidden();
  return { regions, region };
}
