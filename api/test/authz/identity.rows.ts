/**
 * Authorization rows of the identity and admin operations (issue 8): sign-in, sessions and the
 * forced password change for everyone; accounts, roles, regions, units, services and the audit log for
 * ADMIN only. A mutation that changes something gets a fresh target for the admin's call; the other
 * actors are refused before any target is touched, so theirs name existing demo rows.
 *
 * Catalogue fixtures are regions whose slug starts with `matriks-`; they are removed when the next
 * request is built (other test files count the demo's four regions).
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/modules/identity/index.js';
import { anyStaff, everyone, only, type Actor, type OperationRow } from './types.js';
import { PASSWORD, type AuthzWorld } from './world.js';

const FIXTURE_PASSWORD = 'kata-sandi-matriks-panjang';
let fixtureHash: Promise<string> | null = null;
const tag = () => randomUUID().slice(0, 8);

/** A new account (no roles), for targets of account mutations and for `login`. */
async function freshAccount(world: AuthzWorld): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `matriks-${tag()}@uji.suara.demo`;
  await world.sql('insert into staff_account (id, created_at, email, name, password_hash, active) values (?, now(), ?, ?, ?, true)', [
    id,
    email,
    'Akun Matriks',
    await (fixtureHash ??= hashPassword(FIXTURE_PASSWORD)),
  ]);
  return { id, email };
}

/** Removes the catalogue fixtures of earlier calls. */
async function sweepCatalogue(world: AuthzWorld): Promise<void> {
  const regions = `select id from region where slug like 'matriks-%'`;
  await world.sql(`delete from public_service where region_id in (${regions})`);
  await world.sql(`update unit set parent_id = null where region_id in (${regions})`);
  await world.sql(`delete from unit where region_id in (${regions})`);
  await world.sql(`delete from region where slug like 'matriks-%'`);
}

async function freshRegion(world: AuthzWorld): Promise<string> {
  const id = randomUUID();
  const t = tag();
  await world.sql(
    `insert into region (id, created_at, slug, name, province, kind, time_zone, proof_of_work_required) values (?, now(), ?, ?, 'Matriks', 'KOTA', 'Asia/Makassar', false)`,
    [id, `matriks-${t}`, `Kota Matriks ${t}`],
  );
  return id;
}

async function freshUnit(world: AuthzWorld): Promise<string> {
  const regionId = await freshRegion(world);
  const id = randomUUID();
  await world.sql(`insert into unit (id, created_at, region_id, parent_id, slug, name, abbreviation, kind) values (?, now(), ?, null, ?, 'Dinas Matriks', null, 'DINAS')`, [
    id,
    regionId,
    `dinas-matriks-${tag()}`,
  ]);
  return id;
}

async function freshService(world: AuthzWorld): Promise<string> {
  const unitId = await freshUnit(world);
  const id = randomUUID();
  await world.sql(
    `insert into public_service (id, created_at, slug, region_id, unit_id, name, description, category, channel, requirements, promised_days, fee_rupiah, expected_annual_users, search_text)
     select ?, now(), ?, u.region_id, u.id, 'Layanan Matriks', '', 'ADMINISTRASI', 'OFFLINE', '', 1, 0, 100, 'layanan matriks' from unit u where u.id = ?`,
    [id, `layanan-matriks-${tag()}`, unitId],
  );
  return id;
}

/** The admin's call gets `fresh`; everyone else is refused before the target matters and gets `fallback`. */
async function target(world: AuthzWorld, actor: Actor, fresh: (w: AuthzWorld) => Promise<string>, fallback: string): Promise<string> {
  await sweepCatalogue(world);
  return actor === 'admin' ? fresh(world) : fallback;
}

const officerId = async (world: AuthzWorld) => (await world.accountIdOf('officer'))!;

