import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, UnauthenticatedError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import { hashPassword, needsRehash, verifyPassword } from './password.js';
import { checkPasswordPolicy } from './password-policy.js';
import { openSession, revokeSession, revokeSessionsOf, viewerOfSession } from './sessions.js';
import { admitSignIn, normalizeEmail, signInSucceeded, type SignInSecrets } from './sign-in-limits.js';
import { StaffAccount } from './staff-account.entity.js';
import { signToken, verifyToken } from './token.js';
import type { Viewer } from './viewer.js';
import type { StaffUser } from './identity.types.js';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = await hashPassword('suara-no-such-account');

const WRONG_CREDENTIALS = new UnauthenticatedError({
  id: 'Email atau kata sandi salah.',
  en: 'Wrong email or password.',
});

export interface SignInAttempt {
  address: string;
  userAgent: string;
  proofOfWork?: string | null;
  secrets: SignInSecrets;
}

export interface AuthResult {
  token: string;
  expiresAt: Date;
  user: StaffUser;
}

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokenKey: Uint8Array,
  ) {}

  /**
   * Signs a staff member in, behind the sign-in limits (sign-in-limits.ts): the attempt is admitted
   * (or refused with RATE_LIMITED) before the password is checked, and an unknown email goes through
   * exactly the same steps as a known one with a wrong password. Each sign-in opens a session.
   */
  async login(email: string, password: string, attempt: SignInAttempt): Promise<AuthResult> {
    const normalized = normalizeEmail(email);
    const counters = await admitSignIn(this.em, { email: normalized, address: attempt.address, proofOfWork: attempt.proofOfWork }, attempt.secrets);
    const account = await this.em.findOne(StaffAccount, { email: normalized, active: true }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) throw WRONG_CREDENTIALS;
    await signInSucceeded(this.em, counters, account.id);
    // The password is at hand only now: a hash made with older (cheaper) parameters is upgraded.
    if (needsRehash(account.passwordHash)) {
      const q = sql`update staff_account set password_hash = ${await hashPassword(password)} where id = ${account.id}::uuid and password_hash = ${account.passwordHash}`;
      await this.em.execute(q.text, q.params);
    }
    return this.startSession(account.id, attempt.userAgent);
  }

  /** The viewer behind a bearer token, or null unless the token is ours, unexpired and names a live session of an active account. */
  async viewerFromToken(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const claims = await verifyToken(token, this.tokenKey);
    if (!claims) return null;
    return viewerOfSession(this.em, claims.accountId, claims.sessionId);
  }

  /** Ends the session of this request's token. */
  async logout(viewer: Viewer): Promise<boolean> {
    if (viewer.session) await revokeSession(this.em, viewer.session.sessionId);
    return true;
  }

  /**
   * The signed-in staff member chooses a new password. The current one is checked behind the same
   * limits as a sign-in (a stolen session must not become a free password-guessing oracle); the new
   * one must meet the policy (password-policy.ts). Every session of the account ends, this one too,
   * and a new one starts: the answer carries its token.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, attempt: SignInAttempt): Promise<AuthResult> {
    const counters = await admitSignIn(this.em, { email: viewer.email, address: attempt.address, proofOfWork: attempt.proofOfWork }, attempt.secrets);
    const account = await this.em.findOneOrFail(StaffAccount, { id: viewer.accountId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      const message = { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' };
      throw new BadInputError(message, [{ field: 'currentPassword', message }]);
    }
    await signInSucceeded(this.em, counters, account.id);
    checkPasswordPolicy(newPassword, account.email);
    if (newPassword === currentPassword) {
      const message = { id: 'Kata sandi baru harus berbeda dari yang lama.', en: 'The new password must differ from the current one.' };
      throw new BadInputError(message, [{ field: 'newPassword', message }]);
    }
    const hash = await hashPassword(newPassword);
    const result = await this.em.transactional(async (tx) => {
      const q = sql`update staff_account set password_hash = ${hash}, must_change_password = false, demo_password = false where id = ${account.id}::uuid`;
      await tx.execute(q.text, q.params);
      await revokeSessionsOf(tx, account.id);
      return new IdentityService(tx, this.tokenKey).startSession(account.id, attempt.userAgent);
    });
    return result;
  }

  private async startSession(accountId: string, userAgent: string): Promise<AuthResult> {
    const session = await openSession(this.em, accountId, userAgent);
    const viewer = await viewerOfSession(this.em, accountId, session.id);
    if (!viewer) throw WRONG_CREDENTIALS;
    const token = await signToken({ accountId, sessionId: session.id }, session.expiresAt, this.tokenKey);
    return { token, expiresAt: session.expiresAt, user: toStaffUser(viewer) };
  }
}

/**
 * Active staff accounts that still sign in with the demo world's public password (StaffAccount
 * `demoPassword`): 0 on an install meant for real use.
 */
export async function countPublicPasswordAccounts(em: EntityManager): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from staff_account where demo_password and active');
  return row?.n ?? 0;
}

/**
 * `pnpm suara demo:deactivate-accounts`: every active account still on the demo's public password
 * can no longer sign in, and its sessions end now. Returns their emails.
 */
export async function deactivatePublicPasswordAccounts(em: EntityManager): Promise<string[]> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<Array<{ email: string }>>('update staff_account set active = false where demo_password and active returning email');
    await tx.execute(
      `update staff_session set revoked_at = now() where revoked_at is null and account_id in (select id from staff_account where demo_password and not active)`,
    );
    return rows.map((r) => r.email).sort();
  });
}

/** The signed-in viewer as GraphQL shows them. */
export function toStaffUser(viewer: Viewer): StaffUser {
  return {
    id: viewer.accountId,
    email: viewer.email,
    name: viewer.name,
    active: true,
    mustChangePassword: viewer.mustChangePassword,
    lastLoginAt: viewer.session?.lastLoginAt ?? null,
    createdAt: viewer.session?.createdAt ?? new Date(0),
    roles: viewer.grants.map((g) => ({ id: g.id ?? '', role: g.role, regionId: g.regionId, unitId: g.unitId })),
  };
}
