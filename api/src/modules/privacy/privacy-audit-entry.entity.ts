import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import { Feedback } from '../feedback/index.js';
import { DataDeletionRequest } from './data-deletion-request.entity.js';

export enum PrivacyAuditAction {
  /** A deletion request was recorded (by the citizen, or by staff for a letter). */
  DELETION_REQUESTED = 'DELETION_REQUESTED',
  DELETION_CONFIRMED = 'DELETION_CONFIRMED',
  DELETION_REJECTED = 'DELETION_REJECTED',
  /** A retention sweep erased data older than SUARA_RETENTION_MONTHS (counts only). */
  RETENTION_SWEEP = 'RETENTION_SWEEP',
}

/**
 * What happened to citizens' personal data, and who did it (decision record 0034): never the data
 * itself. `details` holds field names (`["contact", "comment"]`) or counts and a cut-off day.
 * Append-only: the database refuses UPDATE, DELETE and TRUNCATE (migration), like the moderation and
 * admin logs.
 */
@Entity({ tableName: 'privacy_audit_entry' })
@Index({ properties: ['region', 'createdAt'] })
export class PrivacyAuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Enum({ items: () => PrivacyAuditAction, type: 'string' })
  action!: PrivacyAuditAction;

  /** Who: a staff account; null for the citizen on the tracking page and for the retention sweep. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  actor: Ref<StaffAccount> | null = null;

  @ManyToOne({ entity: () => DataDeletionRequest, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  request: Ref<DataDeletionRequest> | null = null;

  /** Which rating (its id; the id carries nothing personal). */
  @ManyToOne({ entity: () => Feedback, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  feedback: Ref<Feedback> | null = null;

  @ManyToOne({ entity: () => Region, ref: true, nullable: true, deleteRule: 'restrict' })
  region: Ref<Region> | null = null;

  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;
}
