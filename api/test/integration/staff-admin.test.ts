import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { CHANGE_PASSWORD, codeOf, LOGIN_FULL, loginAs, newAccount, strongPassword, whoAmI, type LoginAnswer } from '../support/staff.js';

/**
 * Admins manage staff accounts and roles (issue 8): temporary passwords shown once and changed at the
 * first sign-in, resets and deactivation that end sessions at once, role grants checked for their
 * scope, the last active admin kept, and every change in the append-only audit log.
 */
let api: TestApi;
let admin: string;
let adminId: string;
let mataram: { id: string; unitId: string };
let kupangUnitId: string;

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(query, params);

beforeAll(async () => {
  api = await startTestApi();
  const account = await newAccount(api, { grants: [{ role: 'ADMIN' }] });
  adminId = account.id;
  admin = await loginAs(api, account);
  const [r] = await sql<{ id: string; unit_id: string }>(`select r.id, (select u.id from unit u where u.region_id = r.id order by u.name limit 1) as unit_id from region r where r.slug = 'mataram'`);
  mataram = { id: r!.id, unitId: r!.unit_id };
  const [k] = await sql<{ id: string }>(`select u.id from unit u join region r on r.id = u.region_id where r.slug = 'kupang' order by u.name limit 1`);
  kupangUnitId = k!.id;
});
afterAll(async () => {
  await api.close();
});

const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
  api.gql<T>(query, variables, { token, clientIp: freshClientIp(), lang: 'en' });

const fieldsOf = (res: GraphQLResponse) => ((res.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string }>).map((f) => f.field);

const CREATE = `mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { temporaryPassword user { id email name active mustChangePassword roles { id role } } } }`;
const UPDATE = `mutation ($id: ID!, $i: UpdateStaffAccountInput!) { updateStaffAccount(id: $id, input: $i) { id email name } }`;
const RESET = `mutation ($id: ID!) { resetStaffPassword(id: $id) { temporaryPassword user { id mustChangePassword } } }`;
const SET_ACTIVE = `mutation ($id: ID!, $a: Boolean!) { setStaffAccountActive(id: $id, active: $a) { id active } }`;
const GRANT = `mutation ($i: GrantRoleInput!) { grantRole(input: $i) { id role region { slug } unit { id } } }`;
const REVOKE = `mutation ($id: ID!) { revokeRole(grantId: $id) }`;
const AUDIT = `query ($t: AdminEntityType, $id: ID, $first: Int, $after: String) { adminAuditLog(entityType: $t, entityId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at action entityType entityId before after actor { name email } } } } }`;

interface AuditNode {
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor: { name: string; email: string | null };
}
async function auditOf(entityId: string): Promise<AuditNode[]> {
  const res = await gql<{ adminAuditLog: { edges: Array<{ node: AuditNode }> } }>(AUDIT, { id: entityId });
  expect(res.errors).toBeUndefined();
  return res.data!.adminAuditLog.edges.map((e) => e.node);
}

const uniqueEmail = () => `baru-${randomUUID().slice(0, 10)}@uji.suara.demo`;

async function createAccount(name = 'Staf Baru'): Promise<{ id: string; email: string; temporaryPassword: string }> {
  const email = uniqueEmail();
  const res = await gql<{ createStaffAccount: { temporaryPassword: string; user: { id: string } } }>(CREATE, { i: { email, name } });
  expect(res.errors).toBeUndefined();
  return { id: res.data!.createStaffAccount.user.id, email, temporaryPassword: res.data!.createStaffAccount.temporaryPassword };
}

