import { everyone, only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

/**
 * Moderation (issue 8): MODERATOR of Mataram and ADMIN may work Mataram's queue; a moderator of
 * Kupang and every other role are FORBIDDEN; signed out is UNAUTHENTICATED. Reporting is public.
 * Mutations aim at fresh comments each call, so an ALLOWED call never trips over another's change.
 */

const ITEM = 'id kind text status reportCount submittedAt publishedAt redacted originalText hiddenBySystem reports { reason at open } service { slug }';

/** A fresh pending comment of a Mataram service (no scores involved: APPROVE never touches them). */
const pendingComment = (world: AuthzWorld) => world.comment(world.mataram.licensing, 'PENDING', 'Komentar untuk matriks moderasi.');

export const rows: OperationRow[] = [
  {
    operation: 'Query.moderationQueue',
    request: (world) => ({
      query: `query ($region: String!) { moderationQueue(regionSlug: $region, status: null, first: 5) { totalCount edges { node { ${ITEM} } } } }`,
      variables: { region: world.mataram.slug },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Query.moderationItem',
    request: async (world) => ({
      query: `query ($id: ID!) { moderationItem(id: $id) { ${ITEM} } }`,
      variables: { id: await pendingComment(world) },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Query.moderationLog',
    request: (world) => ({
      query: `query ($region: String!) { moderationLog(regionSlug: $region, first: 5) { totalCount edges { node { id action reason moderator { name system } at previousText item { id } } } } }`,
      variables: { region: world.mataram.slug },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.moderate',
    request: async (world) => ({
      query: `mutation ($input: ModerateInput!) { moderate(input: $input) { id status } }`,
      variables: { input: { itemId: await pendingComment(world), action: 'APPROVE' } },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.moderateMany',
    request: async (world) => ({
      query: `mutation ($input: ModerateManyInput!) { moderateMany(input: $input) { id status } }`,
      variables: { input: { itemIds: [await pendingComment(world), await pendingComment(world)], action: 'HIDE', reason: 'Uji matriks.' } },
    }),
    expect: only('admin', 'moderator'),
  },
  {
    operation: 'Mutation.reportContent',
    request: async (world) => ({
      query: `mutation ($id: ID!, $reason: String!) { reportContent(itemId: $id, reason: $reason) }`,
      variables: { id: await world.comment(world.mataram.licensing, 'PUBLISHED', 'Komentar untuk dilaporkan di matriks.'), reason: 'Uji matriks.' },
    }),
    expect: everyone(),
  },
];
