import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, type LocalizedText } from '../../common/errors.js';
import { ModerationActionKind, ModerationItemKind, ModerationStatus, Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { storableText } from '../../common/text.js';
import { badCursor, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { authorize, type Viewer } from '../identity/index.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { applyManyToRollup, COMMENT_MAX } from '../feedback/index.js';
import { noticeCommentsPublished } from '../notifications/index.js';
import { ItemReport, ModerationActionType, ModerationItem } from './moderation.types.js';

/**
 * The moderators' work (CONTRACT.md, Moderation): a queue of comments and forum posts per region,
 * five actions with their rules, and the append-only log. Plain SQL into plain read models; every
 * change locks the items' rows first (`for update`), so two moderators acting on one item at once
 * never both succeed on a stale state and scores are adjusted exactly once.
 */

export const REASON_MAX = 1000;
export const BULK_MAX = 50;
/** A forum post's body limit (forum_post's check constraint). */
export const FORUM_POST_MAX = 4000;
/** What the log shows for the system's own actions. */
export const SYSTEM_NAME = 'Sistem';
const REPORTS_SHOWN = 20;

const MODERATORS = [Role.MODERATOR] as const;

/**
 * Signed in and a moderator somewhere (ADMIN included); the region is checked with `authorize` once
 * the data's region is known. The resolvers' `@Authorized` says the same; this keeps the services safe
 * on their own.
 */
function moderatorSomewhere(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.hasRole(Role.MODERATOR)) throw new ForbiddenError();
  return viewer;
}

/** An instant as the cursors carry it, with PostgreSQL's full precision (microseconds). */
const isoInstant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

// --- Reading items ------------------------------------------------------------------------------

interface ItemRow {
  kind: ModerationItemKind;
  id: string;
  region_id: string;
  service_id: string | null;
  thread_id: string | null;
  thread_title: string | null;
  author_name: string | null;
  submitted_at: string | Date;
  published_at: string | Date | null;
  status: ModerationStatus;
  report_count: number;
  open_reports: number;
  /** Null only for a comment erased at the citizen's request (privacy module), whose log remains. */
  original: string | null;
  redacted: string | null;
  system_hidden: boolean;
  reports: Array<{ reason: string; at: string; open: boolean }>;
}

/** Open reports of the item `x` (a feedback or forum post row) in the column named by `col`. */
const openReports = (col: 'feedback_id' | 'forum_post_id', x: string) =>
  `(select count(*)::int from report r where r.${col} = ${x}.id and r.status = 'OPEN')`;

/** Whether the item's latest action was the system's own (the item is hidden, waiting for a moderator). */
const systemHidden = (col: 'feedback_id' | 'forum_post_id', x: string) =>
  `(${x}.moderation_status = 'HIDDEN' and coalesce((select a.moderator_id is null from moderation_action a where a.${col} = ${x}.id order by a.at desc, a.id desc limit 1), false))`;

const reportsJson = (col: 'feedback_id' | 'forum_post_id', x: string) =>
  `(select coalesce(json_agg(json_build_object('reason', r.reason, 'at', r.created_at, 'open', r.status = 'OPEN') order by r.created_at desc, r.id desc), '[]'::json)
    from (select * from report r where r.${col} = ${x}.id order by r.created_at desc, r.id desc limit ${REPORTS_SHOWN}) r)`;

const FEEDBACK_ITEMS = `select 'FEEDBACK_COMMENT' as kind, f.id, f.region_id, f.service_id, null::uuid as thread_id, null::text as thread_title,
    null::text as author_name, f.submitted_at, f.published_at, f.moderation_status as status, f.report_count,
    ${openReports('feedback_id', 'f')} as open_reports, f.comment as original, f.redacted_comment as redacted,
    ${systemHidden('feedback_id', 'f')} as system_hidden, ${reportsJson('feedback_id', 'f')} as reports
  from feedback f`;

const FORUM_ITEMS = `select 'FORUM_POST' as kind, p.id, p.region_id, t.service_id, p.thread_id, t.title as thread_title,
    p.author_name, p.created_at as submitted_at, p.published_at, p.moderation_status as status, p.report_count,
    ${openReports('forum_post_id', 'p')} as open_reports, p.body as original, p.redacted_body as redacted,
    ${systemHidden('forum_post_id', 'p')} as system_hidden, ${reportsJson('forum_post_id', 'p')} as reports
  from forum_post p join forum_thread t on t.id = p.thread_id`;

function toItem(r: ItemRow): ModerationItem {
  return Object.assign(new ModerationItem(), {
    id: r.id,
    kind: r.kind,
    text: r.redacted ?? r.original ?? '',
    status: r.status,
    reportCount: r.report_count,
    openReportCount: r.open_reports,
    submittedAt: new Date(r.submitted_at),
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    redacted: r.redacted !== null,
    originalText: r.original,
    hiddenBySystem: r.system_hidden,
    reports: r.reports.map((x) => Object.assign(new ItemReport(), { reason: x.reason, at: new Date(x.at), open: x.open })),
    threadTitle: r.thread_title,
    authorName: r.author_name,
    regionId: r.region_id,
    serviceId: r.service_id,
    threadId: r.thread_id,
  });
}

/** Comments (feedback with a comment) and forum posts by id, in one statement; unknown ids are left out. */
export async function loadItems(em: EntityManager, ids: readonly string[]): Promise<Map<string, ModerationItem>> {
  const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await em.execute<ItemRow[]>(
    // A comment erased at the citizen's request (decision record 0034) keeps its log entries, which
    // still name it: it is found here with an empty text, and no queue lists it.
    `${FEEDBACK_ITEMS} where f.id in (?) and (f.comment is not null or exists (select 1 from moderation_action a where a.feedback_id = f.id))
     union all
     ${FORUM_ITEMS} where p.id in (?)`,
    [wanted, wanted],
  );
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}

/** One item, for a moderator of its region (FORBIDDEN for others); null when no comment or post has this id. */
export async function moderationItem(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string): Promise<ModerationItem | null> {
  const item = (await loadItems(em, [id])).get(id.toLowerCase());
  if (!item) {
    moderatorSomewhere(viewer);
    return null;
  }
  authorize(viewer, catalog, MODERATORS, { regionId: item.regionId });
  return item;
}

// --- The queue ----------------------------------------------------------------------------------

export interface QueueFilter {
  regionSlug: string;
  status: ModerationStatus | null;
  serviceId: string | null;
  reported: boolean;
  first: number | null | undefined;
  after: string | null | undefined;
}

const regionNotFound = () => new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'Unknown region.' });

