import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError, NotFoundError, type LocalizedText } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { raw as sqlRaw, sql, type SqlQuery } from '../../common/sql.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { authorize, hashPassword, revokeSessionsOf, temporaryPassword, type RoleGrantType, type StaffUser, type Viewer } from '../identity/index.js';
import { AdminEntityType } from './admin-audit.entity.js';
import { recordAudit } from './audit.js';
import { checkEmail, Problems } from './validation.js';
import type { CreateStaffAccountInput, GrantRoleInput, UpdateStaffAccountInput } from './admin.inputs.js';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  must_change_password: boolean;
  last_login_at: Date | null;
  created_at: Date;
}

interface GrantRow {
  id: string;
  account_id: string;
  role: Role;
  region_id: string | null;
  unit_id: string | null;
}

const ACCOUNT_COLUMNS = 'a.id, a.email, a.name, a.active, a.must_change_password, a.last_login_at, a.created_at';
const NAME_LABEL: LocalizedText = { id: 'Nama', en: 'Name' };

/** What the audit log keeps of an account: never its password hash. */
const accountSnapshot = (a: AccountRow) => ({ email: a.email, name: a.name, active: a.active, mustChangePassword: a.must_change_password });
const grantSnapshot = (g: GrantRow) => ({ accountId: g.account_id, role: g.role, regionId: g.region_id, unitId: g.unit_id });

const accountNotFound = () => new NotFoundError({ id: 'Akun staf tidak ditemukan.', en: 'Staff account not found.' });
const emailTaken = (problems: Problems) =>
  problems.add('email', { id: 'Email ini sudah dipakai akun lain.', en: 'This email is already used by another account.' });

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

/**
 * Staff accounts and their roles, for admins (decision record 0014). Every change is written with its
 * audit entry in one transaction; ending sessions (reset, deactivation) happens in that transaction
 * too, so the very next request with an old token is refused.
 */
export class StaffAdminService {
  constructor(private readonly ctx: Context) {}

  private async admin(): Promise<Viewer> {
    return authorize(this.ctx.viewer, await this.ctx.catalog(), [Role.ADMIN], {});
  }

  private async withGrants(accounts: AccountRow[], em: EntityManager = this.ctx.em): Promise<StaffUser[]> {
    const ids = accounts.map((a) => a.id);
    const grants = ids.length
      ? await rows<GrantRow>(em, sql`select id, account_id, role, region_id, unit_id from role_grant where account_id in (${ids}) order by role, id`)
      : [];
    return accounts.map((a) => ({
      id: a.id,
      email: a.email,
      name: a.name,
      active: a.active,
      mustChangePassword: a.must_change_password,
      lastLoginAt: a.last_login_at ? new Date(a.last_login_at) : null,
      createdAt: new Date(a.created_at),
      roles: grants.filter((g) => g.account_id === a.id).map((g): RoleGrantType => ({ id: g.id, role: g.role, regionId: g.region_id, unitId: g.unit_id })),
    }));
  }

