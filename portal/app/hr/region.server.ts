import type { Staff } from '../staff/guard.server';
import { requireStaffRegion, staffRegions, type StaffRegions } from '../staff/region.server';

export type HrRegions = StaffRegions;

/**
 * Which region an HR page is about: HR works in the regions of its grants, ADMIN in every region
 * (staff/region.server.ts). A `?wilayah=` outside those is ignored, never trusted.
 */
export function hrRegions(request: Request, staff: Staff): Promise<HrRegions> {
  return staffRegions(request, staff, ['HR']);
}

/** The page's region, or 403 for someone who does HR work in none. */
export function requireHrRegion(request: Request, staff: Staff): Promise<{ regions: HrRegions['regions']; region: NonNullable<HrRegions['region']> }> {
  return requireStaffRegion(request, staff, ['HR']);
}
