import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Unit } from '../geography/index.js';

/**
 * A registered tablet at a service counter. A busy office serves hundreds through one network
 * address, so a kiosk is rate-limited by its own token instead (DESIGN.md, "How responses are collected").
 */
@Entity({ tableName: 'kiosk_device' })
export class KioskDevice extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  @Index()
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 200 })
  label!: string;

  /** SHA-256 of the device token; the token itself is shown once, at registration. */
  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastSeenAt: Date | null = null;
}
