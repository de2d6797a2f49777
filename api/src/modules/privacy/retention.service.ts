import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PrivacyAuditAction } from './privacy-audit-entry.entity.js';

/**
 * Retention (UU 27/2022; decision record 0034): personal data is kept no longer than needed. Counted
 * from submission, after `months`:
 * - a rating's contact address and its abuse hashes (network, device) are erased — its scores,
 *   comment, profile and receipt stay, so every score and report is unchanged;
 * - a forum post's and a citizen report's network hash are erased;
 * - a deletion request's reason (the requester's own words) is erased.
 * Rate-limit counters need nothing here: they hold hashes only and are deleted an hour after their
 * window ends (common/abuse.ts, every five minutes), windows being an hour at most.
 *
 * The work is done in batches of `batchSize` rows, each its own short transaction that takes a
 * transaction-level advisory lock first: of several API processes one sweeps (a batch's lock is
 * released at its commit, so no lock or row is held between batches, and a process that finds the
 * lock taken stops this round). Each batch reads the oldest rows still holding data through a partial
 * index (`…_retention_index`), so a sweep costs what it erases, and rows locked by someone else
 * (a moderator at work) are skipped until the next round.
 */

/** Any 64-bit number no other lock of this database uses. */
const RETENTION_LOCK = 4_202_611_034;

export const DEFAULT_BATCH_SIZE = 500;

export interface RetentionCounts {
  /** Ratings whose contact address was erased. */
  contacts: number;
  /** Ratings whose network or device hash was erased. */
  ratingHashes: number;
  forumPostHashes: number;
  reportHashes: number;
  deletionReasons: number;
  /** Notices to citizens (decision record 0035) whose e-mail address was erased. */
  notificationAddresses: number;
}

export interface RetentionResult {
  /** The first day kept: everything submitted before it lost its personal data. */
  olderThan: string;
  counts: RetentionCounts;
  /** False when another process held the lock (this process did nothing). */
  swept: boolean;
}

interface Step {
  key: keyof RetentionCounts | 'ratings';
  /** One batch: returns one row per row changed, with flags saying what it held. */
  text: string;
}

/** Each statement changes at most `?` (the batch size) rows older than `?` (the cut-off). */
const STEPS: Step[] = [
  {
    key: 'ratings',
    text: `with doomed as (
        select id, contact is not null as had_contact, (client_hash is not null or device_hash is not null) as had_hash
        from feedback
        where (contact is not null or client_hash is not null or device_hash is not null) and submitted_at < ?
        order by submitted_at limit ? for update skip locked)
      update feedback f set contact = null, client_hash = null, device_hash = null
      from doomed where f.id = doomed.id
      returning doomed.had_contact, doomed.had_hash`,
  },
  {
    // A citizen's answer notice holds a copy of the rating's contact address: it goes with it. Staff
    // notices (recipient_account_id set) address staff, whose addresses are not citizens' data.
    key: 'notificationAddresses',
    text: `with doomed as (
        select id from notification_outbox
        where recipient is not null and recipient_account_id is null and created_at < ?
        order by created_at limit ? for update skip locked)
      update notification_outbox o set recipient = null from doomed where o.id = doomed.id returning o.id`,
  },
  {
    key: 'forumPostHashes',
    text: `with doomed as (
        select id from forum_post where client_hash is not null and created_at < ? order by created_at limit ? for update skip locked)
      update forum_post p set client_hash = null from doomed where p.id = doomed.id returning p.id`,
  },
  {
    key: 'reportHashes',
    text: `with doomed as (
        select id from report where client_hash is not null and created_at < ? order by created_at limit ? for update skip locked)
      update report r set client_hash = null from doomed where r.id = doomed.id returning r.id`,
  },
  {
    key: 'deletionReasons',
    text: `with doomed as (
        select id from data_deletion_request where reason is not null and created_at < ? order by created_at limit ? for update skip locked)
      update data_deletion_request d set reason = null from doomed where d.id = doomed.id returning d.id`,
  },
];

/**
 * Erases what is older than `months` months (see above). `em`: a fork of its own, outside any
 * request. Idempotent: a second run finds nothing left to erase.
 */
export async function sweepRetention(em: EntityManager, options: { months: number; batchSize?: number; now?: Date }): Promise<RetentionResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // The cut-off is fixed once per sweep, so every batch and table agree on it.
  const [bound] = await em.execute<Array<{ cutoff: Date; day: string }>>(
    `select c as cutoff, to_char(c, 'YYYY-MM-DD') as day from (select (?::timestamptz - make_interval(months => ?::int)) as c) x`,
    [options.now ?? new Date(), options.months],
  );
  const cutoff = bound!.cutoff;
  const counts: RetentionCounts = { contacts: 0, ratingHashes: 0, forumPostHashes: 0, reportHashes: 0, deletionReasons: 0, notificationAddresses: 0 };
  for (const step of STEPS) {
    for (;;) {
      const batch = await em.transactional(async (tx) => {
        const [lock] = await tx.execute<Array<{ locked: boolean }>>('select pg_try_advisory_xact_lock(?) as locked', [RETENTION_LOCK]);
        if (!lock?.locked) return null;
        return tx.execute<Array<{ had_contact?: boolean; had_hash?: boolean }>>(step.text, [cutoff, batchSize]);
      });
      if (batch === null) return { olderThan: bound!.day, counts, swept: false };
      if (step.key === 'ratings') {
        counts.contacts += batch.filter((r) => r.had_contact).length;
        counts.ratingHashes += batch.filter((r) => r.had_hash).length;
      } else {
        counts[step.key] += batch.length;
      }
      if (batch.length < batchSize) break;
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total > 0) {
    // Counts and the cut-off only: what was erased is gone, and the log must not bring it back.
    await em.execute(
      `insert into privacy_audit_entry (id, created_at, action, actor_id, request_id, feedback_id, region_id, details) values (?, now(), ?, null, null, null, null, ?)`,
      [randomUUID(), PrivacyAuditAction.RETENTION_SWEEP, JSON.stringify({ olderThan: bound!.day, months: options.months, ...counts })],
    );
  }
  return { olderThan: bound!.day, counts, swept: true };
}

/** The log line of a sweep: counts and the cut-off day only, never what was erased. */
export function retentionSummary(result: RetentionResult): string {
  const c = result.counts;
  return (
    `erased contact of ${c.contacts} ratings and address hashes of ${c.ratingHashes} ratings, ${c.forumPostHashes} forum posts ` +
    `and ${c.reportHashes} reports, ${c.deletionReasons} deletion-request reasons and ${c.notificationAddresses} notice addresses, older than ${result.olderThan}`
  );
}
