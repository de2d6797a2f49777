import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../common/errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { RoleGrant } from './role-grant.entity.js';
import { admitSignIn, normalizeEmail, signInSucceeded, type SignInSecrets } from './sign-in-limits.js';
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

  /**
   * Signs a staff member in, behind the sign-in limits (sign-in-limits.ts): the attempt is admitted
   * (or refused with RATE_LIMITED) before the password is checked, and an unknown email goes through
   * exactly the same steps as a known one with a wrong password.
   */
  async login(
    email: string,
    password: string,
    attempt: { address: string; proofOfWork?: string | null; secrets: SignInSecrets },
  ): Promise<{ token: string; user: StaffUser }> {
    const normalized = normalizeEmail(email);
    const counters = await admitSignIn(this.em, { email: normalized, address: attempt.address, proofOfWork: attempt.proofOfWork }, attempt.secrets);
    const account = await this.em.findOne(StaffAccount, { email: normalized, active: true }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) throw WRONG_CREDENTIALS;
    await signInSucceeded(this.em, counters, account.id);
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