/**
 * A region's queue. Oldest first (a queue), or with `reported` only the items with open reports:
 * those the system hid first, then the most reported, then the oldest.
 */
export async function moderationQueue(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, filter: QueueFilter): Promise<ConnectionShape<ModerationItem>> {
  const region = catalog.regionBySlug(filter.regionSlug);
  if (!region) {
    moderatorSomewhere(viewer);
    throw regionNotFound();
  }
  authorize(viewer, catalog, MODERATORS, { regionId: region.id });
  const size = pageSize(filter.first);
  if (filter.serviceId != null) {
    const service = isUuid(filter.serviceId) ? catalog.service(filter.serviceId.toLowerCase()) : null;
    if (!service || service.regionId !== region.id) {
      const message = { id: 'Layanan ini tidak ada di daerah tersebut.', en: 'This service is not in that region.' };
      throw new BadInputError(message, [{ field: 'serviceId', message }]);
    }
  }

  const params: unknown[] = [];
  const branch = (sql: string, alias: 'f' | 'p', serviceColumn: string) => {
    let where = ` where ${alias}.region_id = ?`;
    params.push(region.id);
    if (alias === 'f') where += ' and f.comment is not null';
    if (filter.status) {
      where += ` and ${alias}.moderation_status = ?`;
      params.push(filter.status);
    }
    if (filter.serviceId) {
      where += ` and ${serviceColumn} = ?`;
      params.push(filter.serviceId.toLowerCase());
    }
    return sql + where;
  };
  const inner = `select q.kind, q.id, q.submitted_at, ${isoInstant('q.submitted_at')} as cursor_at, q.open_reports, q.system_hidden::int as sys from (
      ${branch(`select 'FEEDBACK_COMMENT' as kind, f.id, f.submitted_at, ${openReports('feedback_id', 'f')} as open_reports, ${systemHidden('feedback_id', 'f')} as system_hidden from feedback f`, 'f', 'f.service_id')}
      union all
      ${branch(`select 'FORUM_POST' as kind, p.id, p.created_at, ${openReports('forum_post_id', 'p')}, ${systemHidden('forum_post_id', 'p')} from forum_post p join forum_thread t on t.id = p.thread_id`, 'p', 't.service_id')}
    ) q ${filter.reported ? 'where q.open_reports > 0' : ''}`;
  const countParams = [...params];

  let keyset = '';
  const order = filter.reported ? 'order by -s.sys, -s.open_reports, s.submitted_at, s.id' : 'order by s.submitted_at, s.id';
  if (filter.after) {
    if (filter.reported) {
      const [sys, open, at, id] = decodeCursor(filter.after, ['text', 'text', 'timestamp', 'uuid'] as const);
      // Counts we wrote ourselves: small non-negative integers, or a cursor we never made.
      if (!/^[01]$/.test(sys) || !/^\d{1,9}$/.test(open)) throw badCursor();
      const [nSys, nOpen] = [Number(sys), Number(open)];
      keyset = 'where (-s.sys, -s.open_reports, s.submitted_at, s.id) > (?::int, ?::int, ?::timestamptz, ?::uuid)';
      params.push(-nSys, -nOpen, at, id);
    } else {
      const [at, id] = decodeCursor(filter.after, ['timestamp', 'uuid'] as const);
      keyset = 'where (s.submitted_at, s.id) > (?::timestamptz, ?::uuid)';
      params.push(at, id);
    }
  }
  const [page, [count]] = await Promise.all([
    em.execute<Array<{ kind: string; id: string; cursor_at: string; open_reports: number; sys: number }>>(
      `select * from (${inner}) s ${keyset} ${order} limit ?`,
      [...params, size + 1],
    ),
    em.execute<Array<{ n: number }>>(`select count(*)::int as n from (${inner}) s`, countParams),
  ]);
  const items = await loadItems(em, page.map((r) => r.id));
  const rows = page.map((r) => ({ item: items.get(r.id)!, key: r })).filter((r) => r.item);
  const connection = toConnection(rows, size, count!.n, ({ key }) => {
    return filter.reported ? [String(key.sys), String(key.open_reports), key.cursor_at, key.id] : [key.cursor_at, key.id];
  });
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.item })) };
}

