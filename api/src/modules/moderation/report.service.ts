import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { ModerationItemKind, ModerationStatus } from '../../common/enums.js';
import { addressBucket, hashSignal, type RateLimit } from '../../common/abuse.js';
import { isUuid } from '../../common/ids.js';

export const REPORT_REASON_MAX = 1000;

const notFound = () =>
  new NotFoundError({
    id: 'Konten yang dilaporkan tidak ditemukan atau tidak ditampilkan untuk umum.',
    en: 'The content reported does not exist or is not public.',
  });

/** What the reasons of an automatic hide may take of the log (the reasons are citizens' words). */
const SYSTEM_REASONS_SHOWN = 10;
const SYSTEM_REASON_EXCERPT = 200;

export interface ReportOutcome {
  /** The report reached the threshold and the item is hidden now. */
  hidden: boolean;
  /** Ids whose public reads changed when `hidden` (service, unit, region, thread). */
  touched: string[];
}

/**
 * A citizen flags a published comment or forum post. One report per client and item counts: the
 * database's unique index decides (ON CONFLICT DO NOTHING), so a second report from the same network
 * address, also one sent at the same moment, is accepted quietly but not counted twice, and a single
 * person cannot push an item up the moderators' queue.
 *
 * At `hideThreshold` open reports the item is hidden at once, in the same transaction, as an action of
 * the system ("Sistem" in the log) listing the reports; it heads the moderators' reported queue until
 * one of them decides (APPROVE or RESTORE puts it back and closes the reports).
 */
export async function reportContent(
  em: EntityManager,
  itemId: string,
  reason: string,
  client: { ip: string; hashSalt: string; rateLimit: RateLimit; hideThreshold: number; serviceOf: (id: string) => { id: string; unitId: string } | null },
): Promise<ReportOutcome> {
  const text = reason.trim();
  if (!text || [...text].length > REPORT_REASON_MAX) {
    const message = { id: `Tuliskan alasan laporan (1–${REPORT_REASON_MAX} karakter).`, en: `Give a reason for the report (1–${REPORT_REASON_MAX} characters).` };
    throw new BadInputError(message, [{ field: 'reason', message }]);
  }
  if (!isUuid(itemId)) throw notFound();
  const id = itemId.toLowerCase();

  const clientHash = hashSignal(client.hashSalt, `ip:${client.ip}`);
  await client.rateLimit.consume(em, `client:${hashSignal(client.hashSalt, `net:${addressBucket(client.ip)}`)}`);

  return em.transactional(async (tx) => {
    // The item's row is locked first (as a moderator's action locks it): reports of one item are
    // counted one after another, so exactly one of them reaches the threshold and hides it.
    const [feedback] = await tx.execute<Array<{ id: string; region_id: string; service_id: string; moderation_status: string }>>(
      `select id, region_id, service_id, moderation_status from feedback where id = ? and comment is not null for update`,
      [id],
    );
    const [post] = feedback
      ? []
      : await tx.execute<Array<{ id: string; region_id: string; service_id: string; thread_id: string; moderation_status: string }>>(
          `select p.id, p.region_id, t.service_id, p.thread_id, p.moderation_status from forum_post p join forum_thread t on t.id = p.thread_id where p.id = ? for update of p`,
          [id],
        );
    const item = feedback ?? post;
    if (!item || item.moderation_status !== ModerationStatus.PUBLISHED) throw notFound();
    const column = feedback ? 'feedback_id' : 'forum_post_id';
    const table = feedback ? 'feedback' : 'forum_post';

    const inserted = await tx.execute<Array<{ id: string }>>(
      `insert into report (id, created_at, item_kind, ${column}, region_id, reason, status, client_hash)
       values (?, clock_timestamp(), ?, ?, ?, ?, 'OPEN', ?)
       on conflict (${column}, client_hash) where ${column} is not null do nothing
       returning id`,
      [randomUUID(), feedback ? ModerationItemKind.FEEDBACK_COMMENT : ModerationItemKind.FORUM_POST, item.id, item.region_id, text, clientHash],
    );
    if (inserted.length === 0) return { hidden: false, touched: [] };
    await tx.execute(`update ${table} set report_count = report_count + 1 where id = ?`, [item.id]);

    const open = await tx.execute<Array<{ reason: string }>>(
      `select reason from report where ${column} = ? and status = 'OPEN' order by created_at, id`,
      [item.id],
    );
    if (open.length < client.hideThreshold) return { hidden: false, touched: [] };

    await tx.execute(`update ${table} set moderation_status = 'HIDDEN' where id = ?`, [item.id]);
    await tx.execute(
      `insert into moderation_action (id, created_at, item_kind, feedback_id, forum_post_id, region_id, action, reason, moderator_id, at)
       values (?, clock_timestamp(), ?, ?, ?, ?, 'HIDE', ?, null, clock_timestamp())`,
      [
        randomUUID(),
        feedback ? ModerationItemKind.FEEDBACK_COMMENT : ModerationItemKind.FORUM_POST,
        feedback ? item.id : null,
        feedback ? null : item.id,
        item.region_id,
        systemReason(open.map((r) => r.reason)),
      ],
    );
    const service = client.serviceOf(item.service_id);
    return { hidden: true, touched: [item.region_id, service?.id, service?.unitId, post?.thread_id].filter((x): x is string => Boolean(x)) };
  });
}

/** "Disembunyikan otomatis setelah 3 laporan warga: 1) …; 2) …", bounded whatever the reports say. */
export function systemReason(reasons: readonly string[]): string {
  const cut = (r: string) => {
    const chars = [...r.replace(/\s+/g, ' ')];
    return chars.length > SYSTEM_REASON_EXCERPT ? `${chars.slice(0, SYSTEM_REASON_EXCERPT).join('')}…` : chars.join('');
  };
  const listed = reasons.slice(0, SYSTEM_REASONS_SHOWN).map((r, i) => `${i + 1}) ${cut(r)}`);
  const more = reasons.length > SYSTEM_REASONS_SHOWN ? `; dan ${reasons.length - SYSTEM_REASONS_SHOWN} laporan lain` : '';
  return `Disembunyikan otomatis setelah ${reasons.length} laporan warga (automatically hidden after ${reasons.length} citizen reports): ${listed.join('; ')}${more}`;
}
