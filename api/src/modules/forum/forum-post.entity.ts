import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { ModerationStatus } from '../../common/enums.js';
import { Region, Unit } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import { ForumThread } from './forum-thread.entity.js';

/** A post in a thread: a citizen's (moderated before publication) or a unit's official answer. */
@Entity({ tableName: 'forum_post' })
@Index({ properties: ['thread', 'createdAt'] })
@Index({ properties: ['thread', 'publishedAt'] })
@Index({ properties: ['region', 'moderationStatus', 'createdAt'] })
// The retention sweep (privacy module, decision record 0034): posts still holding an address hash.
@Index({
  name: 'forum_post_retention_index',
  expression: `create index "forum_post_retention_index" on "forum_post" ("created_at") where "client_hash" is not null`,
})
export class ForumPost extends BaseEntity {
  @ManyToOne({ entity: () => ForumThread, ref: true, deleteRule: 'cascade' })
  thread!: Ref<ForumThread>;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Property({ type: 'text', check: '(char_length(body) >= 1) AND (char_length(body) <= 4000)' })
  body!: string;

  @Property({ type: 'text', nullable: true })
  redactedBody: string | null = null;

  @Property({ type: 'string', length: 80 })
  authorName!: string;

  /** Set when a unit officer answers officially for `officialUnit`. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  staffAuthor: Ref<StaffAccount> | null = null;

  @ManyToOne({ entity: () => Unit, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  officialUnit: Ref<Unit> | null = null;

  @Enum({ items: () => ModerationStatus, type: 'string' })
  moderationStatus: Opt<ModerationStatus> = ModerationStatus.PENDING;

  /** When the post was first published; official answers are published at once. */
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  reportCount: Opt<number> = 0;

  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  clientHash: string | null = null;
}
