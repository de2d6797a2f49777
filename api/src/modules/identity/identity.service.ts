import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../common/errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { RoleGrant } from './role-grant.entity.js';
import { StaffAccount } from './staff-account.entity.js';
import { signToken, verifyToken } from './token.js';
import { Viewer } from './viewer.js';
import type { StaffUser } from './identity.types.js';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = await hashPassword('suara-no-such-account');

const WRONG_CREDENTIALS = new UnauthenticatedError({
  id: 'Email atau kata sandi salah.',
  en: 'Wrong email or password.',
});

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokenKey: Uint8Array,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: StaffUser }> {
    const account = await this.em.findOne(
      StaffAccount,
      { email: email.trim().toLowerCase(), active: true },
      { populate: ['passwordHash'] },
    );
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) throw WRONG_CREDENTIALS;
    account.lastLoginAt = new Date();
    await this.em.flush();
    const viewer = await this.viewerOf(account);
    return { token: await signToken(account.id, this.tokenKey), user: toStaffUser(viewer) };
  }

  /** The viewer behind a bearer token, or null when the token is missing, invalid or expired. */
  async viewerFromToken(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const accountId = await verifyToken(token, this.tokenKey);
    if (!accountId) return null;
    const account = await this.em.findOne(StaffAccount, { id: accountId, active: true });
    return account ? this.viewerOf(account) : null;
  }

  private async viewerOf(account: StaffAccount): Promise<Viewer> {
    const grants = await this.em.find(RoleGrant, { account: account.id }, { orderBy: { role: 'asc' } });
    return new Viewer(
      account.id,
      account.email,
      account.name,
      grants.map((g) => ({ role: g.role, regionId: g.region?.id ?? null, unitId: g.unit?.id ?? null })),
    );
  }
}

export function toStaffUser(viewer: Viewer): StaffUser {
  return {
    id: viewer.accountId,
    email: viewer.email,
    name: viewer.name,
    roles: viewer.grants.map((g) => ({ role: g.role, regionId: g.regionId, unitId: g.unitId })),
  };
}
