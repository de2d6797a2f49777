import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { CompetencyKind } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { CompetencyLevel } from './competency-level.entity.js';

/**
 * A competency of the ASN standard (PermenPANRB 38/2017, facts/KOMPETENSI.md): the eight managerial
 * ones and Perekat Bangsa are national (region null); technical ones may be national or a region's own.
 */
@Entity({ tableName: 'competency' })
@Unique({ properties: ['code'] })
export class Competency extends BaseEntity {
  /** Stable code, e.g. `M-PELAYANAN-PUBLIK`, `T-PERIZINAN-OSS`. */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => CompetencyKind, type: 'string' })
  @Index()
  kind!: CompetencyKind;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  /** The region that defined this technical competency; null for the national dictionary. */
  @ManyToOne({ entity: () => Region, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  region: Ref<Region> | null = null;

  @OneToMany({ entity: () => CompetencyLevel, mappedBy: 'competency', orderBy: { level: 'asc' } })
  levels = new Collection<CompetencyLevel>(this);
}