export const rows: OperationRow[] = [
  {
    operation: 'Query.me',
    request: () => ({ query: '{ me { id email mustChangePassword } }' }),
    expect: everyone(),
  },
  {
    operation: 'Query.publicPasswordAccounts',
    request: () => ({ query: '{ publicPasswordAccounts }' }),
    expect: anyStaff(),
  },
  {
    operation: 'Query.proofOfWorkChallenge',
    request: (world) => ({ query: 'query ($s: ID!) { proofOfWorkChallenge(serviceId: $s) }', variables: { s: world.mataram.licensing.id } }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.login',
    request: async (world) => {
      const account = await freshAccount(world);
      return {
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id } } }',
        variables: { e: account.email, p: FIXTURE_PASSWORD },
      };
    },
    expect: everyone(),
  },
  {
    // Ends the caller's session; the matrix signs them in again.
    operation: 'Mutation.logout',
    request: () => ({ query: 'mutation { logout }' }),
    expect: anyStaff(),
  },
  {
    // Changes the caller's own password and ends their other sessions; the matrix restores both.
    operation: 'Mutation.changePassword',
    request: () => ({
      query: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token expiresAt } }',
      variables: { c: PASSWORD, n: `sandi-baru-matriks-${tag()}` },
    }),
    expect: anyStaff(),
  },
  {
    operation: 'Query.staffAccounts',
    request: () => ({
      query: '{ staffAccounts(first: 5, regionSlug: "mataram", search: "demo") { totalCount pageInfo { hasNextPage endCursor } edges { node { id name roles { id role region { slug } unit { name } } } } } }',
    }),
    expect: only('admin'),
  },
  {
    operation: 'Query.staffAccount',
    request: async (world) => ({ query: 'query ($id: ID!) { staffAccount(id: $id) { id email active lastLoginAt } }', variables: { id: await officerId(world) } }),
    expect: only('admin'),
  },
  {
    operation: 'Query.adminAuditLog',
    request: () => ({ query: '{ adminAuditLog(first: 5) { totalCount edges { node { id at action entityType entityId before after actor { name email } } } } }' }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.createStaffAccount',
    request: () => ({
      query: 'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { temporaryPassword user { id } } }',
      variables: { i: { email: `matriks-baru-${tag()}@uji.suara.demo`, name: 'Staf Matriks' } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.updateStaffAccount',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!, $i: UpdateStaffAccountInput!) { updateStaffAccount(id: $id, input: $i) { id name } }',
      variables: { id: await target(world, actor, async (w) => (await freshAccount(w)).id, await officerId(world)), i: { name: `Nama Matriks ${tag()}` } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.resetStaffPassword',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!) { resetStaffPassword(id: $id) { temporaryPassword user { id } } }',
      variables: { id: await target(world, actor, async (w) => (await freshAccount(w)).id, await officerId(world)) },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.setStaffAccountActive',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!) { setStaffAccountActive(id: $id, active: false) { id active } }',
      variables: { id: await target(world, actor, async (w) => (await freshAccount(w)).id, await officerId(world)) },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.grantRole',
    request: async (world, actor) => ({
      query: 'mutation ($i: GrantRoleInput!) { grantRole(input: $i) { id role } }',
      variables: { i: { accountId: await target(world, actor, async (w) => (await freshAccount(w)).id, await officerId(world)), role: 'MODERATOR', regionId: world.mataram.id } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.revokeRole',
    request: async (world, actor) => {
      const grantId = await target(
        world,
        actor,
        async (w) => {
          const account = await freshAccount(w);
          const id = randomUUID();
          await w.sql(`insert into role_grant (id, created_at, account_id, role, region_id, unit_id) values (?, now(), ?, 'HR', ?, null)`, [id, account.id, w.mataram.id]);
          return id;
        },
        randomUUID(),
      );
      return { query: 'mutation ($id: ID!) { revokeRole(grantId: $id) }', variables: { id: grantId } };
    },
    expect: only('admin'),
  },
  {
    operation: 'Mutation.createRegion',
    request: async (world) => {
      await sweepCatalogue(world);
      const t = tag();
      return {
        query: 'mutation ($i: CreateRegionInput!) { createRegion(input: $i) { id slug proofOfWorkRequired } }',
        variables: { i: { name: `Kota Matriks ${t}`, slug: `matriks-${t}`, province: 'Matriks', kind: 'KOTA', timeZone: 'Asia/Makassar' } },
      };
    },
    expect: only('admin'),
  },
  {
    operation: 'Mutation.updateRegion',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!, $i: UpdateRegionInput!) { updateRegion(id: $id, input: $i) { id proofOfWorkRequired } }',
      variables: { id: await target(world, actor, freshRegion, world.mataram.id), i: { proofOfWorkRequired: true } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.createUnit',
    request: async (world, actor) => ({
      query: 'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id slug } }',
      variables: { i: { regionId: await target(world, actor, freshRegion, world.mataram.id), name: 'Dinas Matriks Baru', kind: 'DINAS' } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.updateUnit',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id name } }',
      variables: { id: await target(world, actor, freshUnit, world.mataram.licensingUnitId), i: { name: 'Dinas Matriks Diubah' } },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.createService',
    request: async (world, actor) => ({
      query: 'mutation ($i: CreateServiceInput!) { createService(input: $i) { id slug } }',
      variables: {
        i: {
          unitId: await target(world, actor, freshUnit, world.mataram.licensingUnitId),
          name: `Layanan Matriks ${tag()}`,
          category: 'ADMINISTRASI',
          channel: 'OFFLINE',
          promisedDays: 2,
          expectedAnnualUsers: 100,
        },
      },
    }),
    expect: only('admin'),
  },
  {
    operation: 'Mutation.updateService',
    request: async (world, actor) => ({
      query: 'mutation ($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id slug name } }',
      variables: { id: await target(world, actor, freshService, world.mataram.licensing.id), i: { name: 'Layanan Matriks Diubah' } },
    }),
    expect: only('admin'),
  },
];
