import { execute } from '../graphql/client.server';
import { unlessSignedOut, type Staff } from '../staff/guard.server';
import { hasRole, regionsWithRole } from '../staff/roles';
import { regionsForStaffQuery } from '../staff/staff.server';
import { apiProblem } from '../utils/problems.server';
import { HR_REGION_PARAM } from '../hr/region-param';

/** A period key as the API reads it: `2026-S1`, `2026-Q3`, `2026`. */
export const PERIOD_KEY = /^\d{4}(-(S[12]|Q[1-4]))?$/;

/**
 * The regions whose follow-up plans this staff member reads: HR and MAYOR of a region (ADMIN: all),
 * and the regions of an officer's units. `?wilayah=` picks one of them, never another: the API
 * checks the grant again anyway.
 */
export async function followUpRegions(request: Request, staff: Staff) {
  let all: Array<{ slug: string; name: string }> = [];
  const roles = staff.user.roles;
  if (hasRole(roles, 'ADMIN')) {
    const found = await execute(staff.caller, regionsForStaffQuery);
    if (!found.ok) {
      await unlessSignedOut(request, staff, found.error);
      apiProblem(found.error);
    }
    all = found.data.regions;
  }
  const bySlug = new Map<string, { slug: string; name: string }>();
  for (const r of [...regionsWithRole(roles, 'HR', all), ...regionsWithRole(roles, 'MAYOR', all)]) bySlug.set(r.slug, r);
  for (const g of roles) if (g.role === 'UNIT_OFFICER' && g.region) bySlug.set(g.region.slug, { slug: g.region.slug, name: g.region.name });
  const regions = [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
  const wanted = new URL(request.url).searchParams.get(HR_REGION_PARAM);
  const region = regions.find((r) => r.slug === wanted) ?? regions[0] ?? null;
  /** Whether the region-wide figures are theirs to read (HR, MAYOR of it; ADMIN). */
  const readsRegion = !!region && (hasRole(roles, 'ADMIN') || roles.some((g) => (g.role === 'HR' || g.role === 'MAYOR') && g.region?.slug === region.slug));
  return { regions, region, readsRegion };
}

/**
 * Whether this staff member changes the plan they were allowed to read: ADMIN, HR of the region, or
 * an officer (the API let them read it only for their own unit or one below it). A mayor reads.
 */
export function editsFollowUp(staff: Staff, regionSlug: string): boolean {
  const roles = staff.user.roles;
  return hasRole(roles, 'ADMIN') || roles.some((g) => (g.role === 'HR' && g.region?.slug === regionSlug) || g.role === 'UNIT_OFFICER');
}
