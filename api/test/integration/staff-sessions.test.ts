import { randomBytes, scryptSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { CHANGE_PASSWORD, codeOf, LOGIN_FULL, loginAs, newAccount, strongPassword, whoAmI, type LoginAnswer } from '../support/staff.js';

/**
 * Staff sessions (decision record 0014): a token works only while the session it names lives —
 * logout, a password change, a reset and deactivation end it at once; a token without an expiry or
 * a session is refused even when correctly signed.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(query, params);

describe('signing in', () => {
  it('gives a token that ends with its session in 12 hours, and says so', async () => {
    const account = await newAccount(api);
    const before = Date.now();
    const res = await api.gql<LoginAnswer>(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp(), headers: { 'user-agent': `Peramban Uji ${'x'.repeat(400)}` } });
    expect(res.errors).toBeUndefined();
    const login = res.data!.login;
    const expiresAt = new Date(login.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThan(12 * 3600_000 - 60_000);
    expect(expiresAt - before).toBeLessThan(12 * 3600_000 + 60_000);
    expect(login.user).toMatchObject({ email: account.email, mustChangePassword: false, active: true });
    expect(login.user.lastLoginAt).not.toBeNull();
    const [session] = await sql<{ user_agent: string; revoked_at: Date | null }>('select user_agent, revoked_at from staff_session where account_id = ?', [account.id]);
    expect(session!.user_agent).toHaveLength(200);
    expect(session!.revoked_at).toBeNull();
    expect(await whoAmI(api, login.token)).toBe(account.email);
  });
});

describe('password hashes', () => {
  it('replaces a hash made by the earlier scheme (scrypt) with argon2id at the next sign-in, and the password keeps working', async () => {
    const account = await newAccount(api);
    const salt = randomBytes(16);
    const key = scryptSync(account.password.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
    const old = ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    await sql('update staff_account set password_hash = ? where id = ?', [old, account.id]);
    await loginAs(api, account);
    const [row] = await sql<{ password_hash: string }>('select password_hash from staff_account where id = ?', [account.id]);
    expect(row!.password_hash).not.toBe(old);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await whoAmI(api, await loginAs(api, account))).toBe(account.email);
  });
});

describe('ending sessions', () => {
  it('refuses the token after logout, while another sign-in of the same person keeps working', async () => {
    const account = await newAccount(api);
    const laptop = await loginAs(api, account);
    const phone = await loginAs(api, account);
    const res = await api.gql<{ logout: boolean }>('mutation { logout }', {}, { token: laptop });
    expect(res.data?.logout).toBe(true);
    expect(await whoAmI(api, laptop)).toBeNull();
    expect(codeOf(await api.gql('mutation { logout }', {}, { token: laptop }))).toBe('UNAUTHENTICATED');
    expect(await whoAmI(api, phone)).toBe(account.email);
  });

  it('ends every other sign-in after a password change and hands back a new token that works', async () => {
    const account = await newAccount(api);
    const laptop = await loginAs(api, account);
    const phone = await loginAs(api, account);
    const newPassword = strongPassword();
    const res = await api.gql<{ changePassword: { token: string; expiresAt: string; user: { email: string } } }>(
      CHANGE_PASSWORD,
      { c: account.password, n: newPassword },
      { token: laptop, clientIp: freshClientIp() },
    );
    expect(res.errors).toBeUndefined();
    const fresh = res.data!.changePassword.token;
    expect(await whoAmI(api, laptop)).toBeNull();
    expect(await whoAmI(api, phone)).toBeNull();
    expect(await whoAmI(api, fresh)).toBe(account.email);
    // The old password no longer signs in; the new one does.
    expect(codeOf(await api.gql(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp() }))).toBe('UNAUTHENTICATED');
    expect(await whoAmI(api, await loginAs(api, { email: account.email, password: newPassword }))).toBe(account.email);
  });

  it('refuses the token of an account deactivated behind the API, on the very next request', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    await sql('update staff_account set active = false where id = ?', [account.id]);
    expect(await whoAmI(api, token)).toBeNull();
  });

  it('refuses a session that has expired even though the token is still signed', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    await sql(`update staff_session set expires_at = now() - interval '1 second' where account_id = ?`, [account.id]);
    expect(await whoAmI(api, token)).toBeNull();
  });
});

describe('tokens the API did not issue with a session', () => {
  const key = () => api.app.secrets.tokenKey;

  it('refuses a correctly signed token without an expiry', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    const [session] = await sql<{ id: string }>('select id from staff_session where account_id = ?', [account.id]);
    const forever = await new SignJWT({ sid: session!.id }).setProtectedHeader({ alg: 'HS256' }).setSubject(account.id).setIssuer('suara').setIssuedAt().sign(key());
    expect(await whoAmI(api, forever)).toBeNull();
    // The same session with an expiry is accepted: only the missing `exp` was wrong.
    expect(await whoAmI(api, token)).toBe(account.email);
  });

  it('refuses a correctly signed token that names no session, or a session of someone else', async () => {
    const account = await newAccount(api);
    const other = await newAccount(api);
    await loginAs(api, other);
    const [otherSession] = await sql<{ id: string }>('select id from staff_session where account_id = ?', [other.id]);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(account.id).setIssuer('suara').setIssuedAt().setExpirationTime('1h').sign(key());
    expect(await whoAmI(api, await sign({}))).toBeNull();
    expect(await whoAmI(api, await sign({ sid: '6d1c8f5e-0000-4000-8000-000000000000' }))).toBeNull();
    expect(await whoAmI(api, await sign({ sid: otherSession!.id }))).toBeNull();
    expect(await whoAmI(api, await sign({ sid: 'not-a-uuid' }))).toBeNull();
  });
});

describe('changing one’s password', () => {
  it('says the current password is wrong beside that field, and counts it as a failed sign-in', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    const res = await api.gql(CHANGE_PASSWORD, { c: 'bukan-kata-sandinya', n: strongPassword() }, { token, clientIp: freshClientIp(), lang: 'en' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.fields).toEqual([{ field: 'currentPassword', message: 'The current password is wrong.' }]);
    // Guessing goes through the sign-in limits: after 5 wrong guesses a solved check is needed.
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await api.gql(CHANGE_PASSWORD, { c: `tebakan-${i}`, n: strongPassword() }, { token, clientIp: freshClientIp() })));
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Nothing changed: the session still works and the password still signs in.
    expect(await whoAmI(api, token)).toBe(account.email);
  });

  it('refuses short, common and email-like passwords with a message in both languages', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    const cases: Array<[string, RegExp, RegExp]> = [
      ['pendek-11ch', /minimal 12 karakter/, /at least 12 characters/],
      ['password1234', /terlalu umum/, /too common/],
      ['aaaaaaaaaaaaaaa', /terlalu umum/, /too common/],
      [account.email.toUpperCase(), /alamat email/, /email address/],
      [account.email.split('@')[0]!, /alamat email/, /email address/],
    ];
    for (const [candidate, id, en] of cases) {
      const inId = await api.gql(CHANGE_PASSWORD, { c: account.password, n: candidate }, { token, clientIp: freshClientIp() });
      const inEn = await api.gql(CHANGE_PASSWORD, { c: account.password, n: candidate }, { token, clientIp: freshClientIp(), lang: 'en' });
      expect(codeOf(inId), candidate).toBe('BAD_USER_INPUT');
      expect(inId.errors![0]!.message).toMatch(id);
      expect(inEn.errors![0]!.message).toMatch(en);
      expect((inEn.errors![0]!.extensions!.fields as Array<{ field: string }>)[0]!.field).toBe('newPassword');
    }
    expect(await whoAmI(api, token)).toBe(account.email);
  });
});

describe('a password the person must change', () => {
  it('lets them sign in, see themselves, change it and go on with a token that no longer asks', async () => {
    const account = await newAccount(api, { mustChangePassword: true });
    const res = await api.gql<LoginAnswer>(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp() });
    expect(res.data!.login.user.mustChangePassword).toBe(true);
    const token = res.data!.login.token;
    const me = await api.gql<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }', {}, { token });
    expect(me.data!.me.mustChangePassword).toBe(true);
    const changed = await api.gql<{ changePassword: { token: string; user: { mustChangePassword: boolean } } }>(
      CHANGE_PASSWORD,
      { c: account.password, n: strongPassword() },
      { token, clientIp: freshClientIp() },
    );
    expect(changed.data!.changePassword.user.mustChangePassword).toBe(false);
    const after = await api.gql<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }', {}, { token: changed.data!.changePassword.token });
    expect(after.data!.me.mustChangePassword).toBe(false);
  });

  it('still lets them read public pages and log out', async () => {
    const account = await newAccount(api, { mustChangePassword: true });
    const token = await loginAs(api, account);
    const regions = await api.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }', {}, { token });
    expect(regions.errors).toBeUndefined();
    expect(regions.data!.regions.length).toBeGreaterThan(0);
    expect((await api.gql<{ logout: boolean }>('mutation { logout }', {}, { token })).data?.logout).toBe(true);
  });
});

describe('many people at once', () => {
  it('signs in 20 different people and changes their passwords at the same moment, with the default pool', async () => {
    const accounts = await Promise.all(Array.from({ length: 20 }, () => newAccount(api)));
    const tokens = await Promise.all(accounts.map((a) => loginAs(api, a)));
    const fresh = accounts.map(() => strongPassword());
    const answers = await Promise.all(
      accounts.map((a, i) => api.gql<{ changePassword: { token: string } }>(CHANGE_PASSWORD, { c: a.password, n: fresh[i] }, { token: tokens[i], clientIp: freshClientIp() })),
    );
    expect(answers.map(codeOf)).toEqual(Array(20).fill('OK'));
    const emails = await Promise.all(answers.map((r) => whoAmI(api, r.data!.changePassword.token)));
    expect(emails).toEqual(accounts.map((a) => a.email));
    expect(await Promise.all(tokens.map((t) => whoAmI(api, t)))).toEqual(Array(20).fill(null));
  });
});
