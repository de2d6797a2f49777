import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { PublicationChannel } from '../../common/enums.js';
import { Unit } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';

/**
 * Where a unit published its SKM results for a period, and when (facts/LAPORAN.md "Publication":
 * PermenPANRB 14/2017 requires results to be published). The portal's open-data page is never
 * stored: it counts automatically once the period is complete.
 */
@Entity({ tableName: 'skm_publication' })
@Index({ properties: ['unit', 'periodStart'] })
export class SkmPublication extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 10 })
  periodKey!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => PublicationChannel, type: 'string' })
  channel!: PublicationChannel;

  @Property({ type: 'date' })
  publishedOn!: string;

  /** A link to the publication (https only) or null. */
  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  // Indexed: deleting a staff account sets these to null, which must not scan the table.
  @Index()
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<StaffAccount> | null = null;
}