// --- Acting -------------------------------------------------------------------------------------

interface LockedItem {
  kind: ModerationItemKind;
  id: string;
  region_id: string;
  service_id: string | null;
  thread_id: string | null;
  status: ModerationStatus;
  spam: boolean;
  original: string;
  redacted: string | null;
  published_at: string | Date | null;
  staff_author_id: string | null;
  open_reports: number;
}

export interface ModerationRequest {
  itemIds: string[];
  action: ModerationActionKind;
  reason: string | null;
  redactedText: string | null;
}

export interface ModerationOutcome {
  items: ModerationItem[];
  /** Ids whose public reads changed (services, units, regions, threads): for the read cache. */
  touched: string[];
}

const badInput = (field: string, message: LocalizedText) => new BadInputError(message, [{ field, message }]);

const ACTION_NAME: Record<ModerationActionKind, LocalizedText> = {
  APPROVE: { id: 'menyetujui', en: 'approve' },
  HIDE: { id: 'menyembunyikan', en: 'hide' },
  RESTORE: { id: 'memulihkan', en: 'restore' },
  REDACT: { id: 'menyamarkan', en: 'redact' },
  MARK_SPAM: { id: 'menandai sebagai spam', en: 'mark as spam' },
};

const STATUS_NAME: Record<ModerationStatus, LocalizedText> = {
  PENDING: { id: 'menunggu moderasi', en: 'waiting for moderation' },
  PUBLISHED: { id: 'sudah tayang', en: 'published' },
  HIDDEN: { id: 'disembunyikan', en: 'hidden' },
  SPAM: { id: 'ditandai spam', en: 'marked as spam' },
};

