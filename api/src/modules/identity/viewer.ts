import { Role } from '../../common/enums.js';

export interface Grant {
  role: Role;
  regionId: string | null;
  unitId: string | null;
}

/** The signed-in staff member of a request, with the scopes of their roles. */
export class Viewer {
  constructor(
    readonly accountId: string,
    readonly email: string,
    readonly name: string,
    readonly grants: readonly Grant[],
  ) {}

  get isAdmin(): boolean {
    return this.grants.some((g) => g.role === Role.ADMIN);
  }

  hasRole(role: Role): boolean {
    return this.isAdmin || this.grants.some((g) => g.role === role);
  }

  /** ADMIN, or `role` over the whole region. */
  can(role: Role, regionId: string): boolean {
    return this.isAdmin || this.grants.some((g) => g.role === role && g.regionId === regionId);
  }

  /** ADMIN, or UNIT_OFFICER of exactly this unit. */
  canActForUnit(unitId: string): boolean {
    return this.isAdmin || this.grants.some((g) => g.role === Role.UNIT_OFFICER && g.unitId === unitId);
  }
}
