import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { EnrolmentStatus } from '../../common/enums.js';
import { Employee } from '../competency/index.js';
import { TrainingProgram } from './training-program.entity.js';

/** An employee in a program; JP counts towards the 20 JP a year every PNS is owed (PP 17/2020). */
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['employee', 'program'] })
@Index({ properties: ['program', 'status'] })
export class Enrolment extends BaseEntity {
  @ManyToOne({ entity: () => Employee, ref: true, deleteRule: 'cascade' })
  @Index()
  employee!: Ref<Employee>;

  @ManyToOne({ entity: () => TrainingProgram, ref: true, deleteRule: 'restrict' })
  program!: Ref<TrainingProgram>;

  @Enum({ items: () => EnrolmentStatus, type: 'string' })
  status!: EnrolmentStatus;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  /** JP earned; set when completed (a partial attendance may earn less than the program's JP). */
  @Property({ type: 'smallint', default: 0, check: 'jp_earned >= 0' })
  jpEarned: Opt<number> = 0;

  /** Why it ended as DECLINED, NO_SHOW or DROPPED (what HR learns about resistance to training). */
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;
}
