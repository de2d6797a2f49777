import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { PositionKind } from '../../common/enums.js';
import { Unit } from '../geography/index.js';
import { CompetencyRequirement } from './competency-requirement.entity.js';

/** A position (jabatan) in a unit; its standard (standar kompetensi jabatan) is its requirements. */
@Entity({ tableName: 'position' })
export class Position extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  @Index()
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Enum({ items: () => PositionKind, type: 'string' })
  kind!: PositionKind;

  @OneToMany({ entity: () => CompetencyRequirement, mappedBy: 'position' })
  requirements = new Collection<CompetencyRequirement>(this);
}
