import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { ModerationActionKind, ModerationItemKind } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import { Feedback } from '../feedback/index.js';
import { ForumPost } from '../forum/index.js';

/**
 * The moderation log. Append-only: a trigger in the migrations makes the database itself refuse
 * UPDATE and DELETE on this table, so not even a bug or an operator's SQL can rewrite history.
 */
@Entity({ tableName: 'moderation_action' })
@Index({ properties: ['region', 'at'] })
export class ModerationAction extends BaseEntity {
  @Enum({ items: () => ModerationItemKind, type: 'string' })
  itemKind!: ModerationItemKind;

  @ManyToOne({ entity: () => Feedback, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  feedback: Ref<Feedback> | null = null;

  @ManyToOne({ entity: () => ForumPost, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  forumPost: Ref<ForumPost> | null = null;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Enum({ items: () => ModerationActionKind, type: 'string' })
  action!: ModerationActionKind;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** REDACT: the text the public sees from now on. */
  @Property({ type: 'text', nullable: true })
  redactedText: string | null = null;

  /** The public text before this action, for the log's lawful viewers only. */
  @Property({ type: 'text', nullable: true, lazy: true })
  previousText: string | null = null;

  /**
   * Who acted; null for the system's own actions (an item hidden at once after enough citizens
   * reported it, SUARA_REPORT_HIDE_THRESHOLD), which the log shows as "Sistem".
   */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  moderator: Ref<StaffAccount> | null = null;

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();
}
