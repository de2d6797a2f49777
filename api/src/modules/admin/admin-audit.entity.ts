import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { StaffAccount } from '../identity/index.js';

/** What an admin change touched (`adminAuditLog(entityType:)`). */
export enum AdminEntityType {
  STAFF_ACCOUNT = 'STAFF_ACCOUNT',
  ROLE_GRANT = 'ROLE_GRANT',
  REGION = 'REGION',
  UNIT = 'UNIT',
  SERVICE = 'SERVICE',
  SEARCH_SYNONYM = 'SEARCH_SYNONYM',
}

/**
 * One change an admin made, written in the same transaction as the change itself, with the entity's
 * editable fields before and after (never a password hash or a temporary password). Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE (migration), like the moderation log.
 */
@Entity({ tableName: 'admin_audit_entry' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['entityType', 'entityId', 'createdAt'] })
export class AdminAuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Who did it; null for the command line (`pnpm suara user:create`), which has no signed-in admin. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  actor: Ref<StaffAccount> | null = null;

  /** e.g. CREATE_STAFF_ACCOUNT, GRANT_ROLE, UPDATE_SERVICE. */
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Enum({ items: () => AdminEntityType, type: 'string' })
  entityType!: AdminEntityType;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
