import { Check, Entity, Index, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Competency } from '../competency/index.js';
import { StaffAccount } from '../identity/index.js';
import { Feedback } from '../feedback/index.js';
import { ForumPost } from '../forum/index.js';

/**
 * A moderator's or HR's note that a comment or a forum post points at a competency ("staff could not
 * explain the online licensing app" → a digital-service competency); it feeds the development needs
 * (DESIGN.md, loop 3; the articles' forums between civil servants and citizens feed the signal too).
 * Exactly one of `feedback` and `forumPost` is set.
 */
@Entity({ tableName: 'competency_tag' })
@Unique({ properties: ['feedback', 'competency'] })
@Unique({ properties: ['forumPost', 'competency'] })
@Check({ name: 'competency_tag_one_item', expression: '(feedback_id is null) <> (forum_post_id is null)' })
export class CompetencyTag extends BaseEntity {
  @ManyToOne({ entity: () => Feedback, ref: true, nullable: true, deleteRule: 'cascade' })
  feedback: Ref<Feedback> | null = null;

  @ManyToOne({ entity: () => ForumPost, ref: true, nullable: true, deleteRule: 'cascade' })
  forumPost: Ref<ForumPost> | null = null;

  @ManyToOne({ entity: () => Competency, ref: true, deleteRule: 'cascade' })
  @Index()
  competency!: Ref<Competency>;

  @ManyToOne({ entity: () => StaffAccount, ref: true, deleteRule: 'restrict' })
  @Index()
  taggedBy!: Ref<StaffAccount>;
}
