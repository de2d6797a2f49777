import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind } from './notification-outbox.entity.js';

/**
 * Writing the outbox (decision record 0035). Each function runs on the caller's transaction — the
 * event's own — and is one INSERT … SELECT: the recipients are found in SQL, and `on conflict
 * (dedupe_key) do nothing` makes any repetition of the event (a comment hidden and published again,
 * an answer corrected, two sweeps) add nothing.
 *
 * Staff are told in Indonesian: accounts carry no language yet, and every staff page is Indonesian
 * first. Citizens are told in the language of the rating form they used.
 */

/**
 * The officers who hear about a comment on a service of unit U: the active UNIT_OFFICERs of U, or, if
 * U has none, of the nearest unit above it that has some (an officer of Dinas Kesehatan answers for a
 * puskesmas without officers of its own — answers module — but need not hear about every comment
 * of puskesmas that have theirs). `items` must have (feedback_id, unit_id).
 */
const NEAREST_OFFICERS = `
  chain (feedback_id, unit_id, depth) as (
    select i.feedback_id, i.unit_id, 0 from items i
    union all
    select c.feedback_id, u.parent_id, c.depth + 1 from chain c join unit u on u.id = c.unit_id
    where u.parent_id is not null and c.depth < 20
  ), officers as (
    select c.feedback_id, c.depth, a.id as account_id, a.email
    from chain c
      join role_grant g on g.unit_id = c.unit_id and g.role = 'UNIT_OFFICER'
      join staff_account a on a.id = g.account_id and a.active
  ), nearest as (
    select o.feedback_id, o.account_id, o.email from officers o
    where o.depth = (select min(o2.depth) from officers o2 where o2.feedback_id = o.feedback_id)
  )`;

const INSERT = `insert into notification_outbox
  (id, created_at, region_id, kind, recipient, recipient_account_id, language, data, dedupe_key, status, attempts, next_attempt_at)`;

/**
 * Comments a moderator has just published for the first time: each now waits in its unit's inbox, so
 * each officer of the unit (see NEAREST_OFFICERS) gets one notice. Called inside the moderation
 * transaction, after the rows changed.
 */
export async function noticeCommentsPublished(tx: EntityManager, feedbackIds: readonly string[]): Promise<void> {
  if (feedbackIds.length === 0) return;
  await tx.execute(
    `with recursive items as (
       select f.id as feedback_id, f.region_id, s.id as service_id, s.name as service_name, s.unit_id
       from feedback f join public_service s on s.id = f.service_id
       where f.id in (?) and f.comment is not null
     ), ${NEAREST_OFFICERS}
     ${INSERT}
     select gen_random_uuid(), now(), i.region_id, '${NotificationKind.COMMENT_PUBLISHED}', n.email, n.account_id, 'id',
       jsonb_build_object('feedbackId', i.feedback_id, 'serviceId', i.service_id, 'serviceName', i.service_name, 'unitId', i.unit_id, 'unitName', u.name),
       'comment:' || i.feedback_id || ':' || n.account_id, 'PENDING', 0, now()
     from nearest n join items i on i.feedback_id = n.feedback_id join unit u on u.id = i.unit_id
     order by 9
     on conflict (dedupe_key) do nothing`,
    [feedbackIds],
  );
}

/**
 * The unit has answered a comment for the first time: if the citizen asked to be told (and left an
 * e-mail address), one notice to that address in the form's language. The dedupe key is the feedback's
 * alone, so a corrected answer never sends a second mail.
 */
export async function noticeAnswerGiven(tx: EntityManager, feedbackId: string): Promise<void> {
  await tx.execute(
    `${INSERT}
     select gen_random_uuid(), now(), f.region_id, '${NotificationKind.ANSWER_GIVEN}', f.contact, null, f.notify_language,
       jsonb_build_object('feedbackId', f.id, 'receiptCode', f.receipt_code, 'serviceId', s.id, 'serviceName', s.name, 'serviceSlug', s.slug, 'unitName', u.name),
       'answer:' || f.id, 'PENDING', 0, now()
     from feedback f join public_service s on s.id = f.service_id join unit u on u.id = s.unit_id
     where f.id = ? and f.notify_language is not null and f.contact is not null
     on conflict (dedupe_key) do nothing`,
    [feedbackId],
  );
}

export interface OverdueItem {
  feedbackId: string;
  dueAt: Date;
}

/**
 * Published comments past their answer deadline: one notice per item to each officer of its unit
 * (NEAREST_OFFICERS); a unit with no officer anywhere above it tells the region's moderators instead,
 * so that an overdue comment always reaches someone. Returns how many rows were added.
 */
export async function noticeOverdue(tx: EntityManager, items: readonly OverdueItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = await tx.execute<Array<{ id: string }>>(
    `with recursive input as (
       select * from json_to_recordset(?::json) as x(feedback_id uuid, due_at timestamptz)
     ), items as (
       select f.id as feedback_id, f.region_id, s.id as service_id, s.name as service_name, s.unit_id, x.due_at
       from input x join feedback f on f.id = x.feedback_id join public_service s on s.id = f.service_id
     ), ${NEAREST_OFFICERS}, fallback as (
       select i.feedback_id, a.id as account_id, a.email
       from items i
         join role_grant g on g.region_id = i.region_id and g.role = 'MODERATOR'
         join staff_account a on a.id = g.account_id and a.active
       where not exists (select 1 from nearest n where n.feedback_id = i.feedback_id)
     ), recipients as (
       select * from nearest union select * from fallback
     )
     ${INSERT}
     select gen_random_uuid(), now(), i.region_id, '${NotificationKind.ANSWER_OVERDUE}', r.email, r.account_id, 'id',
       jsonb_build_object('feedbackId', i.feedback_id, 'serviceId', i.service_id, 'serviceName', i.service_name, 'unitId', i.unit_id, 'unitName', u.name,
                          'dueAt', to_char(i.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
       'overdue:' || i.feedback_id || ':' || r.account_id, 'PENDING', 0, now()
     from recipients r join items i on i.feedback_id = r.feedback_id join unit u on u.id = i.unit_id
     order by 9
     on conflict (dedupe_key) do nothing
     returning id`,
    [JSON.stringify(items.map((i) => ({ feedback_id: i.feedbackId, due_at: i.dueAt.toISOString() })))],
  );
  return rows.length;
}

/**
 * A citizen's rating lost its personal data (a deletion request confirmed, decision record 0034): the
 * address of its answer notice goes too, whatever the notice's state — a pending one is then never
 * sent (the worker claims no row without a recipient), a sent one keeps no copy of the address.
 * Returns the number of notices changed.
 */
export async function eraseAnswerNoticeAddress(tx: EntityManager, feedbackId: string): Promise<number> {
  const rows = await tx.execute<Array<{ id: string }>>(
    `update notification_outbox set recipient = null
     where dedupe_key = 'answer:' || ?::text and recipient is not null and recipient_account_id is null
     returning id`,
    [feedbackId],
  );
  return rows.length;
}
