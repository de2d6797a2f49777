import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { AssessmentMethod } from '../../common/enums.js';
import { Competency } from './competency.entity.js';
import { Employee } from './employee.entity.js';

/** A measured competency level of one employee; the newest per (employee, competency) counts. */
@Entity({ tableName: 'assessment' })
@Index({ properties: ['employee', 'competency', 'assessedOn'] })
export class Assessment extends BaseEntity {
  @ManyToOne({ entity: () => Employee, ref: true, deleteRule: 'cascade' })
  @Index()
  employee!: Ref<Employee>;

  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'restrict' })
  @Index()
  competency!: Ref<Competency>;

  @Property({ type: 'smallint', check: '(level >= 1) AND (level <= 5)' })
  level!: number;

  @Property({ type: 'date' })
  assessedOn!: string;

  @Enum({ items: () => AssessmentMethod, type: 'string' })
  method!: AssessmentMethod;

  /**
   * Who assessed: a person or an institution ("UPT Penilaian Kompetensi BKN"), up to 200 characters;
   * null for rows recorded before it was asked.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  assessor: Opt<string> | null = null;
}
