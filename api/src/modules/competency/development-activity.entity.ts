import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { DevelopmentActivityKind } from '../../common/enums.js';
import { Competency } from './competency.entity.js';
import { Employee } from './employee.entity.js';

/**
 * Something an employee with potential does to grow (an advanced course, a stretch assignment, an
 * acting role, mentoring others), recorded by HR of the region: the "Potensi" page and the profile show it.
 */
@Entity({ tableName: 'development_activity' })
@Index({ properties: ['employee', 'startedOn'] })
export class DevelopmentActivity extends BaseEntity {
  @ManyToOne({ entity: () => Employee, ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Enum({ items: () => DevelopmentActivityKind, type: 'string' })
  kind!: DevelopmentActivityKind;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne({ entity: () => Competency, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  competency: Ref<Competency> | null = null;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'string', length: 1000, default: '' })
  note: Opt<string> = '';
}
