import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../../common/errors.js';
import { InboxStatus, Role, type InboxItemKind } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { todayIn } from '../../common/calendar.js';
import { countWorkingDays, workingDayDeadline } from '../../common/working-days.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { THREAD_PUBLIC } from '../forum/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { InboxItem } from './answers.types.js';
import { toResponse } from './answers.service.js';

/** SP4N-LAPOR!: a complaint is answered within 5 working days of its publication. */
export const ANSWER_WORKING_DAYS = 5;

/** When an answer to something published at `published` is due: the inbox's rule, also used by the mayor's overview. */
export function answerDueAt(published: Date, timeZone: string): Date {
  return workingDayDeadline(published, ANSWER_WORKING_DAYS, timeZone);
}

/**
 * The same rule as a calendar day, as a citizen reads it ("answered by Friday 5 December"):
 * `answerDueAt` is the local midnight that ends that day, so the day is the one just before it.
 */
export function answerDueDay(published: Date, timeZone: string): string {
  return todayIn(timeZone, new Date(answerDueAt(published, timeZone).getTime() - 1));
}

const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * The units whose inbox the caller reads: `unitId` (and its sub-units) when given — a unit officer
 * over it, a MODERATOR of its region, an ADMIN — otherwise the units of the caller's officer grants
 * and their sub-units.
 */
function scope(catalog: CatalogSnapshot, viewer: Viewer | null, unitId: string | null | undefined): string[] {
  if (unitId != null) {
    const known = isUuid(unitId) ? catalog.unit(unitId.toLowerCase()) : null;
    if (!known) {
      const message = { id: 'Unit tidak ditemukan.', en: 'Unknown unit.' };
      throw new BadInputError(message, [{ field: 'unitId', message }]);
    }
    authorize(viewer, catalog, [Role.UNIT_OFFICER, Role.MODERATOR], { unitId: known.id });
    return catalog.unitAndBelow(known.id);
  }
  if (!viewer) throw new UnauthenticatedError();
  const own = viewer.grants.filter((g) => g.role === Role.UNIT_OFFICER && g.unitId);
  if (own.length === 0) {
    // A moderator or an admin reads a unit's inbox by naming it; anyone else has none.
    if (!viewer.hasRole(Role.MODERATOR)) throw new ForbiddenError();
    const message = { id: 'Pilih unit yang kotak masuknya ingin dibaca (unitId).', en: 'Choose the unit whose inbox to read (unitId).' };
    throw new BadInputError(message, [{ field: 'unitId', message }]);
  }
  return [...new Set(own.flatMap((g) => catalog.unitAndBelow(g.unitId!)))];
}

interface Row {
  id: string;
  kind: InboxItemKind;
  text: string;
  thread_title: string | null;
  service_id: string | null;
  unit_id: string;
  submitted_at: string | Date;
  published_at: string | Date | null;
  since: string;
  response_id: string | null;
  response_body: string | null;
  response_at: string | Date | null;
  response_edited_at: string | Date | null;
  response_unit_id: string | null;
  total: number;
}

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Comments of the scope's services, in the state `status` asks for, as inbox rows. */
function commentsSql(status: InboxStatus): string {
  const columns = `f.id, 'FEEDBACK_COMMENT' as kind, coalesce(f.redacted_comment, f.comment) as text, null::text as thread_title,
      f.service_id, s.unit_id, f.submitted_at`;
  if (status === InboxStatus.PENDING_MODERATION) {
    return `select ${columns}, null::timestamptz as published_at, f.submitted_at as sort_at,
        null::uuid as response_id, null::text as response_body, null::timestamptz as response_at, null::timestamptz as response_edited_at, null::uuid as response_unit_id
      from feedback f join public_service s on s.id = f.service_id
      where f.service_id in (?) and f.moderation_status = 'PENDING' and f.comment is not null and not f.spam`;
  }
  const answered = status === InboxStatus.ANSWERED;
  return `select ${columns}, f.published_at, f.published_at as sort_at,
      o.id as response_id, o.body as response_body, o.responded_at as response_at, o.edited_at as response_edited_at, o.unit_id as response_unit_id
    from feedback f join public_service s on s.id = f.service_id
    ${answered ? 'join' : 'left join'} official_response o on o.feedback_id = f.id
    where f.service_id in (?) and f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam and f.published_at is not null
      ${answered ? '' : 'and o.id is null'}`;
}

/**
 * Forum threads of the scope's units: UNANSWERED when a published citizen post came after the unit's
 * last official post (counted from the oldest such post), ANSWERED otherwise once the unit wrote.
 */
