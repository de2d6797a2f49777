import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Competency } from './competency.entity.js';

/** What a competency looks like at one of its five levels (scope widens from the person to the nation). */
@Entity({ tableName: 'competency_level' })
@Unique({ properties: ['competency', 'level'] })
export class CompetencyLevel extends BaseEntity {
  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'cascade' })
  competency!: Ref<Competency>;

  /** 1–5. */
  @Property({ type: 'smallint', check: '(level >= 1) AND (level <= 5)' })
  level!: number;

  @Property({ type: 'text' })
  descriptor!: string;
}
