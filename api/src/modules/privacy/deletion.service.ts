import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { addressBucket, hashSignal, type RateLimit } from '../../common/abuse.js';
import { boundedText } from '../../common/bounded-text.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { authorize, covers, type Viewer } from '../identity/index.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { formatReceiptCode, normalizeReceiptCode } from '../feedback/index.js';
import { eraseAnswerNoticeAddress } from '../notifications/index.js';
import { DataDeletionChannel, DataDeletionStatus, DELETION_REASON_MAX } from './data-deletion-request.entity.js';
import { PrivacyAuditAction } from './privacy-audit-entry.entity.js';
import { DataDeletionRequestType, DataDeletionState } from './privacy.types.js';

/**
 * Deletion on request (UU 27/2022, decision record 0034). A citizen holding a receipt code asks on the
 * tracking page, or writes to the region and a moderator enters the code; the request waits
 * (PENDING) until a moderator of the rating's region or an admin confirms it — then the rating's
 * personal data is erased in one transaction — or rejects it with a reason. The scores stay: the
 * rating keeps its nine scores and every rollup, IKM and report total is unchanged.
 */

/** Who decides: the region's moderators (they already read every comment of the region), and ADMIN. */
const DECIDERS = [Role.MODERATOR] as const;

const notFound = () =>
  new NotFoundError({
    id: 'Tidak ada penilaian dengan kode tanda terima ini. Periksa kembali kodenya.',
    en: 'No rating has this receipt code. Check the code again.',
  });

const requestNotFound = () => new NotFoundError({ id: 'Permintaan hapus data tidak ditemukan.', en: 'Unknown data deletion request.' });

const regionNotFound = () => new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'Unknown region.' });

const alreadyDecided = () =>
  new ConflictError({
    id: 'Permintaan ini sudah diputuskan. Muat ulang halaman untuk melihat keputusannya.',
    en: 'This request has already been decided. Reload the page to see the decision.',
  });

function badCode(): BadInputError {
  return new BadInputError(
    { id: 'Kode tanda terima terdiri dari 10 huruf dan angka, misalnya K7M2Q-XW9PD.', en: 'A receipt code has 10 letters and digits, for example K7M2Q-XW9PD.' },
    [{ field: 'receiptCode', message: { id: 'Periksa kembali kodenya.', en: 'Check the code again.' } }],
  );
}

function deciderSomewhere(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.hasRole(Role.MODERATOR)) throw new ForbiddenError();
  return viewer;
}

/** The requester's reason: optional, at most DELETION_REASON_MAX characters; blank means none. */
function optionalReason(reason: string | null | undefined): string | null {
  if (reason == null || reason.trim() === '') return null;
  return boundedText(reason, 'reason', 1, DELETION_REASON_MAX, { id: 'Alasan', en: 'The reason' });
}

