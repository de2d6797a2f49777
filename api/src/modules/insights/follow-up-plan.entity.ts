import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { FollowUpStatus, SKM_ELEMENTS, type SkmElement } from '../../common/enums.js';
import { Unit } from '../geography/index.js';

/**
 * A unit's follow-up plan (rencana tindak lanjut) on a weak SKM element after a survey period,
 * tracked to closure: the national evaluation of public services scores units on it (DESIGN.md).
 */
@Entity({ tableName: 'follow_up_plan' })
@Index({ properties: ['unit', 'periodStart'] })
export class FollowUpPlan extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  @Enum({ items: () => [...SKM_ELEMENTS], type: 'string' })
  element!: SkmElement;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Enum({ items: () => FollowUpStatus, type: 'string' })
  status: Opt<FollowUpStatus> = FollowUpStatus.PLANNED;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
