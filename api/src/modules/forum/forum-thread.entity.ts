import { Entity, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region } from '../geography/region.entity.js';
import { PublicService } from '../services/public-service.entity.js';

/** A conversation about one service, started by a citizen; its first post carries the question. */
@Entity({ tableName: 'forum_thread' })
@Index({ properties: ['service', 'lastActivityAt'] })
export class ForumThread extends BaseEntity {
  @ManyToOne({ entity: () => PublicService, ref: true, deleteRule: 'cascade' })
  service!: Ref<PublicService>;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  @Index()
  region!: Ref<Region>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The name the citizen chose to show (no account behind it). */
  @Property({ type: 'string', length: 80 })
  authorName!: string;

  @Property({ type: 'datetime' })
  lastActivityAt: Opt<Date> = new Date();

  @Property({ type: 'boolean', default: false })
  locked: Opt<boolean> = false;
}
