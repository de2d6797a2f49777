import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { ELEMENT_STEM, LOW_SCORE_MAX } from '../../common/element-columns.js';

/**
 * The statement that stores a batch of ratings (one or many) in ONE round trip and one implicit
 * transaction (decision records 0007 and 0008). For every rating, in order:
 *
 * 1. `meta`     its service, unit, region, the region's time zone and proof-of-work switch;
 * 2. `prior`    an earlier rating with the same idempotency key (then nothing else happens for it);
 * 3. `pow`      the once-only record of its proof-of-work solution, if it carries one;
 * 4. `admitted` whether it may go on: a kiosk's rating when the kiosk is still registered (it never
 *               needs a proof of work); any other when its region's proof of work, if required, was
 *               accepted;
 * 5. `counter`  one point against its network address, unless the address is over its limit — the
 *               soft one, or the hard one when this rating's proof of work was accepted — or, for a
 *               kiosk's rating, against the kiosk's counter of the hour it was answered in (its cap
 *               and expiry travel with the row: issue 12);
 * 6. `stored`   the feedback row (`on conflict (idempotency_key) do nothing` for a twin in flight);
 * 7. `rollup`   the day's satisfaction rows, summed per service and day over the batch;
 * 8. `reasons`  the "what went wrong?" reasons of each stored rating (feedback_reason, issue 13): only
 *               for a row `stored` returned, so a replayed key or a refused rating adds none.
 *
 * Each step runs only for what the earlier ones admitted: a refused rating stores nothing and takes
 * no point, and a stored one always takes its point. The answer has one row per rating, in order,
 * with what happened to it. Rows are locked in one global order (counter keys, then rollup rows by
 * service and day) so that concurrent batches never wait on each other in a cycle; the batcher keeps
 * any address, key or proof out of a batch while another batch in flight has it.
 */

export interface RatingRow {
  serviceId: string;
  idempotencyKey: string;
  receiptCode: string;
  scores: Record<SkmElement, number>;
  comment: string | null;
  moderationStatus: string;
  spam: boolean;
  ageGroup: string | null;
  gender: string | null;
  education: string | null;
  occupation: string | null;
  contact: string | null;
  /** `id`/`en`: tell `contact` by e-mail when the unit answers (decision record 0035); null: do not. */
  notifyLanguage?: string | null;
  channel: string;
  clientHash: string;
  deviceHash: string | null;
  /** The counter key (the address's, or the kiosk's hour's); null when limits are off. */
  limitKey: string | null;
  /** The counter's cap for this row when it is not the address's soft/hard limit (a kiosk's). */
  limitCap?: number | null;
  /** When a new counter of this key expires, when not a window from now (a kiosk's hour counter). */
  limitExpire?: Date | null;
  /** The registered kiosk that sent it (channel KIOSK); null otherwise. */
  kioskId?: string | null;
  /** When the citizen answered, for a rating that waited in a kiosk's queue; null: now. */
  answeredAt?: Date | null;
  /** The proof-of-work solution's once-only key; null without one. */
  powKey: string | null;
  /** Reasons picked for elements scored 1 or 2, already checked (validateSubmission); none: empty. */
  lowScoreReasons?: ReadonlyArray<{ element: SkmElement; reason: string }>;
}

export interface RatingOutcome {
  n: number;
  service_found: boolean;
  unit_id: string | null;
  region_id: string | null;
  pow_required: boolean | null;
  /** False when the row names a kiosk that is no longer registered (revoked in the meantime). */
  kiosk_ok: boolean | null;
  pow_accepted: boolean;
  counted: boolean;
  id: string | null;
  submitted_at: string | Date | null;
  prior_id: string | null;
  prior_service_id: string | null;
  prior_receipt_code: string | null;
  prior_submitted_at: string | Date | null;
  prior_channel: string | null;
  points_before: number | null;
  wait: number | null;
}

export interface BatchLimits {
  soft: number;
  hard: number;
  windowSeconds: number;
  proofOfWorkMemorySeconds: number;
}