describe('creating a staff account', () => {
  it('gives a strong temporary password once, which signs in but must be changed before anything else', async () => {
    const email = uniqueEmail();
    const res = await gql<{ createStaffAccount: { temporaryPassword: string; user: { id: string; email: string; active: boolean; mustChangePassword: boolean; roles: unknown[] } } }>(
      CREATE,
      { i: { email: `  ${email.toUpperCase()} `, name: '  Ni Luh Putu  ' } },
    );
    expect(res.errors).toBeUndefined();
    const { temporaryPassword, user } = res.data!.createStaffAccount;
    expect(user).toMatchObject({ email, active: true, mustChangePassword: true, roles: [] });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);

    // The new person signs in with it and may only see themselves, change the password or log out.
    const login = await api.gql<LoginAnswer>(LOGIN_FULL, { e: email, p: temporaryPassword }, { clientIp: freshClientIp() });
    const token = login.data!.login.token;
    expect(login.data!.login.user.mustChangePassword).toBe(true);
    await gql(GRANT, { i: { accountId: user.id, role: 'ADMIN' } });
    const blocked = await gql('{ staffAccounts { totalCount } }', {}, token);
    expect(codeOf(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors![0]!.extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.errors![0]!.message).toMatch(/temporary password/);
    // An alias does not sneak past: the field's own name is what counts.
    const aliased = await gql('{ me: staffAccounts { totalCount } }', {}, token);
    expect(aliased.errors![0]!.extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await gql<{ changePassword: { token: string } }>(CHANGE_PASSWORD, { c: temporaryPassword, n: strongPassword() }, token);
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await gql('{ staffAccounts { totalCount } }', {}, changed.data!.changePassword.token))).toBe('OK');

    // The audit log has the creation, without any password.
    const [entry] = (await auditOf(user.id)).filter((e) => e.action === 'CREATE_STAFF_ACCOUNT');
    expect(entry).toMatchObject({ entityType: 'STAFF_ACCOUNT', before: null, after: { email, name: 'Ni Luh Putu', active: true, mustChangePassword: true } });
    expect(JSON.stringify(await auditOf(user.id))).not.toContain(temporaryPassword);
    const [stored] = await sql<{ n: number }>(`select count(*)::int as n from admin_audit_entry where before::text ilike '%scrypt%' or after::text ilike '%scrypt%' or before::text ilike '%argon2%' or after::text ilike '%argon2%'`);
    expect(stored!.n).toBe(0);
  });

  it('refuses an email already in use and a malformed one, beside the field, and stores nothing', async () => {
    const existing = await createAccount();
    const [before] = await sql<{ n: number }>('select count(*)::int as n from staff_account');
    const taken = await gql(CREATE, { i: { email: existing.email.toUpperCase(), name: 'Orang Lain' } });
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(taken)).toEqual(['email']);
    expect(taken.errors![0]!.message).toMatch(/already used/);
    const bad = await gql(CREATE, { i: { email: 'bukan-email', name: ' ' } });
    expect(fieldsOf(bad).sort()).toEqual(['email', 'name']);
    const [after] = await sql<{ n: number }>('select count(*)::int as n from staff_account');
    expect(after!.n).toBe(before!.n);
  });

  it('creates 20 different accounts at once, each with its own password, and one of two identical ones', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => gql<{ createStaffAccount: { temporaryPassword: string } }>(CREATE, { i: { email: uniqueEmail(), name: `Serentak ${i}` } })));
    expect(answers.map(codeOf)).toEqual(Array(20).fill('OK'));
    expect(new Set(answers.map((a) => a.data!.createStaffAccount.temporaryPassword)).size).toBe(20);
    const email = uniqueEmail();
    const twins = await Promise.all([gql(CREATE, { i: { email, name: 'Kembar' } }), gql(CREATE, { i: { email, name: 'Kembar' } })]);
    expect(twins.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
  });
});

