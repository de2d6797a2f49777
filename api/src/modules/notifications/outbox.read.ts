import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import { NotificationStatus, type NotificationKind } from './notification-outbox.entity.js';
import { NotificationType } from './notifications.types.js';
import { renderMail, type MailLanguage } from './templates.js';

/** `w•••@example.com`: enough to tell two citizens' rows apart, not enough to write to them. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${[...address][0]}•••${address.slice(at)}`;
}

interface Row {
  id: string;
  kind: NotificationKind;
  status: NotificationStatus;
  recipient: string | null;
  recipient_account_id: string | null;
  language: MailLanguage;
  data: Record<string, unknown>;
  region_id: string;
  attempts: number;
  created_at: string | Date;
  cursor_at: string;
  next_attempt_at: string | Date;
  sent_at: string | Date | null;
  last_error: string | null;
  total: number;
}

export interface OutboxFilter {
  regionSlug?: string | null;
  status?: NotificationStatus | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The outbox as staff see it (decision record 0035), newest first. ADMIN: every row; a MODERATOR:
 * every row of their regions (they watch that the region's notices go out); everyone signed in:
 * the rows addressed to them. `regionSlug` narrows to one region. Citizens' addresses are masked for
 * everyone: the contact is for the unit answering, which sees it beside the comment.
 */
export async function notificationOutbox(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  filter: OutboxFilter,
  publicUrl: string,
): Promise<ConnectionShape<NotificationType>> {
  if (!viewer) throw new UnauthenticatedError();
  const size = pageSize(filter.first);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.regionSlug != null) {
    const region = catalog.regionBySlug(filter.regionSlug);
    if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'Unknown region.' });
    where.push('n.region_id = ?');
    params.push(region.id);
  }
  if (!viewer.isAdmin) {
    const moderated = viewer.grants.filter((g) => g.role === Role.MODERATOR && g.regionId).map((g) => g.regionId!);
    if (moderated.length) {
      where.push('(n.region_id in (?) or n.recipient_account_id = ?)');
      params.push(moderated, viewer.accountId);
    } else {
      where.push('n.recipient_account_id = ?');
      params.push(viewer.accountId);
    }
  }
  if (filter.status) {
    where.push('n.status = ?');
    params.push(filter.status);
  }
  const countWhere = where.length ? `where ${where.join(' and ')}` : '';
  const countParams = [...params];
  if (filter.after) {
    const [at, id] = decodeCursor(filter.after, ['timestamp', 'uuid'] as const);
    where.push('(n.created_at, n.id) < (?::timestamptz, ?::uuid)');
    params.push(at, id);
  }
  const rows = await em.execute<Row[]>(
    `select n.id, n.kind, n.status, n.recipient, n.recipient_account_id, n.language, n.data, n.region_id, n.attempts,
            n.created_at, to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
            n.next_attempt_at, n.sent_at, n.last_error,
            (select count(*)::int from notification_outbox n ${countWhere}) as total
     from notification_outbox n ${where.length ? `where ${where.join(' and ')}` : ''}
     order by n.created_at desc, n.id desc limit ?`,
    [...countParams, ...params, size + 1],
  );
  const nodes = rows.map((r) =>
    Object.assign(new NotificationType(), {
      id: r.id,
      kind: r.kind,
      status: r.status,
      recipient: r.recipient === null ? null : r.recipient_account_id ? r.recipient : maskAddress(r.recipient),
      language: r.language,
      subject: renderMail(r.kind, r.language, r.data, publicUrl).subject,
      regionId: r.region_id,
      attempts: r.attempts,
      createdAt: new Date(r.created_at),
      nextAttemptAt: r.status === NotificationStatus.PENDING || r.status === NotificationStatus.SENDING ? new Date(r.next_attempt_at) : null,
      sentAt: r.sent_at ? new Date(r.sent_at) : null,
      lastError: r.last_error,
      cursorAt: r.cursor_at,
    }),
  );
  const total = rows[0]?.total ?? (filter.after ? await countOnly() : 0);
  return toConnection(nodes, size, total, (n) => [(n as NotificationType & { cursorAt: string }).cursorAt, n.id]);

  async function countOnly(): Promise<number> {
    const [row] = await em.execute<Array<{ n: number }>>(`select count(*)::int as n from notification_outbox n ${countWhere}`, countParams);
    return row?.n ?? 0;
  }
}
