import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Unit } from '../geography/index.js';

/**
 * A registered tablet at a service counter. A busy office serves hundreds through one network
 * address, so a kiosk is rate-limited by its own token instead (DESIGN.md, "How responses are
 * collected"; CONTRACT.md, "Counter kiosks").
 */
@Entity({ tableName: 'kiosk_device' })
export class KioskDevice extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  @Index()
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 200 })
  label!: string;

  /** SHA-256 of the device token; the token itself is shown once (registration, pairing). */
  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastSeenAt: Date | null = null;

  /** SHA-256 of the short pairing code staff show the tablet; null once used or never issued. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  @Unique()
  pairingCodeHash: string | null = null;

  /** Until when the pairing code is accepted (10 minutes after it was issued). */
  @Property({ type: 'datetime', nullable: true })
  pairingExpiresAt: Date | null = null;
}