  private async accountRow(em: EntityManager, id: string, lock = false): Promise<AccountRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await rows<AccountRow>(em, sql`select ${sqlRaw(ACCOUNT_COLUMNS)} from staff_account a where a.id = ${id}::uuid ${sqlRaw(lock ? 'for update' : '')}`);
    return row ?? null;
  }

  /** Accounts by name; `search` matches part of a name or email, `regionSlug` keeps those with a role in that region. */
  async list(args: { search?: string | null; regionSlug?: string | null; first?: number | null; after?: string | null }): Promise<ConnectionShape<StaffUser>> {
    await this.admin();
    const size = pageSize(args.first);
    const problems = new Problems();
    const search = problems.text('search', args.search, { min: 0, max: 100 }, { id: 'Pencarian', en: 'The search' });
    let regionId: string | null = null;
    if (args.regionSlug) {
      const region = (await this.ctx.catalog()).regionBySlug(args.regionSlug);
      if (!region) problems.add('regionSlug', { id: 'Wilayah tidak dikenal.', en: 'Unknown region.' });
      regionId = region?.id ?? null;
    }
    problems.throwIfAny();
    const after = args.after ? decodeCursor(args.after, ['text', 'uuid'] as const) : null;
    const pattern = search ? `%${search.replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = sql`(${pattern}::text is null or a.name ilike ${pattern} or a.email ilike ${pattern})
      and (${regionId}::uuid is null or exists (select 1 from role_grant g where g.account_id = a.id and g.region_id = ${regionId}::uuid))`;
    const page = await rows<AccountRow>(
      this.ctx.em,
      sql`select ${sqlRaw(ACCOUNT_COLUMNS)} from staff_account a where ${where}
        and (${after?.[0] ?? null}::text is null or (a.name, a.id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
        order by a.name, a.id limit ${size + 1}`,
    );
    const [count] = await rows<{ n: number }>(this.ctx.em, sql`select count(*)::int as n from staff_account a where ${where}`);
    const users = await this.withGrants(page);
    return toConnection(users, size, count!.n, (u) => [u.name, u.id]);
  }

  async get(id: string): Promise<StaffUser | null> {
    await this.admin();
    const row = await this.accountRow(this.ctx.em, id);
    return row ? (await this.withGrants([row]))[0]! : null;
  }

  /** A new account with a temporary password (returned once) that must be changed at the first sign-in. */
  async create(input: CreateStaffAccountInput): Promise<{ user: StaffUser; temporaryPassword: string }> {
    const admin = await this.admin();
    const problems = new Problems();
    const email = checkEmail(problems, 'email', input.email)!;
    const name = problems.text('name', input.name, { min: 1, max: 200 }, NAME_LABEL)!;
    problems.throwIfAny();
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    const user = await this.unique(problems, () =>
      this.ctx.em.transactional(async (tx) => {
        const [row] = await rows<AccountRow>(
          tx,
          sql`insert into staff_account (id, created_at, email, name, password_hash, active, must_change_password)
            values (gen_random_uuid(), now(), ${email}, ${name}, ${hash}, true, true)
            on conflict (email) do nothing
            returning ${sqlRaw(ACCOUNT_COLUMNS.replaceAll('a.', ''))}`,
        );
        if (!row) {
          emailTaken(problems);
          problems.throwIfAny();
        }
        await recordAudit(tx, { actorId: admin.accountId, action: 'CREATE_STAFF_ACCOUNT', entityType: AdminEntityType.STAFF_ACCOUNT, entityId: row!.id, before: null, after: accountSnapshot(row!) });
        return (await this.withGrants([row!], tx))[0]!;
      }),
    );
    return { user, temporaryPassword: password };
  }

  async update(id: string, input: UpdateStaffAccountInput): Promise<StaffUser> {
    const admin = await this.admin();
    const problems = new Problems();
    const name = problems.text('name', input.name, { min: 1, max: 200 }, NAME_LABEL);
    const email = checkEmail(problems, 'email', input.email);
    problems.throwIfAny();
    return this.unique(problems, () =>
      this.ctx.em.transactional(async (tx) => {
        const before = await this.accountRow(tx, id, true);
        if (!before) throw accountNotFound();
        if (email !== undefined && email !== before.email) {
          const [taken] = await rows(tx, sql`select 1 from staff_account where email = ${email}`);
          if (taken) emailTaken(problems);
          problems.throwIfAny();
        }
        const [after] = await rows<AccountRow>(
          tx,
          sql`update staff_account a set name = ${name ?? before.name}, email = ${email ?? before.email} where a.id = ${before.id}::uuid returning ${sqlRaw(ACCOUNT_COLUMNS)}`,
        );
        if (after!.name !== before.name || after!.email !== before.email) {
          await recordAudit(tx, { actorId: admin.accountId, action: 'UPDATE_STAFF_ACCOUNT', entityType: AdminEntityType.STAFF_ACCOUNT, entityId: before.id, before: accountSnapshot(before), after: accountSnapshot(after!) });
        }
        return (await this.withGrants([after!], tx))[0]!;
      }),
    );
  }

  /** A new temporary password: every session of the account ends, and the owner must choose a new password at sign-in. */
  async resetPassword(id: string): Promise<{ user: StaffUser; temporaryPassword: string }> {
    const admin = await this.admin();
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    const user = await this.ctx.em.transactional(async (tx) => {
      const before = await this.accountRow(tx, id, true);
      if (!before) throw accountNotFound();
      const [after] = await rows<AccountRow>(
        tx,
        sql`update staff_account a set password_hash = ${hash}, must_change_password = true, demo_password = false where a.id = ${before.id}::uuid returning ${sqlRaw(ACCOUNT_COLUMNS)}`,
      );
      await revokeSessionsOf(tx, before.id);
      await recordAudit(tx, {
        actorId: admin.accountId,
        action: 'RESET_STAFF_PASSWORD',
        entityType: AdminEntityType.STAFF_ACCOUNT,
        entityId: before.id,
        before: { mustChangePassword: before.must_change_password },
        after: { mustChangePassword: true, sessionsEnded: true },
      });
      return (await this.withGrants([after!], tx))[0]!;
    });
    return { user, temporaryPassword: password };
  }

  /** Deactivating ends every session at once; nobody deactivates themself, and the last active admin stays. */
  async setActive(id: string, active: boolean): Promise<StaffUser> {
    const admin = await this.admin();
    if (!active && id.toLowerCase() === admin.accountId) {
      const message = { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' };
      const problems = new Problems();
      problems.add('id', message);
      problems.throwIfAny();
    }
    return this.ctx.em.transactional(async (tx) => {
      if (!active) await lockAdminGrants(tx);
      const before = await this.accountRow(tx, id, true);
      if (!before) throw accountNotFound();
      if (!active && before.active) await ensureAnotherActiveAdmin(tx, { withoutAccount: before.id });
      const [after] = await rows<AccountRow>(tx, sql`update staff_account a set active = ${active} where a.id = ${before.id}::uuid returning ${sqlRaw(ACCOUNT_COLUMNS)}`);
      if (!active) await revokeSessionsOf(tx, before.id);
      if (before.active !== active) {
        await recordAudit(tx, {
          actorId: admin.accountId,
          action: active ? 'ACTIVATE_STAFF_ACCOUNT' : 'DEACTIVATE_STAFF_ACCOUNT',
          entityType: AdminEntityType.STAFF_ACCOUNT,
          entityId: before.id,
          before: accountSnapshot(before),
          after: accountSnapshot(after!),
        });
      }
      return (await this.withGrants([after!], tx))[0]!;
    });
  }

  /** ADMIN without scope; MODERATOR, HR, MAYOR over a region; UNIT_OFFICER over a unit (its region follows); never twice the same. */
  async grantRole(input: GrantRoleInput): Promise<RoleGrantType> {
    const admin = await this.admin();
    const problems = new Problems();
    const accountId = problems.id('accountId', input.accountId);
    let regionId = problems.id('regionId', input.regionId);
    const unitId = problems.id('unitId', input.unitId);
    if (input.role === Role.ADMIN) {
      if (input.regionId) problems.add('regionId', { id: 'Peran ADMIN berlaku di semua wilayah: jangan pilih wilayah.', en: 'ADMIN covers every region: choose no region.' });
      if (input.unitId) problems.add('unitId', { id: 'Peran ADMIN tidak terikat unit: jangan pilih unit.', en: 'ADMIN is not tied to a unit: choose no unit.' });
    } else if (input.role === Role.UNIT_OFFICER) {
      if (!input.unitId) problems.add('unitId', { id: 'Pilih unit tempat petugas ini bekerja.', en: 'Choose the unit this officer works for.' });
    } else {
      if (!input.regionId) problems.add('regionId', { id: `Pilih wilayah untuk peran ${input.role}.`, en: `Choose the region of the ${input.role} role.` });
      if (input.unitId) problems.add('unitId', { id: `Peran ${input.role} berlaku untuk seluruh wilayah: jangan pilih unit.`, en: `The ${input.role} role covers a whole region: choose no unit.` });
    }
    problems.throwIfAny();
    return this.ctx.em.transactional(async (tx) => {
      // One grant at a time per account, so that two identical grants sent together cannot both pass the check below.
      const account = accountId ? await this.accountRow(tx, accountId, true) : null;
      if (!account) throw accountNotFound();
      if (unitId) {
        const [unit] = await rows<{ region_id: string }>(tx, sql`select region_id from unit where id = ${unitId}::uuid`);
        if (!unit) problems.add('unitId', { id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
        else if (regionId && regionId !== unit.region_id) problems.add('regionId', { id: 'Unit ini bukan bagian dari wilayah tersebut.', en: 'This unit is not in that region.' });
        else regionId = unit.region_id;
      } else if (regionId) {
        const [region] = await rows(tx, sql`select 1 from region where id = ${regionId}::uuid`);
        if (!region) problems.add('regionId', { id: 'Wilayah tidak ditemukan.', en: 'Region not found.' });
      }
      problems.throwIfAny();
      const [duplicate] = await rows(
        tx,
        sql`select 1 from role_grant where account_id = ${account.id}::uuid and role = ${input.role}
          and region_id is not distinct from ${regionId}::uuid and unit_id is not distinct from ${unitId}::uuid`,
      );
      if (duplicate) throw new ConflictError({ id: 'Akun ini sudah memegang peran tersebut di sana.', en: 'This account already holds that role there.' });
      const [grant] = await rows<GrantRow>(
        tx,
        sql`insert into role_grant (id, created_at, account_id, role, region_id, unit_id)
          values (gen_random_uuid(), now(), ${account.id}::uuid, ${input.role}, ${regionId}::uuid, ${unitId}::uuid)
          returning id, account_id, role, region_id, unit_id`,
      );
      await recordAudit(tx, { actorId: admin.accountId, action: 'GRANT_ROLE', entityType: AdminEntityType.ROLE_GRANT, entityId: grant!.id, before: null, after: grantSnapshot(grant!) });
      return { id: grant!.id, role: grant!.role, regionId: grant!.region_id, unitId: grant!.unit_id };
    });
  }

  /** Removes a grant; never the last ADMIN grant of an active account. */
  async revokeRole(grantId: string): Promise<boolean> {
    const admin = await this.admin();
    return this.ctx.em.transactional(async (tx) => {
      await lockAdminGrants(tx);
      const [grant] = isUuid(grantId)
        ? await rows<GrantRow>(tx, sql`select id, account_id, role, region_id, unit_id from role_grant where id = ${grantId}::uuid for update`)
        : [];
      if (!grant) throw new NotFoundError({ id: 'Peran tidak ditemukan.', en: 'Role grant not found.' });
      if (grant.role === Role.ADMIN) await ensureAnotherActiveAdmin(tx, { withoutGrant: grant.id });
      await rows(tx, sql`delete from role_grant where id = ${grant.id}::uuid`);
      await recordAudit(tx, { actorId: admin.accountId, action: 'REVOKE_ROLE', entityType: AdminEntityType.ROLE_GRANT, entityId: grant.id, before: grantSnapshot(grant), after: null });
      return true;
    });
  }

  /** Two accounts created with one email at the same moment: the loser hears it on the email field. */
  private async unique<T>(problems: Problems, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      emailTaken(problems);
      problems.throwIfAny();
      throw error;
    }
  }
}

/**
 * Every ADMIN grant, locked in one order: two admins removing each other at the same moment (revoking
 * the grant, or deactivating the account) are serialised, so one of them always stays.
 */
async function lockAdminGrants(tx: EntityManager): Promise<void> {
  await rows(tx, sql`select id from role_grant where role = 'ADMIN' order by id for update`);
}

/** Refuses a change after which no active account would hold ADMIN. */
async function ensureAnotherActiveAdmin(tx: EntityManager, without: { withoutGrant?: string; withoutAccount?: string }): Promise<void> {
  const [row] = await rows<{ n: number }>(
    tx,
    sql`select count(distinct g.account_id)::int as n from role_grant g join staff_account a on a.id = g.account_id
      where g.role = 'ADMIN' and a.active and g.id <> ${without.withoutGrant ?? '00000000-0000-0000-0000-000000000000'}::uuid
        and a.id <> ${without.withoutAccount ?? '00000000-0000-0000-0000-000000000000'}::uuid`,
  );
  if (row!.n === 0) {
    throw new ConflictError({
      id: 'Ini admin aktif terakhir. Jadikan akun lain admin terlebih dahulu, agar selalu ada yang dapat mengelola Suara.',
      en: 'This is the last active admin. Make another account an admin first, so someone can always manage Suara.',
    });
  }
}
