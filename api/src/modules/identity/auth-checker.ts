import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../../common/errors.js';
import type { Context } from '../../graphql/context.js';
import type { Role } from '../../common/enums.js';

/** What a staff member whose password must change may still do (decision record 0014). */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['Query.me', 'Query.publicPasswordAccounts', 'Mutation.changePassword', 'Mutation.logout']);

export const passwordChangeRequired = () =>
  new ForbiddenError(
    {
      id: 'Ganti kata sandi sementara Anda terlebih dahulu, lalu coba lagi.',
      en: 'Change your temporary password first, then try again.',
    },
    { reason: 'PASSWORD_CHANGE_REQUIRED' },
  );

/**
 * `@Authorized(...roles)`: the caller must be signed in and hold one of the roles somewhere.
 * Whether the grant covers the region or unit of the data is checked by the service that touches
 * the data (CONTRACT.md: every role-scoped operation checks the caller's grant).
 *
 * It is also the one place where a forced password change is enforced: every staff operation passes
 * here, public ones never do (and stay public), so while `mustChangePassword` holds, everything but
 * `me`, `publicPasswordAccounts` (the staff pages' demo warning), `changePassword` and `logout` is FORBIDDEN with `reason: PASSWORD_CHANGE_REQUIRED`. Field
 * names are read from the schema (`info.parentType`, `info.fieldName`), never from an alias.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (viewer.mustChangePassword && !WHILE_PASSWORD_CHANGE_REQUIRED.has(`${info.parentType.name}.${info.fieldName}`)) {
    throw passwordChangeRequired();
  }
  return roles.length === 0 || roles.some((role) => viewer.hasRole(role));
};
