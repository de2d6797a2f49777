import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/modules/identity/index.js';
import type { GraphQLResponse, TestApi } from './api.js';
import { freshClientIp } from './feedback.js';

/** A strong password no policy refuses, different on every call. */
export const strongPassword = () => `tiga-kata-acak-${randomUUID().slice(0, 8)}`;

export interface TestAccount {
  id: string;
  email: string;
  password: string;
}

/** A new active staff account, optionally with roles (`ADMIN`, or a region role with its region id). */
export async function newAccount(
  api: TestApi,
  options: { password?: string; mustChangePassword?: boolean; grants?: Array<{ role: string; regionId?: string | null; unitId?: string | null }> } = {},
): Promise<TestAccount> {
  const id = randomUUID();
  const email = `akun-${id.slice(0, 12)}@uji.suara.demo`;
  const password = options.password ?? strongPassword();
  const em = api.orm.em.fork();
  await em.execute(
    'insert into staff_account (id, created_at, email, name, password_hash, active, must_change_password) values (?, now(), ?, ?, ?, true, ?)',
    [id, email, `Staf Uji ${id.slice(0, 4)}`, await hashPassword(password), options.mustChangePassword ?? false],
  );
  for (const g of options.grants ?? []) {
    await em.execute('insert into role_grant (id, created_at, account_id, role, region_id, unit_id) values (gen_random_uuid(), now(), ?, ?, ?, ?)', [
      id,
      g.role,
      g.regionId ?? null,
      g.unitId ?? null,
    ]);
  }
  return { id, email, password };
}

export const LOGIN_FULL =
  'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id email mustChangePassword active lastLoginAt createdAt } } }';

export interface LoginAnswer {
  login: { token: string; expiresAt: string; user: { id: string; email: string; mustChangePassword: boolean; active: boolean; lastLoginAt: string | null; createdAt: string } };
}

/** Signs in from an address of its own (so tests never meet each other's sign-in limits); returns the token. */
export async function loginAs(api: TestApi, account: { email: string; password: string }): Promise<string> {
  const res = await api.gql<LoginAnswer>(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp() });
  if (!res.data?.login) throw new Error(`login failed for ${account.email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** `{ me { email } }` with this token: the email, or null when the token is not accepted. */
export async function whoAmI(api: TestApi, token: string): Promise<string | null> {
  const res = await api.gql<{ me: { email: string } | null }>('{ me { email } }', {}, { token, clientIp: freshClientIp() });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.me?.email ?? null;
}

export const CHANGE_PASSWORD =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token expiresAt user { email mustChangePassword } } }';

export const codeOf = (res: GraphQLResponse): string => (res.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