/** Checks what can be checked without the database; nothing is written unless all pass. */
function validateRequest(req: ModerationRequest, bulk: boolean): ModerationRequest {
  const field = bulk ? 'itemIds' : 'itemId';
  if (bulk && req.action === ModerationActionKind.REDACT) {
    throw badInput('action', {
      id: 'Penyamaran (REDACT) dilakukan satu per satu, dengan teks pengganti untuk tiap butir.',
      en: 'REDACT is done one item at a time, with its own replacement text.',
    });
  }
  const ids = [...new Set(req.itemIds.map((id) => id.trim().toLowerCase()))];
  if (ids.length < 1 || ids.length > BULK_MAX) {
    throw badInput(field, { id: `Pilih 1–${BULK_MAX} butir sekaligus.`, en: `Choose 1–${BULK_MAX} items at once.` });
  }
  if (ids.some((id) => !isUuid(id))) throw notFound();
  const reason = req.reason?.trim() ? req.reason.trim() : null;
  const needsReason = req.action === ModerationActionKind.HIDE || req.action === ModerationActionKind.REDACT || req.action === ModerationActionKind.MARK_SPAM;
  if (needsReason && !reason) {
    throw badInput('reason', { id: 'Tuliskan alasan tindakan ini; alasan dicatat di log moderasi.', en: 'Give a reason for this action; it is kept in the moderation log.' });
  }
  if (reason && ([...reason].length > REASON_MAX || !storableText(reason))) {
    throw badInput('reason', { id: `Alasan paling panjang ${REASON_MAX} karakter.`, en: `The reason can be at most ${REASON_MAX} characters.` });
  }
  let redactedText: string | null = null;
  if (req.action === ModerationActionKind.REDACT) {
    redactedText = req.redactedText?.trim() ? req.redactedText.trim() : null;
    if (!redactedText) {
      throw badInput('redactedText', { id: 'Tuliskan teks yang akan tampil untuk umum sebagai pengganti.', en: 'Give the text the public will see instead.' });
    }
    if (!storableText(redactedText)) {
      throw badInput('redactedText', { id: 'Teks pengganti berisi karakter yang tidak dapat disimpan.', en: 'The replacement text contains a character that cannot be stored.' });
    }
  } else if (req.redactedText != null && req.redactedText.trim() !== '') {
    throw badInput('redactedText', { id: 'Teks pengganti hanya untuk penyamaran (REDACT).', en: 'A replacement text is only for REDACT.' });
  }
  return { itemIds: ids, action: req.action, reason, redactedText };
}

const notFound = () =>
  new NotFoundError({ id: 'Komentar atau unggahan forum tidak ditemukan.', en: 'No comment or forum post has this id.' });

/** The status an action leads to from `from`, or the reason it cannot. */
function transition(action: ModerationActionKind, item: LockedItem): ModerationStatus | LocalizedText {
  const from = item.status;
  const impossible = (): LocalizedText => ({
    id: `Tidak dapat ${ACTION_NAME[action].id} butir yang ${STATUS_NAME[from].id}. Muat ulang untuk melihat keadaannya sekarang.`,
    en: `Cannot ${ACTION_NAME[action].en} an item that is ${STATUS_NAME[from].en}. Reload to see where it stands now.`,
  });
  switch (action) {
    case ModerationActionKind.APPROVE:
      // A published item with open reports: the moderator keeps it public and closes the reports.
      if (from === ModerationStatus.PENDING || from === ModerationStatus.HIDDEN) return ModerationStatus.PUBLISHED;
      if (from === ModerationStatus.PUBLISHED && item.open_reports > 0) return ModerationStatus.PUBLISHED;
      return impossible();
    case ModerationActionKind.HIDE:
      if (from === ModerationStatus.PENDING || from === ModerationStatus.PUBLISHED) return ModerationStatus.HIDDEN;
      // Hidden by the system after reports: the moderator confirms it with a reason and closes the reports.
      if (from === ModerationStatus.HIDDEN && item.open_reports > 0) return ModerationStatus.HIDDEN;
      return impossible();
    case ModerationActionKind.RESTORE:
      return from === ModerationStatus.HIDDEN || from === ModerationStatus.SPAM ? ModerationStatus.PUBLISHED : impossible();
    case ModerationActionKind.REDACT:
      return from === ModerationStatus.SPAM ? impossible() : from;
    case ModerationActionKind.MARK_SPAM:
      return from === ModerationStatus.SPAM ? impossible() : ModerationStatus.SPAM;
  }
}

