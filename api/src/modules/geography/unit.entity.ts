import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { UnitKind } from '../../common/enums.js';
import { Region } from './region.entity.js';

/** An OPD (dinas, badan, kecamatan, puskesmas, …) in the region's unit tree. */
@Entity({ tableName: 'unit' })
@Unique({ properties: ['region', 'slug'] })
export class Unit extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  @Index()
  region!: Ref<Region>;

  /** The unit above this one (a puskesmas under Dinas Kesehatan); null at the top of the tree. */
  @ManyToOne({ entity: () => Unit, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  parent: Ref<Unit> | null = null;

  @Property({ type: 'string', length: 80 })
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The short name people use (DPMPTSP, Disdukcapil); null when there is none. */
  @Property({ type: 'string', length: 40, nullable: true })
  abbreviation: string | null = null;

  @Enum({ items: () => UnitKind, type: 'string' })
  kind!: UnitKind;
}
