import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { ModerationItemKind, ModerationStatus, ReportStatus } from '../../common/enums.js';
import { addressBucket, hashSignal, type RateLimit } from '../../common/abuse.js';
import { isUuid } from '../../common/ids.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { ForumPost } from '../forum/forum-post.entity.js';
import { Report } from './report.entity.js';

export const REPORT_REASON_MAX = 1000;

const notFound = () =>
  new NotFoundError({
    id: 'Konten yang dilaporkan tidak ditemukan atau tidak ditampilkan untuk umum.',
    en: 'The content reported does not exist or is not public.',
  });

/**
 * A citizen flags a published comment or forum post. One report per client and item counts (a second
 * one from the same network address is accepted quietly but not counted twice), so a single person
 * cannot push an item up the moderators' queue.
 */
export async function reportContent(
  em: EntityManager,
  itemId: string,
  reason: string,
  client: { ip: string; hashSalt: string; rateLimit: RateLimit },
): Promise<boolean> {
  const text = reason.trim();
  if (!text || [...text].length > REPORT_REASON_MAX) {
    const message = { id: `Tuliskan alasan laporan (1–${REPORT_REASON_MAX} karakter).`, en: `Give a reason for the report (1–${REPORT_REASON_MAX} characters).` };
    throw new BadInputError(message, [{ field: 'reason', message }]);
  }
  if (!isUuid(itemId)) throw notFound();

  const feedback = await em.findOne(Feedback, { id: itemId, moderationStatus: ModerationStatus.PUBLISHED, comment: { $ne: null } });
  const post = feedback ? null : await em.findOne(ForumPost, { id: itemId, moderationStatus: ModerationStatus.PUBLISHED });
  const item = feedback ?? post;
  if (!item) throw notFound();

  const clientHash = hashSignal(client.hashSalt, `ip:${client.ip}`);
  await client.rateLimit.consume(em, `client:${hashSignal(client.hashSalt, `net:${addressBucket(client.ip)}`)}`);
  const target = feedback ? { feedback: feedback.id } : { forumPost: post!.id };
  const already = await em.count(Report, { ...target, clientHash });
  if (already > 0) return true;

  await em.transactional(async (tx) => {
    tx.create(Report, {
      itemKind: feedback ? ModerationItemKind.FEEDBACK_COMMENT : ModerationItemKind.FORUM_POST,
      ...target,
      region: item.region.id,
      reason: text,
      status: ReportStatus.OPEN,
      clientHash,
    });
    // Counted in SQL, so simultaneous reports never lose an increment.
    const table = feedback ? 'feedback' : 'forum_post';
    await tx.execute(`update ${table} set report_count = report_count + 1 where id = ?`, [item.id]);
  });
  return true;
}