/**
 * One action on one or many items, all or nothing, in one transaction: the rows are locked, every
 * rule checked against their state at that moment, then the items change, the scores follow
 * (MARK_SPAM takes a rating out of every score, RESTORE from spam puts it back), one log entry per
 * item is appended and the items' open reports are closed.
 */
export async function moderate(
  em: EntityManager,
  viewer: Viewer | null,
  catalog: CatalogSnapshot,
  request: ModerationRequest,
  bulk: boolean,
): Promise<ModerationOutcome> {
  const actor = moderatorSomewhere(viewer); // the region of each item is checked once it is locked
  const req = validateRequest(request, bulk);
  const touched = new Set<string>();

  await em.transactional(async (tx) => {
    // Locked in one fixed order (feedback, then forum posts, each by id) so that two bulk actions
    // over the same items wait for each other instead of deadlocking.
    const locked = [
      ...(await tx.execute<LockedItem[]>(
        `select 'FEEDBACK_COMMENT' as kind, f.id, f.region_id, f.service_id, null::uuid as thread_id, f.moderation_status as status, f.spam,
                f.comment as original, f.redacted_comment as redacted, f.published_at, null::uuid as staff_author_id, ${openReports('feedback_id', 'f')} as open_reports
         from feedback f where f.id in (?) and f.comment is not null order by f.id for update`,
        [req.itemIds],
      )),
      ...(await tx.execute<LockedItem[]>(
        `select 'FORUM_POST' as kind, p.id, p.region_id, t.service_id, p.thread_id, p.moderation_status as status, false as spam,
                p.body as original, p.redacted_body as redacted, p.published_at, p.staff_author_id, ${openReports('forum_post_id', 'p')} as open_reports
         from forum_post p join forum_thread t on t.id = p.thread_id where p.id in (?) order by p.id for update of p`,
        [req.itemIds],
      )),
    ];
    if (locked.length !== req.itemIds.length) throw notFound();
    // Publishing a forum post moves its thread's last activity (a trigger on forum_post), which locks
    // the thread. Taken here, all at once and by id, rather than post by post as the updates below
    // fire the trigger: two moderators approving different replies of the same threads would
    // otherwise each hold one thread and wait for the other's (a deadlock, refused as an error).
    const threadIds = [...new Set(locked.map((i) => i.thread_id).filter((id): id is string => id !== null))].sort();
    if (threadIds.length) await tx.execute(`select id from forum_thread where id in (?) order by id for no key update`, [threadIds]);

    const next = new Map<string, ModerationStatus>();
    for (const item of locked) {
      authorize(actor, catalog, MODERATORS, { regionId: item.region_id });
      if (item.staff_author_id && item.staff_author_id === actor.accountId) {
        throw new ForbiddenError({
          id: 'Anda tidak dapat memoderasi unggahan forum Anda sendiri; mintalah moderator lain.',
          en: 'You cannot moderate your own forum post; ask another moderator.',
        });
      }
      const to = transition(req.action, item);
      if (typeof to !== 'string') throw new ConflictError(to);
      if (req.action === ModerationActionKind.REDACT) {
        const max = item.kind === ModerationItemKind.FEEDBACK_COMMENT ? COMMENT_MAX : FORUM_POST_MAX;
        if ([...req.redactedText!].length > max) {
          throw badInput('redactedText', { id: `Teks pengganti paling panjang ${max} karakter.`, en: `The replacement text can be at most ${max} characters.` });
        }
        if (req.redactedText === (item.redacted ?? item.original)) {
          throw badInput('redactedText', { id: 'Teks pengganti sama dengan teks yang tampil sekarang.', en: 'The replacement text is the same as the text shown now.' });
        }
      }
      next.set(item.id, to);
    }

    const feedback = locked.filter((i) => i.kind === ModerationItemKind.FEEDBACK_COMMENT);
    const posts = locked.filter((i) => i.kind === ModerationItemKind.FORUM_POST);
    // Scores: only a change of the spam flag moves a rating in or out of the rollups, exactly once
    // (the row lock makes a second, concurrent MARK_SPAM see SPAM and fail above).
    const becomeSpam = feedback.filter((i) => !i.spam && next.get(i.id) === ModerationStatus.SPAM).map((i) => i.id);
    const leaveSpam = feedback.filter((i) => i.spam && next.get(i.id) !== ModerationStatus.SPAM).map((i) => i.id);

    for (const item of locked) {
      const to = next.get(item.id)!;
      const table = item.kind === ModerationItemKind.FEEDBACK_COMMENT ? 'feedback' : 'forum_post';
      const redactedColumn = item.kind === ModerationItemKind.FEEDBACK_COMMENT ? 'redacted_comment' : 'redacted_body';
      const sets = ['moderation_status = ?'];
      const values: unknown[] = [to];
      if (to === ModerationStatus.PUBLISHED) sets.push('published_at = coalesce(published_at, clock_timestamp())');
      if (item.kind === ModerationItemKind.FEEDBACK_COMMENT) {
        sets.push('spam = ?');
        values.push(to === ModerationStatus.SPAM);
      }
      if (req.action === ModerationActionKind.REDACT) {
        sets.push(`${redactedColumn} = ?`);
        values.push(req.redactedText);
      }
      await tx.execute(`update ${table} set ${sets.join(', ')} where id = ?`, [...values, item.id]);
    }
    // A comment published for the first time now waits in its unit's inbox: its officers are told,
    // in this transaction, so a rolled-back action tells no one (decision record 0035).
    await noticeCommentsPublished(
      tx,
      feedback.filter((i) => next.get(i.id) === ModerationStatus.PUBLISHED && i.published_at === null).map((i) => i.id),
    );
    // After the rows: the rollup statement reads the scores of the rows it adjusts.
    await applyManyToRollup(tx, becomeSpam, -1);
    await applyManyToRollup(tx, leaveSpam, 1);

    const actions = locked.map((item) => [
      randomUUID(),
      item.kind,
      item.kind === ModerationItemKind.FEEDBACK_COMMENT ? item.id : null,
      item.kind === ModerationItemKind.FORUM_POST ? item.id : null,
      item.region_id,
      req.action,
      req.reason,
      req.action === ModerationActionKind.REDACT ? req.redactedText : null,
      req.action === ModerationActionKind.REDACT ? (item.redacted ?? item.original) : null,
      actor.accountId,
    ]);
    // The clock at this moment, not the transaction's start: an action that waited for another
    // moderator's lock is logged after it, so the log's order is the order the decisions took effect.
    await tx.execute(
      `insert into moderation_action (id, created_at, item_kind, feedback_id, forum_post_id, region_id, action, reason, redacted_text, previous_text, moderator_id, at)
       select v.id::uuid, t.at, v.kind, v.feedback_id::uuid, v.forum_post_id::uuid, v.region_id::uuid, v.action, v.reason, v.redacted_text, v.previous_text, v.moderator_id::uuid, t.at
       from (values ${actions.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}) as v(id, kind, feedback_id, forum_post_id, region_id, action, reason, redacted_text, previous_text, moderator_id)
       cross join (select clock_timestamp() as at) t`,
      actions.flat(),
    );
    const feedbackIds = feedback.map((i) => i.id);
    const postIds = posts.map((i) => i.id);
    if (feedbackIds.length) await tx.execute(`update report set status = 'RESOLVED' where feedback_id in (?) and status = 'OPEN'`, [feedbackIds]);
    if (postIds.length) await tx.execute(`update report set status = 'RESOLVED' where forum_post_id in (?) and status = 'OPEN'`, [postIds]);

    for (const item of locked) {
      const service = item.service_id ? catalog.service(item.service_id) : null;
      touched.add(item.region_id);
      if (service) touched.add(service.id).add(service.unitId);
      if (item.thread_id) touched.add(item.thread_id);
    }
  });

  const items = await loadItems(em, req.itemIds);
  return { items: req.itemIds.map((id) => items.get(id)!), touched: [...touched] };
}