describe('changing an account', () => {
  it('renames and moves the email, with before and after in the log', async () => {
    const account = await createAccount('Nama Lama');
    const email = uniqueEmail();
    const res = await gql<{ updateStaffAccount: { name: string; email: string } }>(UPDATE, { id: account.id, i: { name: 'Nama Baru', email } });
    expect(res.data!.updateStaffAccount).toEqual({ id: account.id, name: 'Nama Baru', email });
    const [entry] = (await auditOf(account.id)).filter((e) => e.action === 'UPDATE_STAFF_ACCOUNT');
    expect(entry!.before).toMatchObject({ name: 'Nama Lama', email: account.email });
    expect(entry!.after).toMatchObject({ name: 'Nama Baru', email });
    expect(entry!.actor.email).toMatch(/@uji\.suara\.demo$/);
    const other = await createAccount();
    expect(fieldsOf(await gql(UPDATE, { id: account.id, i: { email: other.email } }))).toEqual(['email']);
    expect(codeOf(await gql(UPDATE, { id: randomUUID(), i: { name: 'Siapa' } }))).toBe('NOT_FOUND');
  });

  it('resets a password: the old sessions end, the old password no longer works, the new one must be changed', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    const res = await gql<{ resetStaffPassword: { temporaryPassword: string; user: { mustChangePassword: boolean } } }>(RESET, { id: account.id });
    expect(res.data!.resetStaffPassword.user.mustChangePassword).toBe(true);
    expect(await whoAmI(api, token)).toBeNull();
    expect(codeOf(await api.gql(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp() }))).toBe('UNAUTHENTICATED');
    const fresh = await loginAs(api, { email: account.email, password: res.data!.resetStaffPassword.temporaryPassword });
    expect((await api.gql<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }', {}, { token: fresh })).data!.me.mustChangePassword).toBe(true);
    const [entry] = (await auditOf(account.id)).filter((e) => e.action === 'RESET_STAFF_PASSWORD');
    expect(entry!.after).toEqual({ mustChangePassword: true, sessionsEnded: true });
    expect(JSON.stringify(entry)).not.toContain(res.data!.resetStaffPassword.temporaryPassword);
  });

  it('deactivates an account: its token is refused on the very next request and it cannot sign in; reactivating lets it sign in again', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    const res = await gql<{ setStaffAccountActive: { active: boolean } }>(SET_ACTIVE, { id: account.id, a: false });
    expect(res.data!.setStaffAccountActive.active).toBe(false);
    expect(codeOf(await api.gql('mutation { logout }', {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN_FULL, { e: account.email, p: account.password }, { clientIp: freshClientIp() }))).toBe('UNAUTHENTICATED');
    await gql(SET_ACTIVE, { id: account.id, a: true });
    expect(await whoAmI(api, await loginAs(api, account))).toBe(account.email);
    // The old token stays dead: reactivation does not revive sessions.
    expect(await whoAmI(api, token)).toBeNull();
    expect((await auditOf(account.id)).map((e) => e.action).slice(0, 2)).toEqual(['ACTIVATE_STAFF_ACCOUNT', 'DEACTIVATE_STAFF_ACCOUNT']);
  });

  it('does not let an admin deactivate themself', async () => {
    const res = await gql(SET_ACTIVE, { id: adminId, a: false });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/your own account/);
    expect(await whoAmI(api, admin)).not.toBeNull();
  });
});

describe('roles', () => {
  it('grants each role with its own scope and refuses a wrong or duplicate one', async () => {
    const account = await createAccount();
    const ok = async (input: Record<string, unknown>) => {
      const res = await gql<{ grantRole: { id: string; role: string; region: { slug: string } | null; unit: { id: string } | null } }>(GRANT, { i: { accountId: account.id, ...input } });
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      return res.data!.grantRole;
    };
    expect(await ok({ role: 'MODERATOR', regionId: mataram.id })).toMatchObject({ role: 'MODERATOR', region: { slug: 'mataram' }, unit: null });
    // A unit officer's region is the unit's.
    expect(await ok({ role: 'UNIT_OFFICER', unitId: kupangUnitId })).toMatchObject({ role: 'UNIT_OFFICER', region: { slug: 'kupang' }, unit: { id: kupangUnitId } });

    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'ADMIN', regionId: mataram.id } }))).toEqual(['regionId']);
    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'HR' } }))).toEqual(['regionId']);
    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'MAYOR', regionId: mataram.id, unitId: mataram.unitId } }))).toEqual(['unitId']);
    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'UNIT_OFFICER' } }))).toEqual(['unitId']);
    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'UNIT_OFFICER', unitId: kupangUnitId, regionId: mataram.id } }))).toEqual(['regionId']);
    expect(fieldsOf(await gql(GRANT, { i: { accountId: account.id, role: 'HR', regionId: randomUUID() } }))).toEqual(['regionId']);
    expect(codeOf(await gql(GRANT, { i: { accountId: randomUUID(), role: 'ADMIN' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(GRANT, { i: { accountId: account.id, role: 'MODERATOR', regionId: mataram.id } }))).toBe('CONFLICT');
    // Two identical grants at once: one is stored.
    const twins = await Promise.all([1, 2].map(() => gql(GRANT, { i: { accountId: account.id, role: 'HR', regionId: mataram.id } })));
    expect(twins.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const [n] = await sql<{ n: number }>(`select count(*)::int as n from role_grant where account_id = ? and role = 'HR'`, [account.id]);
    expect(n!.n).toBe(1);
  });

  it('takes effect on the next request: a granted role works at once, a revoked one stops at once, both logged', async () => {
    const account = await newAccount(api);
    const token = await loginAs(api, account);
    expect(codeOf(await gql('{ staffAccounts(first: 1) { totalCount } }', {}, token))).toBe('FORBIDDEN');
    const granted = await gql<{ grantRole: { id: string } }>(GRANT, { i: { accountId: account.id, role: 'ADMIN' } });
    const grantId = granted.data!.grantRole.id;
    expect(codeOf(await gql('{ staffAccounts(first: 1) { totalCount } }', {}, token))).toBe('OK');
    expect((await gql<{ revokeRole: boolean }>(REVOKE, { id: grantId })).data!.revokeRole).toBe(true);
    expect(codeOf(await gql('{ staffAccounts(first: 1) { totalCount } }', {}, token))).toBe('FORBIDDEN');
    const log = await auditOf(grantId);
    expect(log.map((e) => e.action)).toEqual(['REVOKE_ROLE', 'GRANT_ROLE']);
    expect(log[0]).toMatchObject({ entityType: 'ROLE_GRANT', before: { accountId: account.id, role: 'ADMIN', regionId: null, unitId: null }, after: null });
    expect(codeOf(await gql(REVOKE, { id: grantId }))).toBe('NOT_FOUND');
  });
});

