import type { EntityManager } from '@mikro-orm/postgresql';
import { answerDueAt } from '../answers/index.js';
import type { CatalogSnapshot, RegionType } from '../catalog/index.js';
import { FeedbackFollowUpType } from './quality.types.js';

/** The overview counts comments published in this many days up to now. */
export const FOLLOW_UP_DAYS = 90;

/**
 * Answers to the region's published comments of the last 90 days, with the due date the officers'
 * inbox uses (answers/inbox.service.ts `answerDueAt`: 5 working days after publication, SP4N-LAPOR!).
 * One statement; only timestamps are read, never a citizen's words.
 */
export async function feedbackFollowUp(em: EntityManager, catalog: CatalogSnapshot, region: RegionType, now = new Date()): Promise<FeedbackFollowUpType> {
  const out = Object.assign(new FeedbackFollowUpType(), { awaitingAnswer: 0, answeredOnTime: 0, answeredLate: 0, overdue: 0 });
  const services = catalog.servicesOfRegion(region.id).map((s) => s.id);
  if (!services.length) return out;
  const rows = await em.execute<Array<{ published_at: string | Date; responded_at: string | Date | null }>>(
    `select f.published_at, o.responded_at
     from feedback f left join official_response o on o.feedback_id = f.id
     where f.service_id in (?) and f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam
       and f.published_at is not null and f.published_at > ?::timestamptz - make_interval(days => ?) and f.published_at <= ?::timestamptz`,
    [services, now.toISOString(), FOLLOW_UP_DAYS, now.toISOString()],
  );
  for (const row of rows) {
    const due = answerDueAt(new Date(row.published_at), region.timeZone).getTime();
    if (row.responded_at) {
      if (new Date(row.responded_at).getTime() > due) out.answeredLate++;
      else out.answeredOnTime++;
    } else if (now.getTime() > due) out.overdue++;
    else out.awaitingAnswer++;
  }
  return out;
}
