import { Entity, Index, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { StaffAccount } from '../identity/staff-account.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';

/**
 * A moderator's note that a comment points at a competency ("staff could not explain the online
 * licensing app" → a digital-service competency); it feeds the development needs (DESIGN.md, loop 3).
 */
@Entity({ tableName: 'competency_tag' })
@Unique({ properties: ['feedback', 'competency'] })
export class CompetencyTag extends BaseEntity {
  @ManyToOne({ entity: () => Feedback, ref: true, deleteRule: 'cascade' })
  feedback!: Ref<Feedback>;

  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'cascade' })
  @Index()
  competency!: Ref<Competency>;

  @ManyToOne({ entity: () => StaffAccount, ref: true, deleteRule: 'restrict' })
  @Index()
  taggedBy!: Ref<StaffAccount>;
}
