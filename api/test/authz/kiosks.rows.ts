import { createHash, randomUUID } from 'node:crypto';
import { everyone, only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

/**
 * Counter kiosks (issue 12, CONTRACT.md "Counter kiosks"): a MODERATOR of the unit's region or an
 * ADMIN registers, lists, renews and revokes kiosks; anyone holding a waiting pairing code may pair
 * (the tablet is not signed in); `currentKiosk` without a token is null for everyone. Each call aims
 * at a fresh kiosk of Mataram's licensing unit.
 */

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

async function freshKiosk(world: AuthzWorld, code: string | null = null): Promise<string> {
  const id = randomUUID();
  await world.sql(
    `insert into kiosk_device (id, created_at, unit_id, label, token_hash, pairing_code_hash, pairing_expires_at)
     values (?, now(), ?, 'Loket matriks', ?, ?, case when ?::text is null then null else now() + interval '10 minutes' end)`,
    [id, world.mataram.licensingUnitId, sha256(randomUUID()), code && sha256(code), code],
  );
  return id;
}

const newCode = () => Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');

export const rows: OperationRow[] = [
  {
    operation: 'Query.kiosks',
    request: (world) => ({ query: 'query ($r: String!) { kiosks(regionSlug: $r) { id label lastSeenAt ratingsToday unit { id } } }', variables: { r: world.mataram.slug } }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Query.currentKiosk',
    request: () => ({ query: '{ currentKiosk { id } }' }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.registerKiosk',
    request: (world) => ({
      query: 'mutation ($u: ID!) { registerKiosk(unitId: $u, label: "Loket matriks") { token kiosk { id } pairing { code expiresAt } } }',
      variables: { u: world.mataram.licensingUnitId },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.renewKioskPairing',
    request: async (world) => ({ query: 'mutation ($id: ID!) { renewKioskPairing(id: $id) { token pairing { code } } }', variables: { id: await freshKiosk(world) } }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.revokeKiosk',
    request: async (world) => ({ query: 'mutation ($id: ID!) { revokeKiosk(id: $id) { id revokedAt } }', variables: { id: await freshKiosk(world) } }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.pairKiosk',
    request: async (world) => {
      const code = newCode();
      await freshKiosk(world, code);
      return { query: 'mutation ($c: String!) { pairKiosk(code: $c) { token kiosk { id } } }', variables: { c: code } };
    },
    expect: everyone(),
  },
];
