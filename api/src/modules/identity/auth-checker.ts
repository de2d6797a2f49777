import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../../common/errors.js';
import type { Context } from '../../graphql/context.js';
import type { Role } from '../../common/enums.js';

/**
 * `@Authorized(...roles)`: the caller must be signed in and hold one of the roles somewhere.
 * Whether the grant covers the region or unit of the data is checked by the service that touches
 * the data (CONTRACT.md: every role-scoped operation checks the caller's grant).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  return roles.length === 0 || roles.some((role) => viewer.hasRole(role));
};
