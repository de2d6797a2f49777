import { randomUUID } from 'node:crypto';
import { everyone, only, type Actor, type OperationRow, type Outcome } from './types.js';
import type { AuthzWorld } from './world.js';

/**
 * Personal data (decision record 0034): anyone may ask to erase a rating's personal data by its
 * receipt code — signed out from the tracking page, or a MODERATOR of the region / ADMIN entering a
 * code that came by letter; other signed-in roles are FORBIDDEN (they have no business entering
 * requests for the region). The region's MODERATOR and ADMIN list, confirm and reject requests.
 * Each call aims at a fresh rating and request of Mataram, so an ALLOWED call never meets a decided one.
 */

async function freshRating(world: AuthzWorld): Promise<{ id: string; code: string }> {
  const id = await world.comment(world.mataram.licensing, 'PENDING', 'Komentar untuk matriks privasi.');
  const [row] = await world.sql<{ receipt_code: string }>('select receipt_code from feedback where id = ?', [id]);
  return { id, code: row!.receipt_code };
}

async function pendingRequest(world: AuthzWorld): Promise<string> {
  const rating = await freshRating(world);
  const id = randomUUID();
  await world.sql(
    `insert into data_deletion_request (id, created_at, feedback_id, region_id, status, channel) values (?, now(), ?, ?, 'PENDING', 'TRACKING_PAGE')`,
    [id, rating.id, world.mataram.id],
  );
  return id;
}

const askers = (): Record<Actor, Outcome> => ({ ...only('admin', 'moderator'), anonymous: 'ALLOWED' });

export const rows: OperationRow[] = [
  // Issue 13: the public privacy notice reads the retention period; nothing in it is personal.
  { operation: 'Query.privacyNotice', request: () => ({ query: '{ privacyNotice { retentionMonths } }' }), expect: everyone() },
  {
    operation: 'Mutation.requestDataDeletion',
    request: async (world) => ({
      query: 'mutation ($code: String!) { requestDataDeletion(receiptCode: $code, reason: "Matriks.") { status requestedAt } }',
      variables: { code: (await freshRating(world)).code },
    }),
    expect: askers(),
  },
  {
    operation: 'Query.dataDeletionRequests',
    request: (world) => ({
      query: `query ($region: String!) { dataDeletionRequests(regionSlug: $region, status: PENDING, first: 5) { totalCount edges { node { id status receiptCode heldFields reason } } } }`,
      variables: { region: world.mataram.slug },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.confirmDataDeletion',
    request: async (world) => ({
      query: 'mutation ($id: ID!) { confirmDataDeletion(id: $id) { id status erasedFields } }',
      variables: { id: await pendingRequest(world) },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.rejectDataDeletion',
    request: async (world) => ({
      query: 'mutation ($id: ID!) { rejectDataDeletion(id: $id, reason: "Kode tidak cocok (matriks).") { id status rejectReason } }',
      variables: { id: await pendingRequest(world) },
    }),
    expect: only('admin', 'moderator'),
  },
];
