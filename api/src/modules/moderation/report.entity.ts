import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { ModerationItemKind, ReportStatus } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { Feedback } from '../feedback/index.js';
import { ForumPost } from '../forum/index.js';

/** A citizen's flag on a published comment or forum post. */
@Entity({ tableName: 'report' })
@Index({ properties: ['region', 'status'] })
// One report per client and item: the database, not a check-then-insert, keeps simultaneous reports
// of one client from counting twice (report.service.ts inserts with ON CONFLICT DO NOTHING).
@Unique({
  name: 'report_feedback_client_unique',
  expression: 'create unique index "report_feedback_client_unique" on "report" ("feedback_id", "client_hash") where "feedback_id" is not null',
})
@Unique({
  name: 'report_forum_post_client_unique',
  expression: 'create unique index "report_forum_post_client_unique" on "report" ("forum_post_id", "client_hash") where "forum_post_id" is not null',
})
// The retention sweep (privacy module, decision record 0034): reports still holding an address hash.
@Index({
  name: 'report_retention_index',
  expression: `create index "report_retention_index" on "report" ("created_at") where "client_hash" is not null`,
})
export class Report extends BaseEntity {
  @Enum({ items: () => ModerationItemKind, type: 'string' })
  itemKind!: ModerationItemKind;

  @ManyToOne({ entity: () => Feedback, ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  feedback: Ref<Feedback> | null = null;

  @ManyToOne({ entity: () => ForumPost, ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  forumPost: Ref<ForumPost> | null = null;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Property({ type: 'text', check: '(char_length(reason) >= 1) AND (char_length(reason) <= 1000)' })
  reason!: string;

  @Enum({ items: () => ReportStatus, type: 'string' })
  status: Opt<ReportStatus> = ReportStatus.OPEN;

  /** Salted hash of the reporter's network address: one report per client and item counts. */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  clientHash: string | null = null;
}