async function audit(
  em: EntityManager,
  entry: { action: PrivacyAuditAction; actorId: string | null; requestId: string; feedbackId: string; regionId: string; details?: Record<string, unknown> | null },
): Promise<void> {
  await em.execute(
    `insert into privacy_audit_entry (id, created_at, action, actor_id, request_id, feedback_id, region_id, details) values (?, clock_timestamp(), ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), entry.action, entry.actorId, entry.requestId, entry.feedbackId, entry.regionId, entry.details ? JSON.stringify(entry.details) : null],
  );
}

interface StateRow {
  status: DataDeletionStatus;
  created_at: Date | string;
  decided_at: Date | string | null;
  reject_reason: string | null;
}

function toState(row: StateRow): DataDeletionState {
  return Object.assign(new DataDeletionState(), {
    status: row.status,
    requestedAt: new Date(row.created_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    rejectReason: row.reject_reason,
  });
}

/** The latest deletion request of each rating (the tracking page's `dataDeletion`), in one statement. */
export async function deletionStates(em: EntityManager, feedbackIds: readonly string[]): Promise<Map<string, DataDeletionState>> {
  if (feedbackIds.length === 0) return new Map();
  const rows = await em.execute<Array<StateRow & { feedback_id: string }>>(
    `select distinct on (feedback_id) feedback_id, status, created_at, decided_at, reject_reason
     from data_deletion_request where feedback_id in (?) order by feedback_id, created_at desc, id desc`,
    [[...feedbackIds]],
  );
  return new Map(rows.map((r) => [r.feedback_id, toState(r)]));
}

export interface RequestClient {
  ip: string;
  hashSalt: string;
  rateLimit: RateLimit;
}

/**
 * Records a request to erase the personal data of the rating with `receiptCode`.
 *
 * - Anonymous (the tracking page): one point of the per-network limit is taken before the code is
 *   even looked up, so guessing codes here costs what it costs anywhere. An unknown code answers
 *   NOT_FOUND, which the tracking page already tells anyone who types the code; nothing else about a
 *   rating is revealed (the answer is the request's own state).
 * - Signed in (a letter or e-mail to the region): a MODERATOR of the rating's region or an ADMIN, who
 *   is named as the one who entered it.
 *
 * Asking again while a request is PENDING, or after one was CONFIRMED, records nothing new and
 * answers that request's state; after a REJECTED one a new request may be made.
 */
export async function requestDataDeletion(
  em: EntityManager,
  viewer: Viewer | null,
  catalog: CatalogSnapshot,
  input: { receiptCode: string; reason?: string | null },
  client: RequestClient,
): Promise<DataDeletionState> {
  const reason = optionalReason(input.reason);
  const code = normalizeReceiptCode(input.receiptCode);
  if (!code) throw badCode();
  if (viewer) deciderSomewhere(viewer);
  else await client.rateLimit.consume(em, `client:${hashSignal(client.hashSalt, `net:${addressBucket(client.ip)}`)}`);

  const [rating] = await em.execute<Array<{ id: string; region_id: string }>>(`select id, region_id from feedback where receipt_code = ?`, [code]);
  if (!rating) throw notFound();
  if (viewer) authorize(viewer, catalog, DECIDERS, { regionId: rating.region_id });

  return em.transactional(async (tx) => {
    // The rating's row is locked first, as a confirmation locks it: a request and a confirmation of
    // the same rating are taken one after the other.
    await tx.execute(`select 1 from feedback where id = ? for update`, [rating.id]);
    const [settled] = await tx.execute<StateRow[]>(
      `select status, created_at, decided_at, reject_reason from data_deletion_request
       where feedback_id = ? and status in ('PENDING', 'CONFIRMED') order by created_at desc, id desc limit 1`,
      [rating.id],
    );
    if (settled) return toState(settled);
    const id = randomUUID();
    const [row] = await tx.execute<StateRow[]>(
      `insert into data_deletion_request (id, created_at, feedback_id, region_id, status, channel, reason, requested_by_id)
       values (?, clock_timestamp(), ?, ?, 'PENDING', ?, ?, ?)
       returning status, created_at, decided_at, reject_reason`,
      [id, rating.id, rating.region_id, viewer ? DataDeletionChannel.STAFF : DataDeletionChannel.TRACKING_PAGE, reason, viewer?.accountId ?? null],
    );
    await audit(tx, {
      action: PrivacyAuditAction.DELETION_REQUESTED,
      actorId: viewer?.accountId ?? null,
      requestId: id,
      feedbackId: rating.id,
      regionId: rating.region_id,
      details: { channel: viewer ? DataDeletionChannel.STAFF : DataDeletionChannel.TRACKING_PAGE },
    });
    return toState(row!);
  });
}

interface RequestRow {
  id: string;
  status: DataDeletionStatus;
  channel: DataDeletionChannel;
  created_at: Date | string;
  cursor_at: string;
  receipt_code: string;
  feedback_id: string;
  submitted_at: Date | string;
  service_id: string;
  reason: string | null;
  held: string[];
  requested_by: string | null;
  decided_at: Date | string | null;
  decided_by: string | null;
  reject_reason: string | null;
  erased_fields: string[] | null;
  region_id: string;
}

const REQUEST_COLUMNS = `d.id, d.status, d.channel, d.created_at, to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
    f.receipt_code, f.id as feedback_id, f.submitted_at, f.service_id, d.reason,
    array_remove(array[
      case when f.contact is not null then 'contact' end,
      case when f.comment is not null then 'comment' end,
      case when coalesce(f.respondent_age_group, f.respondent_gender, f.respondent_education, f.respondent_occupation) is not null then 'respondentProfile' end,
      case when f.client_hash is not null or f.device_hash is not null then 'addressHashes' end
    ], null) as held,
    rq.name as requested_by, d.decided_at, dc.name as decided_by, d.reject_reason, d.erased_fields, d.region_id
  from data_deletion_request d
  join feedback f on f.id = d.feedback_id
  left join staff_account rq on rq.id = d.requested_by_id
  left join staff_account dc on dc.id = d.decided_by_id`;

function toRequest(row: RequestRow): DataDeletionRequestType {
  return Object.assign(new DataDeletionRequestType(), {
    id: row.id,
    status: row.status,
    channel: row.channel,
    requestedAt: new Date(row.created_at),
    receiptCode: formatReceiptCode(row.receipt_code),
    feedbackId: row.feedback_id,
    submittedAt: new Date(row.submitted_at),
    serviceId: row.service_id,
    reason: row.reason,
    heldFields: row.held,
    requestedBy: row.requested_by === null ? null : { name: row.requested_by },
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decidedBy: row.decided_by === null ? null : { name: row.decided_by },
    rejectReason: row.reject_reason,
    erasedFields: row.erased_fields,
  });
}

/** A region's deletion requests, oldest first (the order they should be worked), for its moderators. */
export async function dataDeletionRequests(
  em: EntityManager,
  viewer: Viewer | null,
  catalog: CatalogSnapshot,
  args: { regionSlug: string; status: DataDeletionStatus | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<DataDeletionRequestType>> {
  deciderSomewhere(viewer);
  const region = catalog.regionBySlug(args.regionSlug);
  if (!region) throw regionNotFound();
  authorize(viewer, catalog, DECIDERS, { regionId: region.id });
  const size = pageSize(args.first);
  const filter = args.status ? ' and d.status = ?' : '';
  const params: unknown[] = args.status ? [region.id, args.status] : [region.id];
  let after = '';
  const pageParams: unknown[] = [];
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid'] as const);
    after = ' and (d.created_at, d.id) > (?::timestamptz, ?::uuid)';
    pageParams.push(at, id);
  }
  const [rows, [count]] = await Promise.all([
    em.execute<RequestRow[]>(`select ${REQUEST_COLUMNS} where d.region_id = ?${filter}${after} order by d.created_at, d.id limit ?`, [...params, ...pageParams, size + 1]),
    em.execute<Array<{ n: number }>>(`select count(*)::int as n from data_deletion_request d where d.region_id = ?${filter}`, params),
  ]);
  const page = toConnection(rows, size, count?.n ?? 0, (r) => [r.cursor_at, r.id]);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toRequest(e.node) })) };
}

/** Locks a request for a decision by `viewer` (a moderator of its region or an admin); PENDING only. */
async function lockPending(tx: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string) {
  deciderSomewhere(viewer);
  if (!isUuid(id)) throw requestNotFound();
  const [request] = await tx.execute<Array<{ id: string; feedback_id: string; region_id: string; status: DataDeletionStatus }>>(
    `select id, feedback_id, region_id, status from data_deletion_request where id = ? for update`,
    [id.toLowerCase()],
  );
  if (!request) throw requestNotFound();
  authorize(viewer, catalog, DECIDERS, { regionId: request.region_id });
  if (request.status !== DataDeletionStatus.PENDING) throw alreadyDecided();
  return request;
}

async function loadOne(em: EntityManager, id: string): Promise<DataDeletionRequestType> {
  const [row] = await em.execute<RequestRow[]>(`select ${REQUEST_COLUMNS} where d.id = ?`, [id]);
  return toRequest(row!);
}

export interface DecisionOutcome {
  request: DataDeletionRequestType;
  /** Ids whose public reads changed (service, unit, region), for the read cache. */
  touched: string[];
}

/**
 * Confirms a PENDING request: in one transaction, the rating's personal data is erased — contact,
 * comment and its redacted text, the respondent profile, the address hashes, the texts the moderation
 * log kept of the comment, quotes of the comment in published Laporan SKM snapshots, and the
 * request's own reason. The nine scores stay (rollups, IKM and report totals unchanged), so do the
 * unit's official answer (the unit's words; decision record 0034) and moderators' competency tags.
 * The audit entry names the fields erased, never their contents.
 */
export async function confirmDataDeletion(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string): Promise<DecisionOutcome> {
  const outcome = await em.transactional(async (tx) => {
    const request = await lockPending(tx, viewer, catalog, id);
    const [rating] = await tx.execute<
      Array<{
        id: string;
        service_id: string;
        has_contact: boolean;
        comment: string | null;
        redacted_comment: string | null;
        has_profile: boolean;
        has_hashes: boolean;
        day: string;
      }>
    >(
      `select f.id, f.service_id, f.contact is not null as has_contact, f.comment, f.redacted_comment,
              coalesce(f.respondent_age_group, f.respondent_gender, f.respondent_education, f.respondent_occupation) is not null as has_profile,
              (f.client_hash is not null or f.device_hash is not null) as has_hashes,
              to_char((f.submitted_at at time zone r.time_zone)::date, 'YYYY-MM-DD') as day
       from feedback f join region r on r.id = f.region_id where f.id = ? for update of f`,
      [request.feedback_id],
    );
    const fields: string[] = [];
    if (rating!.has_contact) fields.push('contact');
    if (rating!.comment !== null) fields.push('comment');
    if (rating!.redacted_comment !== null) fields.push('redactedComment');
    if (rating!.has_profile) fields.push('respondentProfile');
    if (rating!.has_hashes) fields.push('addressHashes');

    // The log's copies of the comment (the text before a REDACT, the redacted text). The log stays
    // append-only for everything else: the migration's trigger lets exactly this change through.
    const history = await tx.execute<Array<{ id: string }>>(
      `update moderation_action set previous_text = null, redacted_text = null
       where feedback_id = ? and (previous_text is not null or redacted_text is not null) returning id`,
      [rating!.id],
    );
    if (history.length) fields.push('moderationHistoryText');

    // Published Laporan SKM snapshots quote a few public comments ("what citizens said"), by text and
    // day, without the rating's id: the quotes of this comment in the unit's reports of periods
    // holding its day are taken out. Totals, scores and the PDF's other sections stay as published.
    const texts = [rating!.comment, rating!.redacted_comment].filter((t): t is string => t !== null);
    const unitId = catalog.service(rating!.service_id)?.unitId ?? null;
    if (texts.length && unitId) {
      const quotes = await tx.execute<Array<{ id: string }>>(
        `update skm_report s set content = jsonb_set(s.content, '{analysis,comments}', coalesce((
            select jsonb_agg(c.value order by c.ordinality) from jsonb_array_elements(s.content->'analysis'->'comments') with ordinality c
            where not (c.value->>'day' = ? and c.value->>'text' in (?))), '[]'::jsonb))
         where s.unit_id = ? and s.period_from <= ?::date and s.period_to >= ?::date
           and exists (select 1 from jsonb_array_elements(s.content->'analysis'->'comments') c where c->>'day' = ? and c->>'text' in (?))
         returning s.id`,
        [rating!.day, texts, unitId, rating!.day, rating!.day, rating!.day, texts],
      );
      if (quotes.length) fields.push('skmReportQuote');
    }

    // A comment still waiting for a moderator has nothing left to moderate: like a rating that came
    // without one, it is PUBLISHED (counted). SPAM stays SPAM (its scores stay out of every total).
    await tx.execute(
      `update feedback set contact = null, comment = null, redacted_comment = null, client_hash = null, device_hash = null,
         respondent_age_group = null, respondent_gender = null, notify_language = null, respondent_education = null, respondent_occupation = null,
         moderation_status = case when moderation_status = 'PENDING' then 'PUBLISHED' else moderation_status end
       where id = ?`,
      [rating!.id],
    );
    // The answer notice the citizen asked for carries the same address (decision record 0035).
    if (await eraseAnswerNoticeAddress(tx, rating!.id)) fields.push('notificationAddress');
    const [{ had_reason } = { had_reason: false }] = await tx.execute<Array<{ had_reason: boolean }>>(
      `select reason is not null as had_reason from data_deletion_request where id = ?`,
      [request.id],
    );
    if (had_reason) fields.push('requestReason');
    await tx.execute(
      `update data_deletion_request set status = 'CONFIRMED', decided_at = clock_timestamp(), decided_by_id = ?, reason = null, erased_fields = ? where id = ?`,
      [viewer!.accountId, JSON.stringify(fields), request.id],
    );
    await audit(tx, {
      action: PrivacyAuditAction.DELETION_CONFIRMED,
      actorId: viewer!.accountId,
      requestId: request.id,
      feedbackId: rating!.id,
      regionId: request.region_id,
      details: { fields },
    });
    const service = catalog.service(rating!.service_id);
    return { requestId: request.id, touched: [request.region_id, service?.id, service?.unitId].filter((x): x is string => Boolean(x)) };
  });
  return { request: await loadOne(em, outcome.requestId), touched: outcome.touched };
}

/** Rejects a PENDING request with a reason the citizen reads on the tracking page; nothing is erased. */
export async function rejectDataDeletion(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string, reason: string): Promise<DataDeletionRequestType> {
  const text = boundedText(reason, 'reason', 3, DELETION_REASON_MAX, { id: 'Alasan penolakan', en: 'The reason for rejecting' });
  const requestId = await em.transactional(async (tx) => {
    const request = await lockPending(tx, viewer, catalog, id);
    await tx.execute(`update data_deletion_request set status = 'REJECTED', decided_at = clock_timestamp(), decided_by_id = ?, reject_reason = ? where id = ?`, [
      viewer!.accountId,
      text,
      request.id,
    ]);
    await audit(tx, { action: PrivacyAuditAction.DELETION_REJECTED, actorId: viewer!.accountId, requestId: request.id, feedbackId: request.feedback_id, regionId: request.region_id });
    return request.id;
  });
  return loadOne(em, requestId);
}

/** True when `viewer` may decide the requests of `regionId` (the staff page's own check). */
export function decidesFor(viewer: Viewer, catalog: CatalogSnapshot, regionId: string): boolean {
  return covers(viewer, catalog, DECIDERS, { regionId });
}