describe('the last active admin', () => {
  /** Runs `body` while the given admins are the only active ones; everyone else's ADMIN is set aside and put back. */
  async function onlyAdmins(ids: string[], body: () => Promise<void>): Promise<void> {
    const others = await sql<{ id: string }>(
      `select distinct a.id from staff_account a join role_grant g on g.account_id = a.id where g.role = 'ADMIN' and a.active and a.id <> all(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    const otherIds = others.map((o) => o.id);
    if (otherIds.length) await sql('update staff_account set active = false where id in (?)', [otherIds]);
    try {
      await body();
    } finally {
      if (otherIds.length) await sql('update staff_account set active = true where id in (?)', [otherIds]);
    }
  }

  it('is never removed: not by revoking its ADMIN role, not by deactivating it', async () => {
    const a = await newAccount(api, { grants: [{ role: 'ADMIN' }] });
    const b = await newAccount(api, { grants: [{ role: 'ADMIN' }] });
    const tokenA = await loginAs(api, a);
    const tokenB = await loginAs(api, b);
    await onlyAdmins([a.id, b.id], async () => {
      const [grantB] = await sql<{ id: string }>(`select id from role_grant where account_id = ? and role = 'ADMIN'`, [b.id]);
      const [grantA] = await sql<{ id: string }>(`select id from role_grant where account_id = ? and role = 'ADMIN'`, [a.id]);
      // Two admins removing each other at the same moment: one of them stays.
      const both = await Promise.all([gql(REVOKE, { id: grantB!.id }, tokenA), gql(REVOKE, { id: grantA!.id }, tokenB)]);
      // The loser hears CONFLICT (it was still an admin when it asked) or FORBIDDEN (it no longer was).
      const codes = both.map(codeOf);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(['CONFLICT', 'FORBIDDEN']).toContain(codes.find((c) => c !== 'OK'));
      const [left] = await sql<{ n: number }>(`select count(*)::int as n from role_grant where role = 'ADMIN' and account_id in (?, ?)`, [a.id, b.id]);
      expect(left!.n).toBe(1);
      const survivor = (await sql<{ account_id: string }>(`select account_id from role_grant where role = 'ADMIN' and account_id in (?, ?)`, [a.id, b.id]))[0]!.account_id;
      const survivorToken = survivor === a.id ? tokenA : tokenB;
      const [lastGrant] = await sql<{ id: string }>(`select id from role_grant where account_id = ? and role = 'ADMIN'`, [survivor]);
      const refused = await gql(REVOKE, { id: lastGrant!.id }, survivorToken);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors![0]!.message).toMatch(/last active admin/);
      expect(codeOf(await gql(SET_ACTIVE, { id: survivor, a: false }, survivorToken))).toBe('BAD_USER_INPUT');
    });
  });

  it('lets an admin deactivate another admin while one remains, and refuses when that one is the last', async () => {
    const a = await newAccount(api, { grants: [{ role: 'ADMIN' }] });
    const b = await newAccount(api, { grants: [{ role: 'ADMIN' }] });
    const tokenA = await loginAs(api, a);
    await onlyAdmins([a.id, b.id], async () => {
      expect(codeOf(await gql(SET_ACTIVE, { id: b.id, a: false }, tokenA))).toBe('OK');
      // Now a is the only active admin; b, inactive, cannot be used to remove it (b cannot sign in), and a cannot remove itself.
      const [grantA] = await sql<{ id: string }>(`select id from role_grant where account_id = ? and role = 'ADMIN'`, [a.id]);
      expect(codeOf(await gql(REVOKE, { id: grantA!.id }, tokenA))).toBe('CONFLICT');
    });
  });
});

describe('listing accounts', () => {
  it('finds accounts by part of a name or email and by the region of their roles, page by page', async () => {
    const tag = randomUUID().slice(0, 8);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await gql<{ createStaffAccount: { user: { id: string } } }>(CREATE, { i: { email: `cari-${tag}-${i}@uji.suara.demo`, name: `Cari ${tag} ${i}` } });
      ids.push(res.data!.createStaffAccount.user.id);
    }
    await gql(GRANT, { i: { accountId: ids[1], role: 'MODERATOR', regionId: mataram.id } });
    await gql(GRANT, { i: { accountId: ids[3], role: 'UNIT_OFFICER', unitId: mataram.unitId } });
    const LIST = `query ($s: String, $r: String, $first: Int, $after: String) { staffAccounts(search: $s, regionSlug: $r, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name email active mustChangePassword lastLoginAt createdAt roles { id role region { slug } unit { name } } } } } }`;
    type Page = { staffAccounts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; name: string } }> } };
    const first = await gql<Page>(LIST, { s: tag.toUpperCase(), first: 3 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.staffAccounts.totalCount).toBe(5);
    expect(first.data!.staffAccounts.pageInfo.hasNextPage).toBe(true);
    const second = await gql<Page>(LIST, { s: tag, first: 3, after: first.data!.staffAccounts.pageInfo.endCursor });
    const names = [...first.data!.staffAccounts.edges, ...second.data!.staffAccounts.edges].map((e) => e.node.name);
    expect(names).toEqual([0, 1, 2, 3, 4].map((i) => `Cari ${tag} ${i}`));
    const inMataram = await gql<Page>(LIST, { s: `cari-${tag}`, r: 'mataram' });
    expect(inMataram.data!.staffAccounts.edges.map((e) => e.node.id).sort()).toEqual([ids[1], ids[3]].sort());
    // `%` and `_` are letters here, not wildcards.
    expect((await gql<Page>(LIST, { s: '%' })).data!.staffAccounts.totalCount).toBe(0);
    expect(fieldsOf(await gql(LIST, { r: 'atlantis' }))).toEqual(['regionSlug']);
    const one = await gql<{ staffAccount: { id: string } | null }>('query ($id: ID!) { staffAccount(id: $id) { id } }', { id: ids[0] });
    expect(one.data!.staffAccount!.id).toBe(ids[0]);
    expect((await gql<{ staffAccount: null }>('query ($id: ID!) { staffAccount(id: $id) { id } }', { id: 'nope' })).data!.staffAccount).toBeNull();
  });
});

describe('the audit log', () => {
  it('lists the newest first, page by page, and cannot be changed even by the database owner', async () => {
    const account = await createAccount('Catatan 0');
    for (let i = 1; i <= 4; i++) await gql(UPDATE, { id: account.id, i: { name: `Catatan ${i}` } });
    type Page = { adminAuditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: AuditNode }> } };
    const first = await gql<Page>(AUDIT, { t: 'STAFF_ACCOUNT', id: account.id, first: 2 });
    const rest = await gql<Page>(AUDIT, { t: 'STAFF_ACCOUNT', id: account.id, first: 10, after: first.data!.adminAuditLog.pageInfo.endCursor });
    expect(first.data!.adminAuditLog.totalCount).toBe(5);
    const afterNames = [...first.data!.adminAuditLog.edges, ...rest.data!.adminAuditLog.edges].map((e) => e.node.after!.name);
    expect(afterNames).toEqual(['Catatan 4', 'Catatan 3', 'Catatan 2', 'Catatan 1', 'Catatan 0']);
    await expect(sql('update admin_audit_entry set action = ? where entity_id = ?', ['X', account.id])).rejects.toThrow(/append-only/);
    await expect(sql('delete from admin_audit_entry where entity_id = ?', [account.id])).rejects.toThrow(/append-only/);
    await expect(sql('truncate admin_audit_entry')).rejects.toThrow(/append-only/);
  });
});
