import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Region } from '../geography/index.js';
import { PublicService } from '../services/index.js';
import { Feedback } from './feedback.entity.js';

/**
 * "What went wrong?": a reason a citizen picked for an element they scored 1 or 2 (issue 13, point 2;
 * the codes live in @suara/skm). Written by the same statement as its rating (submission.statement.ts),
 * so a rating never exists without its reasons nor the reverse, and a replayed idempotency key adds
 * none. Region, service and day are copied from the rating so the counts HR and the follow-up plan
 * read are one index range. Not personal data: like the scores, reasons stay when the privacy module
 * erases a rating's personal data (decision record 0038).
 */
@Entity({ tableName: 'feedback_reason' })
@Index({ properties: ['region', 'submittedAt'] })
@Index({ properties: ['service', 'submittedAt'] })
export class FeedbackReason {
  [PrimaryKeyProp]?: ['feedback', 'element', 'reason'];

  @ManyToOne({ entity: () => Feedback, ref: true, primary: true, deleteRule: 'cascade' })
  feedback!: Ref<Feedback>;

  /** The SKM element (enum name, facts/SKM.md). */
  @PrimaryKey({ type: 'string', length: 40 })
  element!: string;

  /** The reason's code within its element (@suara/skm LOW_SCORE_REASONS). */
  @PrimaryKey({ type: 'string', length: 40 })
  reason!: string;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @ManyToOne({ entity: () => PublicService, ref: true, deleteRule: 'cascade' })
  service!: Ref<PublicService>;

  /** The rating's submittedAt (a kiosk's answeredAt when it waited in a queue). */
  @Property({ type: 'datetime' })
  submittedAt!: Date;
}
