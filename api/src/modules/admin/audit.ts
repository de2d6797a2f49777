import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import type { AdminEntityType } from './admin-audit.entity.js';

export interface AuditRecord {
  /** The admin's account; null for the command line. */
  actorId: string | null;
  action: string;
  entityType: AdminEntityType;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Writes one audit entry on `tx`, the transaction of the change itself: the change and its record
 * commit together or not at all. Callers pass snapshots of editable fields only (never secrets).
 * The time is cut to milliseconds, the precision of the log's page cursors (JavaScript dates).
 */
export async function recordAudit(tx: EntityManager, entry: AuditRecord): Promise<void> {
  const q = sql`insert into admin_audit_entry (id, created_at, actor_id, action, entity_type, entity_id, before, after)
    values (gen_random_uuid(), date_trunc('milliseconds', clock_timestamp()), ${entry.actorId}::uuid, ${entry.action}, ${entry.entityType}, ${entry.entityId}::uuid,
            ${entry.before === null ? null : JSON.stringify(entry.before)}::jsonb, ${entry.after === null ? null : JSON.stringify(entry.after)}::jsonb)`;
  await tx.execute(q.text, q.params);
}
