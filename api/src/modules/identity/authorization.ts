import { ForbiddenError, UnauthenticatedError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import type { Viewer } from './viewer.js';

/**
 * The one place where a staff operation's role AND scope are checked (CONTRACT.md: every
 * role-scoped operation checks the caller's grant for the region or unit of the data it touches).
 * Resolvers declare the roles with `@Authorized(...)` (signed in, holds one of them somewhere); the
 * service that touches the data calls `authorize` with the scope of that data:
 *
 *   const viewer = authorize(ctx.viewer, await ctx.catalog(), [Role.MODERATOR], { regionId: item.regionId });
 *
 * Rules:
 * - ADMIN may do everything, everywhere.
 * - MODERATOR, HR and MAYOR act over their grant's region: any data of that region, any unit in it.
 * - UNIT_OFFICER acts for the unit of the grant and every unit below it in the tree (an officer of
 *   Dinas Kesehatan also answers for its puskesmas), never for a sibling or a parent.
 * - A region-wide scope (`{ regionId }`) is covered by region roles only; a unit officer covers a
 *   unit scope (`{ unitId }`), which region roles cover too when the unit lies in their region.
 */
export interface Scope {
  regionId?: string;
  unitId?: string;
}

/** True when `viewer` holds one of `roles` over `scope`. */
export function covers(viewer: Viewer, catalog: CatalogSnapshot, roles: readonly Role[], scope: Scope): boolean {
  if (viewer.isAdmin) return true;
  const unit = scope.unitId ? catalog.unit(scope.unitId) : null;
  if (scope.unitId && !unit) return false;
  const regionId = unit?.regionId ?? scope.regionId ?? null;
  if (scope.regionId && unit && unit.regionId !== scope.regionId) return false;
  return viewer.grants.some((grant) => {
    if (!roles.includes(grant.role)) return false;
    if (grant.role === Role.UNIT_OFFICER) {
      if (!unit || !grant.unitId) return false;
      // Walk up from the data's unit: the grant covers it when the grant's unit is on the way.
      for (let current: typeof unit | null = unit; current; current = current.parentId ? catalog.unit(current.parentId) : null) {
        if (current.id === grant.unitId) return true;
      }
      return false;
    }
    return regionId !== null && grant.regionId === regionId;
  });
}

/**
 * The viewer, when they hold one of `roles` over `scope`; otherwise UNAUTHENTICATED (no one is
 * signed in) or FORBIDDEN (signed in, but not for this).
 */
export function authorize(viewer: Viewer | null, catalog: CatalogSnapshot, roles: readonly Role[], scope: Scope): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!covers(viewer, catalog, roles, scope)) throw new ForbiddenError();
  return viewer;
}
