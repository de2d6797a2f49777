import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Competency } from './competency.entity.js';
import { Position } from './position.entity.js';

/** One line of a position's competency standard: the competency and the level it requires. */
@Entity({ tableName: 'competency_requirement' })
@Unique({ properties: ['position', 'competency'] })
export class CompetencyRequirement extends BaseEntity {
  @ManyToOne({ entity: () => Position, ref: true, deleteRule: 'cascade' })
  position!: Ref<Position>;

  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'restrict' })
  @Index()
  competency!: Ref<Competency>;

  @Property({ type: 'smallint', check: '(required_level >= 1) AND (required_level <= 5)' })
  requiredLevel!: number;
}
