import { Role } from '../../common/enums.js';

export interface Grant {
  /** The grant's id (absent in unit tests that build viewers by hand). */
  id?: string;
  role: Role;
  regionId: string | null;
  unitId: string | null;
}

/** What the request's session says about the account beyond its roles (sessions.ts). */
export interface ViewerSession {
  sessionId: string;
  /** Until the owner changes it, only `me`, `changePassword` and `logout` answer (auth-checker.ts). */
  mustChangePassword: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

/** The signed-in staff member of a request, with the scopes of their roles. */
export class Viewer {
  constructor(
    readonly accountId: string,
    readonly email: string,
    readonly name: string,
    readonly grants: readonly Grant[],
    readonly session: ViewerSession | null = null,
  ) {}

  get mustChangePassword(): boolean {
    return this.session?.mustChangePassword ?? false;
  }

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