// --- The log ------------------------------------------------------------------------------------

export interface LogFilter {
  itemId: string | null;
  regionSlug: string | null;
  first: number | null | undefined;
  after: string | null | undefined;
}

/** The log of one item or one region, newest first, for the moderators of its region. */
export async function moderationLog(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, filter: LogFilter): Promise<ConnectionShape<ModerationActionType>> {
  moderatorSomewhere(viewer);
  if ((filter.itemId == null) === (filter.regionSlug == null)) {
    throw badInput('itemId', { id: 'Sebutkan salah satu: itemId atau regionSlug.', en: 'Give exactly one of itemId or regionSlug.' });
  }
  const size = pageSize(filter.first);
  let where: string;
  const params: unknown[] = [];
  if (filter.itemId != null) {
    const item = (await loadItems(em, [filter.itemId])).get(filter.itemId.toLowerCase());
    if (!item) throw notFound();
    authorize(viewer, catalog, MODERATORS, { regionId: item.regionId });
    where = item.kind === ModerationItemKind.FEEDBACK_COMMENT ? 'a.feedback_id = ?' : 'a.forum_post_id = ?';
    params.push(item.id);
  } else {
    const region = catalog.regionBySlug(filter.regionSlug!);
    if (!region) throw regionNotFound();
    authorize(viewer, catalog, MODERATORS, { regionId: region.id });
    where = 'a.region_id = ?';
    params.push(region.id);
  }
  const countParams = [...params];
  const countWhere = where;
  if (filter.after) {
    const [at, id] = decodeCursor(filter.after, ['timestamp', 'uuid'] as const);
    where += ' and (a.at, a.id) < (?::timestamptz, ?::uuid)';
    params.push(at, id);
  }
  const [rows, [count]] = await Promise.all([
    em.execute<
      Array<{ id: string; action: ModerationActionKind; reason: string | null; redacted_text: string | null; previous_text: string | null; at: string | Date; cursor_at: string; moderator_name: string | null; system: boolean; item_id: string }>
    >(
      `select a.id, a.action, a.reason, a.redacted_text, a.previous_text, a.at, ${isoInstant('a.at')} as cursor_at, s.name as moderator_name, a.moderator_id is null as system,
              coalesce(a.feedback_id, a.forum_post_id) as item_id
       from moderation_action a left join staff_account s on s.id = a.moderator_id
       where ${where} order by a.at desc, a.id desc limit ?`,
      [...params, size + 1],
    ),
    em.execute<Array<{ n: number }>>(`select count(*)::int as n from moderation_action a where ${countWhere}`, countParams),
  ]);
  const entries = rows.map((r) =>
    Object.assign(new ModerationActionType(), {
      id: r.id,
      action: r.action,
      reason: r.reason,
      moderator: { name: r.system ? SYSTEM_NAME : (r.moderator_name ?? ''), system: r.system },
      at: new Date(r.at),
      redactedText: r.redacted_text,
      // Every caller here moderates the region (checked above): the lawful viewers of the original.
      previousText: r.previous_text,
      itemId: r.item_id,
      cursorAt: r.cursor_at,
    }),
  );
  return toConnection(entries, size, count!.n, (e) => [e.cursorAt, e.id]);
}
