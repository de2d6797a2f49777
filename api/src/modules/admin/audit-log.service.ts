import { Role } from '../../common/enums.js';
import { sql } from '../../common/sql.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { authorize } from '../identity/index.js';
import type { AdminEntityType } from './admin-audit.entity.js';
import type { AdminAuditEntryType } from './admin.types.js';

interface EntryRow {
  id: string;
  created_at: Date;
  action: string;
  entity_type: AdminEntityType;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor_name: string | null;
  actor_email: string | null;
}

/** The command line has no signed-in admin. */
const SYSTEM = 'Sistem';

/** The admin audit log, newest first, for admins. */
export async function adminAuditLog(
  ctx: Context,
  args: { entityType?: AdminEntityType | null; entityId?: string | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<AdminAuditEntryType>> {
  authorize(ctx.viewer, await ctx.catalog(), [Role.ADMIN], {});
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ['timestamp', 'uuid'] as const) : null;
  // An id we never issued names no entry: an empty page, not a database error.
  const entityId = args.entityId ? (isUuid(args.entityId) ? args.entityId : '00000000-0000-0000-0000-000000000000') : null;
  const where = sql`(${args.entityType ?? null}::text is null or e.entity_type = ${args.entityType ?? null})
    and (${entityId}::uuid is null or e.entity_id = ${entityId}::uuid)`;
  const page = sql`select e.id, e.created_at, e.action, e.entity_type, e.entity_id, e.before, e.after, a.name as actor_name, a.email as actor_email
    from admin_audit_entry e left join staff_account a on a.id = e.actor_id
    where ${where} and (${after?.[0] ?? null}::timestamptz is null or (e.created_at, e.id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
    order by e.created_at desc, e.id desc limit ${size + 1}`;
  const count = sql`select count(*)::int as n from admin_audit_entry e where ${where}`;
  const rows = await ctx.em.execute<EntryRow[]>(page.text, page.params);
  const [total] = await ctx.em.execute<Array<{ n: number }>>(count.text, count.params);
  const entries = rows.map(
    (r): AdminAuditEntryType => ({
      id: r.id,
      at: new Date(r.created_at),
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      actor: { name: r.actor_name ?? SYSTEM, email: r.actor_email },
    }),
  );
  return toConnection(entries, size, total!.n, (e) => [e.at.toISOString(), e.id]);
}
