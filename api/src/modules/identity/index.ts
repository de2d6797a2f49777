export { StaffAccount } from './staff-account.entity.js';
export { RoleGrant } from './role-grant.entity.js';
export { InstanceSecret } from './instance-secret.entity.js';
export { Viewer, type Grant } from './viewer.js';
export { hashPassword, verifyPassword } from './password.js';
export { loadSecrets, type Secrets } from './secrets.js';
export { IdentityService } from './identity.service.js';
export { IdentityResolver, RoleGrantResolver } from './identity.resolver.js';
export { authChecker } from './auth-checker.js';