function threadsSql(status: InboxStatus): string {
  const lastOfficial = `left join lateral (
      select p.id, p.body, p.published_at, p.official_unit_id from forum_post p
      where p.thread_id = t.id and p.moderation_status = 'PUBLISHED' and p.official_unit_id is not null
      order by p.published_at desc, p.id desc limit 1) lo on true`;
  if (status === InboxStatus.UNANSWERED) {
    return `select t.id, 'FORUM_THREAD' as kind, w.body as text, t.title as thread_title, t.service_id, t.unit_id, w.created_at as submitted_at,
        w.published_at, w.published_at as sort_at,
        null::uuid as response_id, null::text as response_body, null::timestamptz as response_at, null::timestamptz as response_edited_at, null::uuid as response_unit_id
      from forum_thread t ${lastOfficial}
      join lateral (
        select coalesce(p.redacted_body, p.body) as body, p.created_at, p.published_at from forum_post p
        where p.thread_id = t.id and p.moderation_status = 'PUBLISHED' and p.official_unit_id is null and p.published_at is not null
          and (lo.published_at is null or p.published_at > lo.published_at)
        order by p.published_at, p.id limit 1) w on true
      where t.unit_id in (?) and ${THREAD_PUBLIC}`;
  }
  return `select t.id, 'FORUM_THREAD' as kind, q.body as text, t.title as thread_title, t.service_id, t.unit_id, q.created_at as submitted_at,
      q.published_at, q.published_at as sort_at,
      lo.id as response_id, lo.body as response_body, lo.published_at as response_at, null::timestamptz as response_edited_at, lo.official_unit_id as response_unit_id
    from forum_thread t ${lastOfficial}
    join lateral (
      select coalesce(p.redacted_body, p.body) as body, p.created_at, p.published_at, p.moderation_status from forum_post p
      where p.thread_id = t.id order by p.created_at, p.id limit 1) q on q.moderation_status = 'PUBLISHED'
    where t.unit_id in (?) and lo.id is not null
      and not exists (select 1 from forum_post c where c.thread_id = t.id and c.moderation_status = 'PUBLISHED'
                      and c.official_unit_id is null and c.published_at > lo.published_at)`;
}

/**
 * An officer's inbox: one query per page (the comments and the threads of the units in scope, in
 * one ordered union with its total), then the working-day arithmetic in the region's time zone for
 * the page's items only. Oldest first, which is also soonest due: a later publication is never due
 * earlier.
 */
export async function officerInbox(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId?: string | null; status?: InboxStatus | null; first?: number | null; after?: string | null },
  now = new Date(),
): Promise<ConnectionShape<InboxItem>> {
  const units = scope(catalog, viewer, args.unitId);
  const status = args.status ?? InboxStatus.UNANSWERED;
  const size = pageSize(args.first);
  const services = units.flatMap((u) => catalog.servicesOfUnit(u).map((s) => s.id));
  const parts = [commentsSql(status)];
  const params: unknown[] = [services.length ? services : [NIL]];
  if (status !== InboxStatus.PENDING_MODERATION) {
    parts.push(threadsSql(status));
    params.push(units);
  }
  let keyset = '';
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid'] as const);
    keyset = 'where (i.sort_at, i.id) > (?::timestamptz, ?::uuid)';
    params.push(at, id);
  }
  const rows = await em.execute<Row[]>(
    `with items as materialized (${parts.join(' union all ')})
     select i.*, ${ISO('i.sort_at')} as since, (select count(*)::int from items) as total
     from items i ${keyset} order by i.sort_at, i.id limit ?`,
    [...params, size + 1],
  );

  const items = rows.map((r) => {
    const unit = catalog.unit(r.unit_id)!;
    const timeZone = catalog.region(unit.regionId)?.timeZone ?? 'Asia/Jakarta';
    const published = r.published_at ? new Date(r.published_at) : null;
    const response = r.response_id
      ? toResponse({ id: r.response_id, body: r.response_body!, responded_at: r.response_at!, edited_at: r.response_edited_at, unit_id: r.response_unit_id! })
      : null;
    const dueAt = published ? answerDueAt(published, timeZone) : null;
    const end = response ? response.respondedAt : now;
    const item = Object.assign(new InboxItem(), {
      id: r.id,
      kind: r.kind,
      text: r.text,
      threadTitle: r.thread_title,
      serviceId: r.service_id,
      unitId: r.unit_id,
      submittedAt: new Date(r.submitted_at),
      publishedAt: published,
      dueAt,
      workingDaysOpen: countWorkingDays(published ?? new Date(r.submitted_at), end, timeZone),
      overdue: dueAt !== null && end.getTime() > dueAt.getTime(),
      response,
    });
    return Object.assign(item, { since: r.since });
  });
  return toConnection(items, size, rows[0]?.total ?? (args.after ? await countOnly() : 0), (n) => [(n as InboxItem & { since: string }).since, n.id]);

  // A page past the last item still says how many there are.
  async function countOnly(): Promise<number> {
    const [row] = await em.execute<Array<{ total: number }>>(`select count(*)::int as total from (${parts.join(' union all ')}) i`, params.slice(0, parts.length));
    return row?.total ?? 0;
  }
}