const STEMS = SKM_ELEMENTS.map((e) => ELEMENT_STEM[e]);
const SCORE_COLUMNS = STEMS.map((s) => `score_${s}`);
const ROLLUP_COLUMNS = ['response_count', ...STEMS.map((s) => `sum_${s}`), ...STEMS.map((s) => `low_${s}`)];
const ROLLUP_VALUES = [
  'count(*)',
  ...STEMS.map((s) => `sum(s.score_${s})`),
  ...STEMS.map((s) => `count(*) filter (where s.score_${s} <= ${LOW_SCORE_MAX})`),
];
const ROLLUP_ADD = ROLLUP_COLUMNS.map((c) => `${c} = satisfaction_daily.${c} + excluded.${c}`).join(', ');

/** One array per column: the statement's text is the same for any batch, so it is prepared once. */
export function ratingBatchStatement(rows: readonly RatingRow[], limits: BatchLimits): SqlQuery {
  const column = <T>(pick: (r: RatingRow) => T) => rows.map(pick);
  // The reasons as three parallel arrays (rating's position, element, code): a rating has any number
  // of them, and the statement's text stays the same for any batch.
  const reasons = rows.flatMap((r, index) => (r.lowScoreReasons ?? []).map((x) => ({ n: index + 1, ...x })));
  const scoreArrays = SKM_ELEMENTS.map((e) => sql`${column((r) => r.scores[e])}::smallint[]`).reduce((all, one) => sql`${all}, ${one}`);
  return sql`
    with input as (
      select * from unnest(
        ${column((r) => r.serviceId)}::uuid[], ${column((r) => r.idempotencyKey)}::text[], ${column((r) => r.receiptCode)}::text[],
        ${scoreArrays},
        ${column((r) => r.comment)}::text[], ${column((r) => r.moderationStatus)}::text[], ${column((r) => r.spam)}::boolean[],
        ${column((r) => r.ageGroup)}::text[], ${column((r) => r.gender)}::text[], ${column((r) => r.education)}::text[],
        ${column((r) => r.occupation)}::text[], ${column((r) => r.contact)}::text[], ${column((r) => r.notifyLanguage ?? null)}::text[], ${column((r) => r.channel)}::text[],
        ${column((r) => r.clientHash)}::text[], ${column((r) => r.deviceHash)}::text[],
        ${column((r) => r.limitKey)}::text[], ${column((r) => r.powKey)}::text[],
        ${column((r) => r.limitCap ?? null)}::int[], ${column((r) => r.limitExpire ?? null)}::timestamptz[],
        ${column((r) => r.kioskId ?? null)}::uuid[], ${column((r) => r.answeredAt ?? null)}::timestamptz[]
      ) with ordinality as i(service_id, idempotency_key, receipt_code, ${raw(SCORE_COLUMNS.join(', '))},
        comment, moderation_status, spam, age_group, gender, education, occupation, contact, notify_language, channel,
        client_hash, device_hash, limit_key, pow_key, limit_cap, limit_expire, kiosk_id, answered_at, n)
    ), meta as (
      select i.n, s.id as service_id, s.region_id, s.unit_id, r.time_zone, r.proof_of_work_required as pow_required,
        (i.kiosk_id is null or exists (select 1 from kiosk_device k where k.id = i.kiosk_id and k.revoked_at is null)) as kiosk_ok
      from input i join public_service s on s.id = i.service_id join region r on r.id = s.region_id
    ), prior as (
      select i.n, f.id, f.service_id, f.receipt_code, f.submitted_at, f.channel
      from input i join feedback f on f.idempotency_key = i.idempotency_key
    ), pow as (
      insert into rate_limit (key, points, expire)
      select i.pow_key, 1, now() + make_interval(secs => ${limits.proofOfWorkMemorySeconds}::int)
      from input i join meta m on m.n = i.n
      where i.pow_key is not null and i.kiosk_id is null and not exists (select 1 from prior p where p.n = i.n)
      order by i.pow_key
      on conflict (key) do nothing
      returning key
    ), admitted as (
      select i.n, i.limit_key, i.limit_expire,
        coalesce(i.limit_cap, case when coalesce(i.pow_key in (select key from pow), false) then ${limits.hard}::int else ${limits.soft}::int end) as cap
      from input i join meta m on m.n = i.n
      where not exists (select 1 from prior p where p.n = i.n)
        and m.kiosk_ok
        and (i.kiosk_id is not null or not m.pow_required or coalesce(i.pow_key in (select key from pow), false))
    ), counter as (
      insert into rate_limit as r (key, points, expire)
      select a.limit_key, 1, coalesce(a.limit_expire, now() + make_interval(secs => ${limits.windowSeconds}::int))
      from admitted a where a.limit_key is not null
      order by a.limit_key
      on conflict (key) do update set
        points = case when r.expire <= now() then 1 else r.points + 1 end,
        expire = case when r.expire <= now() then excluded.expire else r.expire end
      where r.expire <= now()
         or r.points < (select a2.cap from admitted a2 where a2.limit_key = excluded.key)
      returning key
    ), stored as (
      insert into feedback (id, created_at, service_id, region_id, submitted_at, ${raw(SCORE_COLUMNS.join(', '))},
        comment, moderation_status, spam, report_count, respondent_age_group, respondent_gender, respondent_education,
        respondent_occupation, contact, notify_language, receipt_code, idempotency_key, channel, kiosk_device_id, client_hash, device_hash)
      select gen_random_uuid(), now(), m.service_id, m.region_id, coalesce(i.answered_at, now()), ${raw(SCORE_COLUMNS.map((c) => `i.${c}`).join(', '))},
        i.comment, i.moderation_status, i.spam, 0, i.age_group, i.gender, i.education,
        i.occupation, i.contact, i.notify_language, i.receipt_code, i.idempotency_key, i.channel, i.kiosk_id, i.client_hash, i.device_hash
      from input i join meta m on m.n = i.n join admitted a on a.n = i.n
      where a.limit_key is null or a.limit_key in (select key from counter)
      order by i.idempotency_key
      on conflict (idempotency_key) do nothing
      returning id, submitted_at, idempotency_key, service_id, spam, ${raw(SCORE_COLUMNS.join(', '))}
    ), rollup as (
      insert into satisfaction_daily (service_id, day, region_id, unit_id, ${raw(ROLLUP_COLUMNS.join(', '))})
      select s.service_id, (s.submitted_at at time zone m.time_zone)::date, m.region_id, m.unit_id, ${raw(ROLLUP_VALUES.join(', '))}
      from stored s join input i on i.idempotency_key = s.idempotency_key join meta m on m.n = i.n
      where not s.spam
      group by 1, 2, 3, 4
      order by 1, 2
      on conflict (service_id, day) do update set ${raw(ROLLUP_ADD)}
    ), reasons as (
      insert into feedback_reason (feedback_id, element, reason, region_id, service_id, submitted_at)
      select s.id, x.element, x.reason, m.region_id, m.service_id, s.submitted_at
      from unnest(${reasons.map((x) => x.n)}::int[], ${reasons.map((x) => x.element)}::text[], ${reasons.map((x) => x.reason)}::text[]) as x(n, element, reason)
        join input i on i.n = x.n join meta m on m.n = i.n join stored s on s.idempotency_key = i.idempotency_key
      order by s.id, x.element, x.reason
      on conflict do nothing
    )
    select i.n::int as n, m.service_id is not null as service_found, m.unit_id, m.region_id, m.pow_required, m.kiosk_ok,
      coalesce(i.pow_key in (select key from pow), false) as pow_accepted,
      coalesce(i.limit_key in (select key from counter), false) as counted,
      s.id, s.submitted_at,
      p.id as prior_id, p.service_id as prior_service_id, p.receipt_code as prior_receipt_code, p.submitted_at as prior_submitted_at, p.channel as prior_channel,
      r.points as points_before, greatest(1, ceil(extract(epoch from (r.expire - now()))))::int as wait
    from input i
      left join meta m on m.n = i.n
      left join prior p on p.n = i.n
      left join stored s on s.idempotency_key = i.idempotency_key
      left join rate_limit r on r.key = i.limit_key
    order by i.n`;
}
