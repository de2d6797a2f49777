import type { EntityManager } from '@mikro-orm/postgresql';
import type { CatalogSnapshot } from '../catalog/index.js';
import { noticeOverdue, type OverdueItem } from '../notifications/index.js';
import { ANSWER_WORKING_DAYS, answerDueAt } from './inbox.service.js';

/** Any 64-bit number no other lock of this database uses: one process sweeps at a time. */
const OVERDUE_LOCK = 4_202_611_035;
/**
 * Only deadlines that passed within this many days are announced: the notice is "this just became
 * overdue". Without it, the first sweep after an upgrade would mail every officer about every comment
 * left unanswered for years.
 */
export const OVERDUE_LOOK_BACK_DAYS = 14;
/** Working days never outnumber calendar days: a comment published less than this long ago is not due. */
const MIN_CALENDAR_DAYS = ANSWER_WORKING_DAYS;
/**
 * Calendar days a deadline of five working days can stretch to (a long weekend next to the Lebaran
 * joint leave is about ten days): the oldest publication worth reading from the database.
 */
const MAX_CALENDAR_DAYS = 30;

/**
 * The sweep that tells officers about published comments passing their answer deadline (decision
 * record 0035): unanswered, unhidden comments whose deadline — 5 working days in the region's time
 * zone, the inbox's own rule — passed in the last OVERDUE_LOOK_BACK_DAYS. One notice per item and
 * recipient (the dedupe key), however often it runs; under a transaction-level advisory lock so that
 * of several API processes one sweeps and the others skip the round. Returns the rows it added.
 */
export async function sweepOverdueAnswers(em: EntityManager, catalog: CatalogSnapshot, now = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const [lock] = await tx.execute<Array<{ locked: boolean }>>('select pg_try_advisory_xact_lock(?) as locked', [OVERDUE_LOCK]);
    if (!lock?.locked) return 0;
    const candidates = await tx.execute<Array<{ id: string; published_at: string | Date; region_id: string }>>(
      `select f.id, f.published_at, f.region_id
       from feedback f left join official_response o on o.feedback_id = f.id
       where f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam and f.published_at is not null
         and f.published_at <= ?::timestamptz - make_interval(days => ?)
         and f.published_at > ?::timestamptz - make_interval(days => ?)
         and o.id is null`,
      [now, MIN_CALENDAR_DAYS, now, MAX_CALENDAR_DAYS + OVERDUE_LOOK_BACK_DAYS],
    );
    const since = now.getTime() - OVERDUE_LOOK_BACK_DAYS * 86_400_000;
    const due: OverdueItem[] = [];
    for (const row of candidates) {
      const timeZone = catalog.region(row.region_id)?.timeZone ?? 'Asia/Jakarta';
      const dueAt = answerDueAt(new Date(row.published_at), timeZone);
      if (dueAt.getTime() <= now.getTime() && dueAt.getTime() > since) due.push({ feedbackId: row.id, dueAt });
    }
    return noticeOverdue(tx, due);
  });
}
