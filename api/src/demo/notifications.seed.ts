import type { EntityManager } from '@mikro-orm/postgresql';
import { answerDueAt, OVERDUE_LOOK_BACK_DAYS } from '../modules/answers/index.js';
import { noticeAnswerGiven, noticeCommentsPublished, noticeOverdue, type OverdueItem } from '../modules/notifications/index.js';

/**
 * The demo's notification outbox (decision record 0035), so that `/staf/notifikasi` shows each kind
 * and state: per region, its three newest published comments on units with an officer, told to those officers (one
 * comment's notices already SENT), the comments whose answer deadline passed in the last fortnight (two
 * at most), and one citizen told of an answer. Written by the outbox's own functions, as the events
 * would; the rows then get ids derived from their dedupe keys, and the choices follow the demo's
 * rows and `today`, so two loads for the same day make the same outbox. Returns how many rows.
 */
export async function seedNotifications(tx: EntityManager, today: string): Promise<number> {
  const now = new Date(`${today}T12:00:00Z`);
  const newest = await tx.execute<Array<{ id: string }>>(
    `select id from (
       select f.id, row_number() over (partition by f.region_id order by f.published_at desc, f.id) as rn
       from feedback f join public_service s on s.id = f.service_id
       where f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam and f.published_at is not null
         and exists (select 1 from role_grant g where g.role = 'UNIT_OFFICER' and g.unit_id = s.unit_id)
     ) x where rn <= 3 order by id`,
  );
  await noticeCommentsPublished(tx, newest.map((r) => r.id));

  const candidates = await tx.execute<Array<{ id: string; published_at: string | Date; time_zone: string; region_id: string }>>(
    `select f.id, f.published_at, r.time_zone, f.region_id
     from feedback f join region r on r.id = f.region_id left join official_response o on o.feedback_id = f.id
     where f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam and o.id is null
       and f.published_at between ?::timestamptz - interval '40 days' and ?::timestamptz - interval '5 days'
     order by f.published_at desc, f.id`,
    [now, now],
  );
  const overdue: OverdueItem[] = [];
  const perRegion = new Map<string, number>();
  for (const c of candidates) {
    const dueAt = answerDueAt(new Date(c.published_at), c.time_zone);
    const taken = perRegion.get(c.region_id) ?? 0;
    if (taken >= 2 || dueAt > now || now.getTime() - dueAt.getTime() > OVERDUE_LOOK_BACK_DAYS * 86_400_000) continue;
    perRegion.set(c.region_id, taken + 1);
    overdue.push({ feedbackId: c.id, dueAt });
  }
  await noticeOverdue(tx, overdue);

  // In each region, a citizen who left an e-mail address and asked to be told, whose comment the unit answered.
  const answered = await tx.execute<Array<{ id: string }>>(
    `select distinct on (f.region_id) f.id from feedback f join official_response o on o.feedback_id = f.id
     where f.contact like '%@%' order by f.region_id, o.responded_at desc, f.id`,
  );
  for (const { id } of answered) {
    await tx.execute(`update feedback set notify_language = 'id' where id = ?`, [id]);
    await noticeAnswerGiven(tx, id);
  }

  // Stable ids and times; one comment's notices per region already went out (the smallest id).
  await tx.execute(`update notification_outbox set id = md5('demo-notification:' || dedupe_key)::uuid, created_at = ?, next_attempt_at = ?`, [now, now]);
  await tx.execute(
    `update notification_outbox n set status = 'SENT', attempts = 1, sent_at = n.created_at
     where n.kind = 'COMMENT_PUBLISHED' and (n.data->>'feedbackId')::uuid = (
       select min(m.id::text)::uuid from feedback m
       where m.id in (select (o.data->>'feedbackId')::uuid from notification_outbox o where o.region_id = n.region_id and o.kind = 'COMMENT_PUBLISHED'))`,
  );
  const [count] = await tx.execute<Array<{ n: number }>>('select count(*)::int as n from notification_outbox');
  return count?.n ?? 0;
}
